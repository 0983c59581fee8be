package org.htaworkbench.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.FrameworkUtil;

import java.util.function.Function;

/** About HTA Workbench: product version and the bundled libraries with their versions and licences. */
public class AboutDialog extends Dialog {

    private Image logo;

    public AboutDialog(Shell parentShell) {
        super(parentShell);
    }

    public static String productVersion() {
        return FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About HTA Workbench");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite header = new Composite(area, SWT.NONE);
        header.setLayout(new GridLayout(2, false));
        logo = AbstractUIPlugin.imageDescriptorFromPlugin("org.htaworkbench.ui", "icons/hta64.png").createImage();
        new Label(header, SWT.NONE).setImage(logo);
        Label text = new Label(header, SWT.WRAP);
        text.setText("HTA Workbench " + productVersion() + "\n\n"
                + "A desktop research workbench for health technology assessment: an evidence model,\n"
                + "meta-analysis, charts and guideline comparison in one product.\n\n"
                + "Built with the open-source libraries below (licences as published by their authors).");
        Composite tableHolder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 300).applyTo(tableHolder);
        TableColumnLayout layout = new TableColumnLayout();
        tableHolder.setLayout(layout);
        TableViewer viewer = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(viewer, layout, "Library", 40, BundledLibraries.Library::name);
        column(viewer, layout, "Version", 25, BundledLibraries.Library::version);
        column(viewer, layout, "Licence", 20, BundledLibraries.Library::licence);
        viewer.setInput(BundledLibraries.installed());
        return area;
    }

    private static void column(TableViewer viewer, TableColumnLayout layout, String title, int weight,
            Function<BundledLibraries.Library, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((BundledLibraries.Library) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    public boolean close() {
        if (logo != null) {
            logo.dispose();
        }
        return super.close();
    }
}
