package org.htaworkbench.guidelines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.guidelines.ui.internal.GuidelineComparisonView;

/** Opens the view in the running workbench. */
final class ViewSupport {

    static final String Q1 = "stemi-cs-microaxial-pump";
    static final String Q2 = "ami-cs-routine-iabp-ecmo";

    private ViewSupport() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static GuidelineComparisonView view() throws Exception {
        GuidelineComparisonView view = (GuidelineComparisonView) page().showView(GuidelineComparisonView.ID);
        assertNotNull(view);
        assertNotNull(view.getComparison(), "comparison not computed: " + view.getLoadProblem());
        settle();
        return view;
    }

    static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let layout and paint happen
        }
    }
}
