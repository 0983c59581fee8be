package org.htaworkbench.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.htaworkbench.charts.ui.ChartExport;

/** Export PNG / Export SVG of the chart a view or editor shows: asks for a file, then writes it. */
public final class ChartExportAction extends Action {

    private final String extension;
    private final Supplier<Shell> shell;
    private final Supplier<Chart> chart;
    private final Supplier<String> fileName;

    /**
     * @param label     format shown to the user ("PNG", "SVG")
     * @param extension file extension, which also selects the format
     * @param chart     the chart to export, or null when none is shown
     * @param fileName  proposed file name without extension
     */
    public ChartExportAction(String label, String extension, Supplier<Shell> shell, Supplier<Chart> chart,
            Supplier<String> fileName) {
        super("Export " + label);
        setToolTipText("Export the chart shown as " + label);
        this.extension = extension;
        this.shell = shell;
        this.chart = chart;
        this.fileName = fileName;
    }

    @Override
    public void run() {
        Chart shown = chart.get();
        if (shown == null) {
            MessageDialog.openInformation(shell.get(), getText(), "There is no chart to export here.");
            return;
        }
        FileDialog dialog = new FileDialog(shell.get(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName(fileName.get() + "." + extension);
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                ChartExport.export(shown, Path.of(file));
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(shell.get(), "Export failed", file + ": " + e.getMessage());
            }
        }
    }
}
