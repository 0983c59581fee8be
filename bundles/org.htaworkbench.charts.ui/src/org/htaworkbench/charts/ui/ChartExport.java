package org.htaworkbench.charts.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.SvgWriter;

/**
 * PNG export (offscreen SWT image saved with {@link ImageLoader}) and SVG export ({@link SvgWriter} of the charts
 * bundle). PNG needs a {@link Display} (call on the UI thread); SVG does not.
 */
public final class ChartExport {
    private ChartExport() {
    }

    /** Paints {@code spec} offscreen at the given size. */
    public static ImageData toImageData(ChartSpec spec, int width, int height) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Image image = new Image(display, width, height);
        try {
            GC gc = new GC(image);
            try {
                ChartRenderer.paint(gc, spec, width, height);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    public static void png(ChartSpec spec, int width, int height, Path file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {toImageData(spec, width, height)};
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    public static void svg(ChartSpec spec, int width, int height, Path file) throws IOException {
        SvgWriter.write(spec, width, height, file);
    }

    /**
     * Exports what a chart shows, at its current plot-area size (the spec's preferred size when not yet laid out):
     * PNG or SVG by the file name's extension.
     */
    public static void export(Chart chart, Path file) throws IOException {
        ChartSpec spec = ChartRenderer.specOf(chart);
        if (spec == null) {
            throw new IllegalArgumentException("chart was not rendered with ChartRenderer");
        }
        Point size = chart.getPlotArea().getSize();
        int w = size.x > 10 ? size.x : spec.preferredWidth();
        int h = size.y > 10 ? size.y : spec.preferredHeight();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            svg(spec, w, h, file);
        } else if (name.endsWith(".png")) {
            png(spec, w, h, file);
        } else {
            throw new IllegalArgumentException("export to .png or .svg: " + file);
        }
    }
}
