package org.htaworkbench.ui.internal.editors.study;

import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.Characteristic;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.query.EvidenceSummary;
import org.htaworkbench.session.EvidenceSession;
import org.htaworkbench.ui.internal.EvidenceBaseObserver;
import org.htaworkbench.ui.internal.emf.ItemPropertySourceProvider;
import org.htaworkbench.ui.internal.handlers.SaveAsHandler;
import org.htaworkbench.ui.internal.handlers.SaveHandler;

/**
 * Form editor of one study of the open evidence base, in four pages: Details, Population, Arms &amp; interventions and
 * Results. The editor keeps no copy of the study: every edit is an EMF command on the session's editing domain (so
 * Edit &gt; Undo and Redo work across the editor and the views), and the pages show the model again whenever it
 * changes, whoever changed it. The evidence base is the unit of saving, so the editor is dirty exactly when the
 * evidence base is; it closes when another evidence base is opened.
 */
public class StudyEditor extends FormEditor {

    public static final String ID = "org.htaworkbench.ui.editors.study";

    private Study study;
    private boolean refreshScheduled;
    private boolean closing;

    private final EContentAdapter studyListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRefresh();
            }
        }
    };
    /** Follows the workbench's evidence session through the API: another base opened closes this editor. */
    private final EvidenceBaseObserver observer = new EvidenceBaseObserver(() -> onUiThread(this::evidenceBaseOpened), () -> {
    });
    private final CommandStackListener commandStackListener = (EventObject event) -> onUiThread(this::commandStackChanged);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StudyEditorInput studyInput)) {
            throw new PartInitException("The study editor opens studies, not " + input.getName());
        }
        super.init(site, input);
        study = studyInput.getStudy();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        study.eAdapters().add(studyListener);
        observer.start();
        domain().getCommandStack().addCommandStackListener(commandStackListener);
    }

    @Override
    protected void addPages() {
        try {
            addPage(new DetailsPage(this));
            addPage(new PopulationPage(this));
            addPage(new ArmsPage(this));
            addPage(new ResultsPage(this));
        } catch (PartInitException e) {
            ILog.of(getClass()).error("Study editor page could not be created", e);
        }
    }

    public Study getStudy() {
        return study;
    }

    /**
     * Shows the page that holds an element of the study (an arm, a result, a characteristic or anything inside
     * one), with that arm, result or characteristic selected.
     */
    public void reveal(EObject element) {
        for (EObject object = element; object != null && object != study; object = object.eContainer()) {
            String page = object instanceof Arm ? ArmsPage.ID : object instanceof Result ? ResultsPage.ID
                    : object instanceof Characteristic ? PopulationPage.ID : null;
            if (page != null) {
                IFormPage shown = setActivePage(page);
                if (shown != null) {
                    shown.selectReveal(object);
                }
                return;
            }
        }
    }

    /** The height the editor's pages have on screen (laid out first if need be); 0 before the widgets exist. */
    int visibleHeight() {
        Composite container = getContainer();
        if (container == null || container.isDisposed()) {
            return 0;
        }
        if (container.getSize().y == 0) {
            container.getShell().layout(true, true);
        }
        return container.getSize().y;
    }

    /** The pages whose widgets exist (a page is created when it is first shown). */
    List<StudyFormPage> createdPages() {
        return pages.stream().filter(StudyFormPage.class::isInstance).map(StudyFormPage.class::cast)
                .filter(page -> page.getManagedForm() != null).toList();
    }

    private void scheduleRefresh() {
        if (refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        // one refresh after a command's notifications (a compound command sends several)
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            refreshScheduled = false;
            refresh();
        });
    }

    /** Shows the study's current state on every page. */
    void refresh() {
        if (closing || getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        setPartName(EvidenceSummary.label(study));
        setTitleToolTip(getEditorInput().getToolTipText());
        createdPages().forEach(StudyFormPage::refresh);
    }

    private void commandStackChanged() {
        if (!isInOpenEvidenceBase()) {
            // the study was deleted from the evidence base (e.g. by undoing its creation); closed after the command
            // stack has told all its listeners, since closing removes this one
            getSite().getShell().getDisplay().asyncExec(this::close);
            return;
        }
        firePropertyChange(PROP_DIRTY);
    }

    private void evidenceBaseOpened() {
        if (isInOpenEvidenceBase()) {
            // the same evidence base, saved under another name
            firePropertyChange(PROP_DIRTY);
        } else {
            close();
        }
    }

    private boolean isInOpenEvidenceBase() {
        EObject root = EcoreUtil.getRootContainer(study);
        return root != study && observer.current() == root;
    }

    private void close() {
        if (!closing) {
            closing = true;
            getSite().getPage().closeEditor(this, false);
        }
    }

    private void onUiThread(Runnable action) {
        Display display = getSite().getShell().getDisplay();
        if (display.getThread() == Thread.currentThread()) {
            action.run();
        } else {
            display.asyncExec(() -> {
                if (getContainer() != null && !getContainer().isDisposed()) {
                    action.run();
                }
            });
        }
    }

    @Override
    public boolean isDirty() {
        return observer.session().map(EvidenceSession::isDirty).orElse(false);
    }

    /**
     * Closing the editor loses nothing: the edits stay in the open evidence base, and saving it is asked about when
     * it is replaced or the workbench closes.
     */
    @Override
    public boolean isSaveOnCloseNeeded() {
        return false;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        commitPendingEdits();
        if (!SaveHandler.save(getSite().getShell())) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        commitPendingEdits();
        SaveAsHandler.saveAs(getSite().getShell());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    private void commitPendingEdits() {
        createdPages().forEach(StudyFormPage::commitPendingEdits);
    }

    /** The Properties view shows the row selected in a page's table, editable with undo like the explorer's. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return observer.session().map(s -> adapter.cast(ItemPropertySourceProvider.propertySheetPage(s.adapterFactory())))
                    .orElse(null);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        closing = true;
        if (study != null) {
            study.eAdapters().remove(studyListener);
        }
        observer.session().ifPresent(s -> s.editingDomain().getCommandStack().removeCommandStackListener(commandStackListener));
        observer.dispose();
        super.dispose();
    }

    /** The editing domain of the open evidence base: every edit of the pages goes through its command stack. */
    EditingDomain domain() {
        return observer.session().map(EvidenceSession::editingDomain)
                .orElseThrow(() -> new IllegalStateException("the workbench has no evidence session"));
    }

    /** The active page as a study page (tests read its messages). */
    public StudyFormPage activeStudyPage() {
        IFormPage page = getActivePageInstance();
        return page instanceof StudyFormPage studyPage ? studyPage : null;
    }
}
