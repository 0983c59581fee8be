package org.htaworkbench.ui.internal.editors.analysis;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.analysis.AnalysisProposals;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.Result;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.preferences.AnalysisPreferences;

/**
 * Analysis &gt; New Analysis: a meta-analysis of the selected outcome category (or of the category of the selected
 * outcome or result; otherwise the analyst picks one), proposed by {@link AnalysisProposals}, seeded with the
 * analyst's preferences, added to the evidence base with one undoable command and opened in the editor.
 */
public class NewAnalysisHandler extends AbstractHandler {

    @Override
    public boolean isEnabled() {
        return WorkbenchSession.get().evidenceBase().isPresent();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        EvidenceBase base = WorkbenchSession.get().evidenceBase().orElse(null);
        if (base == null) {
            return null;
        }
        OutcomeCategory category = categoryOf(HandlerUtil.getCurrentSelection(event));
        if (category == null) {
            category = ask(shell, base);
            if (category == null) {
                return null;
            }
        }
        create(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), base, category, shell);
        return null;
    }

    /** Creates the analysis of the category and opens it; returns null (after telling the analyst) when it cannot. */
    public static AnalysisEditor create(IWorkbenchPage page, EvidenceBase base, OutcomeCategory category, Shell shell) {
        AnalysisDefinition definition;
        try {
            definition = AnalysisProposals.newDefinition(base, category);
        } catch (AnalysisException e) {
            MessageDialog.openInformation(shell, "New Analysis", "Nothing to analyse: " + e.getMessage() + ".");
            return null;
        }
        AnalysisPreferences.applyTo(definition);
        WorkbenchSession.get().editingDomain().getCommandStack().execute(AddCommand.create(
                WorkbenchSession.get().editingDomain(), base, EvidencePackage.Literals.EVIDENCE_BASE__ANALYSES, definition));
        try {
            return AnalysisEditors.open(page, definition);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, "New Analysis", "The analysis was added but its editor did not open: "
                    + e.getMessage());
            return null;
        }
    }

    static OutcomeCategory categoryOf(ISelection selection) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            Object first = s.getFirstElement();
            if (first instanceof OutcomeCategory c) {
                return c;
            }
            if (first instanceof OutcomeDefinition o) {
                return o.getCategory();
            }
            if (first instanceof Result r && r.getOutcome() != null) {
                return r.getOutcome().getCategory();
            }
        }
        return null;
    }

    private static OutcomeCategory ask(Shell shell, EvidenceBase base) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                OutcomeCategory c = (OutcomeCategory) element;
                return c.getName() == null ? c.getId() : c.getName();
            }
        });
        dialog.setTitle("New Analysis");
        dialog.setMessage("Outcome category to meta-analyse (type to filter):");
        List<OutcomeCategory> categories = base.getOutcomeCategories();
        dialog.setElements(categories.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK ? (OutcomeCategory) dialog.getFirstResult() : null;
    }
}
