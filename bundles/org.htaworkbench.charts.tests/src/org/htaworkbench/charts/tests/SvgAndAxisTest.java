package org.htaworkbench.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.htaworkbench.charts.AxisSpec;
import org.htaworkbench.charts.ChartLayouts;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestPlots;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.SvgWriter;
import org.htaworkbench.charts.TextMetrics;
import org.htaworkbench.charts.internal.Fmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgAndAxisTest {

    @Test
    void svgIsWellFormedAndHasOneElementPerShape(@TempDir Path dir) throws Exception {
        ForestPlotSpec spec = ForestPlots.of(Bcg.load().reml(),
                ForestOptions.defaults().withTitle("BCG <vaccine> & TB").withFavours("Favours BCG", "Favours control"));
        Scene scene = ChartLayouts.layout(spec, 980, 560, TextMetrics.APPROXIMATE);
        String svg = SvgWriter.toSvg(scene);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("980", doc.getDocumentElement().getAttribute("width"));
        long rects = scene.shapes().stream().filter(s -> s instanceof Scene.Rect).count();
        long texts = scene.shapes().stream().filter(s -> s instanceof Scene.Text).count();
        long polys = scene.shapes().stream().filter(s -> s instanceof Scene.Polygon).count();
        assertEquals(rects, doc.getElementsByTagName("rect").getLength());
        assertEquals(polys, doc.getElementsByTagName("polygon").getLength());
        NodeList t = doc.getElementsByTagName("text");
        assertEquals(texts, t.getLength());
        List<String> content = new ArrayList<>();
        for (int i = 0; i < t.getLength(); i++) {
            content.add(t.item(i).getTextContent());
        }
        assertTrue(content.contains("BCG <vaccine> & TB"), "escaped title round-trips");
        assertTrue(content.contains("Aronson 1948"));
        assertTrue(content.contains("0.49 [0.34, 0.70]"));
        // 13 squares + white background + PI bar
        assertEquals(13 + 2, rects);
        Path file = dir.resolve("forest.svg");
        SvgWriter.write(spec, 980, 560, file);
        assertTrue(Files.readString(file).contains("Aronson 1948"));
    }

    @Test
    void ratioAxisChoosesTheSmallestSymmetricRange() {
        AxisSpec a = AxisSpec.ratio("RR", 0.07, 6.53, 100);
        assertEquals(0.05, a.min(), 1e-12);
        assertEquals(20, a.max(), 1e-12);
        AxisSpec b = AxisSpec.ratio("RR", 0.6, 1.4, 100);
        assertEquals(0.5, b.min(), 1e-12);
        assertEquals(2, b.max(), 1e-12);
        AxisSpec capped = AxisSpec.ratio("RR", 1e-5, 3, 100);
        assertEquals(0.01, capped.min(), 1e-12);
        assertEquals(List.of("0.01", "0.1", "1", "10", "100"), capped.ticks().stream().map(AxisSpec.Tick::label).toList());
        assertEquals(0.0, a.fraction(0.05), 1e-12);
        assertEquals(1.0, a.fraction(20), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new AxisSpec("x", 0, 1, true, false, List.of()));
    }

    @Test
    void linearAxisHasNiceTicksCoveringTheRange() {
        AxisSpec a = AxisSpec.linear("MD", -1.63, 1.78, 6);
        assertEquals(-2.0, a.min(), 1e-12);
        assertEquals(2.0, a.max(), 1e-12);
        // (1.78 + 1.63) / 6 = 0.57 rounds up to a step of 1
        assertEquals(List.of("-2", "-1", "0", "1", "2"), a.ticks().stream().map(AxisSpec.Tick::label).toList());
        AxisSpec b = AxisSpec.linear("se", 0, 0.7435, 5);
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8"), b.ticks().stream().map(AxisSpec.Tick::label).toList());
        assertEquals(0.6, b.ticks().get(3).value(), 0.0, "tick values are exact multiples of the step");
        assertFalse(a.log());
        AxisSpec r = a.withReversed(true);
        assertEquals(1.0, r.fraction(-2.0), 1e-12);
    }

    @Test
    void formatting() {
        assertEquals("p < 0.001", Fmt.p(7e-5));
        assertEquals("p = 0.018", Fmt.p(0.0183));
        assertEquals("0.00", Fmt.fixed(-0.0001, 2));
        assertEquals("0.41 [0.13, 1.26]", Fmt.ci(0.4109, 0.1343, 1.2574, 2));
    }
}
