package org.htaworkbench.ui.internal;

import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.session.EvidenceSession;
import org.htaworkbench.session.EvidenceSessionListener;
import org.htaworkbench.session.EvidenceSessionTracker;
import org.osgi.framework.FrameworkUtil;
import org.htaworkbench.ui.internal.editors.analysis.AnalysisEditors;
import org.htaworkbench.ui.internal.editors.study.StudyEditors;
import org.htaworkbench.ui.internal.emf.ItemProviderContentProvider;
import org.htaworkbench.ui.internal.emf.ItemPropertySourceProvider;
import org.htaworkbench.ui.internal.emf.ItemProviderLabelProvider;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * Tree of the open evidence base (assessment, studies, outcomes, searches, trials, guideline positions)
 * with a filter box. Content and labels come from the model's EMF.Edit item providers, so the tree follows
 * every change made through the editing domain; the view keeps no copy of the evidence. Double-click a study (or
 * an arm or result) to open it in the study editor.
 */
public class EvidenceExplorerView extends ViewPart {

    public static final String ID = "org.htaworkbench.ui.views.explorer";

    private FilteredTree filteredTree;
    private Label problem;
    /** The session followed through the API, as any view would; null until the workbench offers one. */
    private EvidenceSession session;
    private EvidenceSessionTracker sessions;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        problem = new Label(area, SWT.WRAP);
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false);
        problemData.exclude = true;
        problem.setLayoutData(problemData);
        problem.setVisible(false);
        PatternFilter filter = new PatternFilter();
        filter.setIncludeLeadingWildcard(true);
        filteredTree = new FilteredTree(area, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER, filter, true, true);
        filteredTree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        filteredTree.setQuickSelectionMode(true);
        TreeViewer viewer = filteredTree.getViewer();
        viewer.setUseHashlookup(true);
        getSite().setSelectionProvider(viewer);
        // double-click opens the study editor (at the arm or result clicked); a single click still only selects
        viewer.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
        // commands such as Open Study Editor are contributed to this menu through org.eclipse.ui.menus
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        sessions = new EvidenceSessionTracker(FrameworkUtil.getBundle(EvidenceExplorerView.class).getBundleContext(),
                new EvidenceSessionListener() {
                    @Override
                    public void opened(EvidenceSession opened) {
                        onDisplay(() -> follow(opened));
                    }

                    @Override
                    public void ended(EvidenceSession ended) {
                        onDisplay(() -> follow(null));
                    }
                });
        sessions.open();
        if (session == null) {
            showProblem("No evidence base is open yet.");
        }
    }

    private void follow(EvidenceSession followed) {
        if (session != followed) {
            if (session != null) {
                session.editingDomain().getCommandStack().removeCommandStackListener(dirtyListener);
            }
            session = followed;
            if (followed != null) {
                TreeViewer viewer = filteredTree.getViewer();
                if (viewer.getContentProvider() == null) {
                    viewer.setContentProvider(new ItemProviderContentProvider(followed.adapterFactory()));
                    viewer.setLabelProvider(new ItemProviderLabelProvider(followed.adapterFactory()));
                }
                followed.editingDomain().getCommandStack().addCommandStackListener(dirtyListener);
            }
        }
        if (followed == null) {
            filteredTree.getViewer().setInput(null);
            showProblem("The workbench's evidence session has ended.");
        } else {
            showProblem(followed.loadProblem());
            showEvidenceBase();
        }
    }

    private void showProblem(String text) {
        if (problem.isDisposed()) {
            return;
        }
        boolean show = text != null;
        problem.setText(show ? text : "");
        problem.setVisible(show);
        ((GridData) problem.getLayoutData()).exclude = !show;
        problem.getParent().layout();
    }

    /** Runs on the view's display thread: at once when called there, else as soon as the display gets to it. */
    private void onDisplay(Runnable runnable) {
        if (filteredTree == null || filteredTree.isDisposed()) {
            return;
        }
        Display display = filteredTree.getDisplay();
        if (Display.getCurrent() == display) {
            runnable.run();
        } else {
            display.asyncExec(() -> {
                if (!filteredTree.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** Double-click: an analysis opens in the analysis editor, anything of a study in the study editor. */
    private void open(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof AnalysisDefinition analysis) {
            try {
                AnalysisEditors.open(getSite().getPage(), analysis);
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), "Analysis editor",
                        "The analysis editor could not be opened: " + e.getMessage());
            }
            return;
        }
        StudyEditors.openAll(getSite().getPage(), selection);
    }

    private final CommandStackListener dirtyListener = event -> onDisplay(this::showEvidenceBase);

    private void showEvidenceBase() {
        if (session == null) {
            return;
        }
        TreeViewer viewer = filteredTree.getViewer();
        session.evidenceBase().ifPresent(base -> {
            if (viewer.getInput() == null || !List.of(base).equals(viewer.getInput())) {
                viewer.setInput(List.of(base));
                viewer.expandToLevel(2);
            }
            // "*" marks unsaved changes, as in every Eclipse editor
            setContentDescription((session.isDirty() ? "*" : "") + session.file().map(Object::toString).orElse(session.sourceName()));
        });
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.editingDomain().getCommandStack().removeCommandStackListener(dirtyListener);
        }
        if (sessions != null) {
            sessions.close();
        }
        super.dispose();
    }

    /** The Properties view shows the selected element's attributes through EMF.Edit, editable with undo. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            if (session == null) {
                return null;
            }
            return adapter.cast(ItemPropertySourceProvider.propertySheetPage(session.adapterFactory()));
        }
        return super.getAdapter(adapter);
    }

    public TreeViewer getViewer() {
        return filteredTree.getViewer();
    }

    public FilteredTree getFilteredTree() {
        return filteredTree;
    }

    @Override
    public void setFocus() {
        filteredTree.getFilterControl().setFocus();
    }
}
