package org.htaworkbench.ui.internal;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Start-up milestones for the start-up benchmark (benchmarks/scripts/startup.sh), printed only when
 * the system property {@code htaworkbench.startupTiming} is true: milliseconds from JVM start to the
 * application's start (OSGi framework boot) and to the first workbench window, the wall-clock time
 * of the window, and which bundles were active by then (what start-up paid for).
 */
final class StartupTiming {

    static final String PROPERTY = "htaworkbench.startupTiming";

    private StartupTiming() {
    }

    static void applicationStarted() {
        print("HTAWORKBENCH_APPLICATION_START_MS=" + sinceJvmStart());
    }

    /** The default evidence base was loaded, taking {@code millis}. */
    static void evidenceLoaded(long millis) {
        print("HTAWORKBENCH_EVIDENCE_LOADED_MS=" + sinceJvmStart() + " (load took " + millis + " ms)");
    }

    static void windowShown() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        print("HTAWORKBENCH_WINDOW_SHOWN_MS=" + sinceJvmStart());
        print("HTAWORKBENCH_WINDOW_SHOWN_EPOCH_MS=" + System.currentTimeMillis());
        Bundle[] bundles = FrameworkUtil.getBundle(StartupTiming.class).getBundleContext().getBundles();
        String active = Arrays.stream(bundles).filter(b -> b.getState() == Bundle.ACTIVE)
                .map(Bundle::getSymbolicName).sorted().collect(Collectors.joining(","));
        print("HTAWORKBENCH_BUNDLES_INSTALLED=" + bundles.length);
        print("HTAWORKBENCH_BUNDLES_ACTIVE=" + active);
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void print(String line) {
        if (Boolean.getBoolean(PROPERTY)) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
