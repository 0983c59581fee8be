package org.htaworkbench.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormText;

/**
 * Help > Getting Started: a short guide to the workbench, from {@code help/getting-started.xml} (Eclipse Forms
 * markup: the platform's help system is not on Maven Central, and a page this short needs no browser).
 */
public class GettingStartedDialog extends Dialog {

    public static final String RESOURCE = "/help/getting-started.xml";

    public GettingStartedDialog(Shell parent) {
        super(parent);
    }

    public static String text() {
        try (InputStream in = GettingStartedDialog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled help page " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Getting Started with HTA Workbench");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        FormText page = new FormText(area, SWT.WRAP);
        page.setText(text(), true, false);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, SWT.DEFAULT).applyTo(page);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
