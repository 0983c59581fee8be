package org.htaworkbench.ui.internal;

import java.lang.management.ManagementFactory;

/**
 * Prints the time from JVM start to the first workbench window, when the system property
 * {@code htaworkbench.startupTiming} is set. The start-up benchmark (releng/benchmarks) reads it.
 */
final class StartupTiming {

    static final String PROPERTY = "htaworkbench.startupTiming";

    private StartupTiming() {
    }

    static void windowShown() {
        if (Boolean.getBoolean(PROPERTY)) {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("HTAWORKBENCH_WINDOW_SHOWN_MS=" + sinceJvmStart);
            System.out.flush();
        }
    }
}
