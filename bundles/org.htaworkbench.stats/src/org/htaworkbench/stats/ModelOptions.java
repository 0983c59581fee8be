package org.htaworkbench.stats;

import org.htaworkbench.stats.tau2.IterationControl;

/**
 * Options of a model fit ({@code rma(method=, test=, level=, control=)}).
 *
 * @param method  FE or a tau² estimator
 * @param test    z, knha or adhoc
 * @param level   confidence level in percent, in (0, 100)
 * @param control convergence control of iterative estimators (default {@link IterationControl#TIGHT})
 */
public record ModelOptions(Method method, TestType test, double level, IterationControl control) {

    public ModelOptions {
        if (method == null || test == null) {
            throw new UnsupportedCombinationException("method and test must be given");
        }
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be in (0, 100): " + level);
        }
        if (control == null) {
            control = IterationControl.TIGHT;
        }
    }

    /** method with test z, 95 % level, tight convergence. */
    public static ModelOptions of(Method method) {
        return new ModelOptions(method, TestType.Z, 95, IterationControl.TIGHT);
    }

    public ModelOptions withTest(TestType t) {
        return new ModelOptions(method, t, level, control);
    }

    public ModelOptions withLevel(double l) {
        return new ModelOptions(method, test, l, control);
    }

    public ModelOptions withControl(IterationControl c) {
        return new ModelOptions(method, test, level, c);
    }

    public ModelOptions withMethod(Method m) {
        return new ModelOptions(m, test, level, control);
    }
}
