package org.htaworkbench.ui.internal.editors.analysis;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.ui.internal.WorkbenchSession;

/** Analysis &gt; Open Analysis: the selected analysis definition, or one picked from the evidence base's analyses. */
public class OpenAnalysisHandler extends AbstractHandler {

    @Override
    public boolean isEnabled() {
        return WorkbenchSession.get().evidenceBase().map(b -> !b.getAnalyses().isEmpty()).orElse(false);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        EvidenceBase base = WorkbenchSession.get().evidenceBase().orElse(null);
        if (base == null || base.getAnalyses().isEmpty()) {
            return null;
        }
        AnalysisDefinition definition = null;
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
                && s.getFirstElement() instanceof AnalysisDefinition selected) {
            definition = selected;
        } else if (base.getAnalyses().size() == 1) {
            definition = base.getAnalyses().get(0);
        } else {
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return new AnalysisEditorInput((AnalysisDefinition) element).getName();
                }
            });
            dialog.setTitle("Open Analysis");
            dialog.setMessage("Analysis to open (type to filter):");
            dialog.setElements(base.getAnalyses().toArray());
            if (dialog.open() != Window.OK) {
                return null;
            }
            definition = (AnalysisDefinition) dialog.getFirstResult();
        }
        try {
            AnalysisEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), definition);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, "Open Analysis", e.getMessage());
        }
        return null;
    }
}
