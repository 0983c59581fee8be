package org.htaworkbench.guidelines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.htaworkbench.guidelines.ui.internal.GuidelineComparisonView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maximises the comparison view with the four bodies and writes {@code guideline-comparison.png}: to the directory named
 * by the system property {@code htaworkbench.screenshots} (for the README), else to a temporary directory.
 */
class GuidelineComparisonScreenshotTest {

    @TempDir
    Path temp;

    @Test
    void maximisedViewIsCapturedAsPng() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        assertEquals(4, view.shownColumns().size());
        IWorkbenchPage page = ViewSupport.page();
        Shell shell = view.getSite().getShell();
        shell.setBounds(0, 0, 1280, 1000);
        page.setPartState(page.findViewReference(GuidelineComparisonView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        page.activate(view);
        view.select("esc-2021-short-term-mcs-q1");
        shell.forceActive();
        waitAndSettle(1500);

        String property = System.getProperty("htaworkbench.screenshots");
        // Only an absolute directory counts: Tycho hands an unset pom property through as "" or "null", which
        // would otherwise become a stray folder inside the test bundle.
        Path dir = property != null && !property.isBlank() && Path.of(property).isAbsolute() ? Path.of(property) : temp;
        Files.createDirectories(dir);
        Path file = dir.resolve("guideline-comparison.png");
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            GC gc = new GC(display);
            gc.copyArea(image, bounds.x, bounds.y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
            page.setPartState(page.findViewReference(GuidelineComparisonView.ID), IWorkbenchPage.STATE_RESTORED);
        }
        assertTrue(Files.size(file) > 10_000, "a real picture, not an empty image: " + file);
    }

    private static void waitAndSettle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            ViewSupport.settle();
            Thread.sleep(50);
        }
        ViewSupport.settle();
    }
}
