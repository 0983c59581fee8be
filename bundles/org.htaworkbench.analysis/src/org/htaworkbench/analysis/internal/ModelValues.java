package org.htaworkbench.analysis.internal;

import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Result;

/** Reading numbers out of the model, with errors naming the result and the feature. */
final class ModelValues {

    private ModelValues() {
    }

    static double value(Result r, String feature, ReportedValue v) {
        if (v == null || v.getValue() == null) {
            throw new AnalysisException("result '" + r.getId() + "' has no " + feature
                    + (v != null && v.getText() != null ? " value ('" + v.getText() + "')" : ""), r.getId(), null);
        }
        double d = v.getValue();
        if (!Double.isFinite(d)) {
            throw new AnalysisException("result '" + r.getId() + "': " + feature + " is not finite", r.getId(), null);
        }
        return d;
    }
}
