package org.htaworkbench.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EvidenceBase;

/**
 * The analysis the analyst is working on: the one last selected in the explorer or whose editor was last active.
 * The Forest Plot and Funnel Plot views show it; before any is chosen they show the evidence base's first analysis.
 */
public final class FocusedAnalysis {

    private static volatile AnalysisDefinition focused;
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private FocusedAnalysis() {
    }

    /** Makes the definition the focused one; listeners hear of it only when it changed. */
    public static void focus(AnalysisDefinition definition) {
        if (definition != null && definition != focused) {
            focused = definition;
            LISTENERS.forEach(Runnable::run);
        }
    }

    /** The focused analysis when it belongs to {@code base}, else the base's first analysis, else null. */
    public static AnalysisDefinition in(EvidenceBase base) {
        AnalysisDefinition d = focused;
        if (d != null && d.eContainer() == base) {
            return d;
        }
        return base.getAnalyses().isEmpty() ? null : base.getAnalyses().get(0);
    }

    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }
}
