package org.htaworkbench.stats;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.htaworkbench.stats.internal.Dist;

/**
 * A fitted mixed-effects (or common-effect) meta-regression, metafor's {@code rma(yi, vi, mods=...)}.
 *
 * @param vcov          variance-covariance matrix of the coefficients (row-major p×p), KH-scaled for knha/adhoc
 * @param qm            omnibus test of the moderators (Wald chi-square; for knha/adhoc an F statistic)
 * @param qmDf1         numerator df of QM (number of tested coefficients)
 * @param qmDf2         denominator df (k-p) for knha/adhoc, empty for z
 * @param r2            metafor's R²: % of tau² accounted for (0 when the intercept-only tau² is 0); for FE the
 *                      adjusted R² of the weighted regression; empty without intercept or moderators
 * @param intercept     whether the first coefficient is an intercept
 */
public record MetaRegressionResult(ModelOptions options, int k, List<Coefficient> coefficients, double[][] vcov,
        double qm, int qmDf1, OptionalInt qmDf2, double qmPval, double tau2, OptionalDouble seTau2, double i2,
        double h2, OptionalDouble r2, double qe, int qeDf, double qePval, int iterations, double knhaScale,
        Optional<FitStatistics> fitMl, Optional<FitStatistics> fitReml, boolean intercept) {

    public MetaRegressionResult {
        coefficients = List.copyOf(coefficients);
        double[][] c = new double[vcov.length][];
        for (int i = 0; i < vcov.length; i++) {
            c[i] = vcov[i].clone();
        }
        vcov = c;
    }

    @Override
    public double[][] vcov() {
        double[][] c = new double[vcov.length][];
        for (int i = 0; i < vcov.length; i++) {
            c[i] = vcov[i].clone();
        }
        return c;
    }

    /**
     * {@code predict(res, newmods=x)}: x holds the moderator values (without the intercept column).
     * The PI uses the normal quantile for test z and t(k-p) for knha/adhoc (metafor default).
     */
    public Prediction predict(double[] x) {
        int p = coefficients.size();
        double[] row = new double[p];
        int off = intercept ? 1 : 0;
        if (x == null || x.length != p - off) {
            throw new IllegalArgumentException("expected " + (p - off) + " moderator values");
        }
        if (intercept) {
            row[0] = 1;
        }
        System.arraycopy(x, 0, row, off, x.length);
        double pred = 0, var = 0;
        for (int i = 0; i < p; i++) {
            pred += row[i] * coefficients.get(i).estimate();
            for (int j = 0; j < p; j++) {
                var += row[i] * vcov[i][j] * row[j];
            }
        }
        double se = Math.sqrt(var);
        double prob = 0.5 + options.level() / 200;
        double crit = options.test() == TestType.Z ? Dist.qnorm(prob) : Dist.qt(prob, k - p);
        if (options.method().isFixed()) {
            return new Prediction(pred, se, pred - crit * se, pred + crit * se, OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty());
        }
        double s = Math.sqrt(var + tau2);
        return new Prediction(pred, se, pred - crit * se, pred + crit * se, OptionalDouble.of(pred - crit * s),
                OptionalDouble.of(pred + crit * s),
                options.test() == TestType.Z ? OptionalDouble.empty() : OptionalDouble.of(k - p));
    }
}
