package org.htaworkbench.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.htaworkbench.ui.internal.handlers.UnsavedChanges;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Workbench-wide behaviour: the initial perspective and window state persistence. */
public class HtaWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Analysts expect the window layout they left; the evidence itself is saved explicitly.
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void preStartup() {
        // The session opens the default evidence base and offers it as a service before the first view follows it.
        WorkbenchSession.get();
    }

    @Override
    public boolean preShutdown() {
        var window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        return window == null || UnsavedChanges.resolve(window.getShell());
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return EvidencePerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new HtaWorkbenchWindowAdvisor(configurer);
    }
}
