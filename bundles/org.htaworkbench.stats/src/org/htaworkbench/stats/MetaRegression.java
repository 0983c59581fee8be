package org.htaworkbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.htaworkbench.stats.internal.Check;
import org.htaworkbench.stats.internal.Dist;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Meta-regression {@code rma(yi, vi, mods = ~ x1 + x2 ..., method=FE|DL|ML|REML, test=z|knha|adhoc)} with
 * p coefficients. Uses p×p matrices only (X'WX and friends, inverted with Hipparchus LU), never metafor's
 * k×k projection matrix: O(k p²) time, O(k p) memory.
 */
public final class MetaRegression {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private MetaRegression() {
    }

    /** Weighted quantities at a given tau². */
    private static final class Wls {
        final double[] w;
        final RealMatrix aInv;
        final double[] beta;
        final double rss;
        final double sumW;
        final double sumW2;
        final double logDetA;
        final double[] resid;

        Wls(double[][] x, double[] y, double[] v, double tau2, boolean weighted) {
            int k = y.length, p = x[0].length;
            w = new double[k];
            double[][] a = new double[p][p];
            double[] b = new double[p];
            double sw = 0, sw2 = 0;
            for (int i = 0; i < k; i++) {
                w[i] = weighted ? 1 / (v[i] + tau2) : 1;
                sw += w[i];
                sw2 += w[i] * w[i];
                for (int r = 0; r < p; r++) {
                    b[r] += x[i][r] * w[i] * y[i];
                    for (int c = 0; c < p; c++) {
                        a[r][c] += x[i][r] * w[i] * x[i][c];
                    }
                }
            }
            LUDecomposition lu = new LUDecomposition(MatrixUtils.createRealMatrix(a), 1e-14);
            DecompositionSolver solver = lu.getSolver();
            if (!solver.isNonSingular()) {
                throw InvalidStudyDataException.ofDataset("mods", "the moderators are collinear (X'WX is singular)");
            }
            aInv = solver.getInverse();
            beta = aInv.operate(b);
            logDetA = Math.log(lu.getDeterminant());
            resid = new double[k];
            double s = 0;
            for (int i = 0; i < k; i++) {
                double fit = 0;
                for (int r = 0; r < p; r++) {
                    fit += x[i][r] * beta[r];
                }
                resid[i] = y[i] - fit;
                s += w[i] * resid[i] * resid[i];
            }
            rss = s;
            sumW = sw;
            sumW2 = sw2;
        }

        /** tr(A⁻¹ X'W^m X). */
        double trAinvXWmX(double[][] x, int m) {
            int p = x[0].length;
            double[][] b = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                double wm = Math.pow(w[i], m);
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < p; c++) {
                        b[r][c] += x[i][r] * wm * x[i][c];
                    }
                }
            }
            return aInv.multiply(MatrixUtils.createRealMatrix(b)).getTrace();
        }

        double trP(double[][] x) {
            return sumW - trAinvXWmX(x, 2);
        }

        double trPP(double[][] x) {
            int p = x[0].length;
            double[][] b2 = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < p; c++) {
                        b2[r][c] += x[i][r] * w[i] * w[i] * x[i][c];
                    }
                }
            }
            RealMatrix m = aInv.multiply(MatrixUtils.createRealMatrix(b2));
            return sumW2 - 2 * trAinvXWmX(x, 3) + m.multiply(m).getTrace();
        }

        double yPPy() {
            double s = 0;
            for (int i = 0; i < w.length; i++) {
                s += w[i] * w[i] * resid[i] * resid[i];
            }
            return s;
        }
    }

    /**
     * Fits the model.
     *
     * @param moderators k rows of moderator values (no intercept column); categorical moderators must be
     *                   given as dummy columns (see {@link #dummies})
     * @param names      one name per moderator column
     * @param intercept  add an intercept (metafor default)
     */
    public static MetaRegressionResult fit(EffectSizeData data, double[][] moderators, String[] names,
            boolean intercept, ModelOptions options) {
        try {
            return fitModel(data, moderators, names, intercept, options);
        } catch (MathRuntimeException e) {
            // X'WX passed the LU rank check but a later inverse (of the moderators' block of vb) is singular in
            // double precision, e.g. a year of 199999999999 beside 2001: the moderators' scales are too far apart
            throw InvalidStudyDataException.ofDataset("mods", "the moderators are collinear or too different in scale "
                    + "for double precision (" + e.getMessage() + "); centre or rescale them");
        }
    }

    private static MetaRegressionResult fitModel(EffectSizeData data, double[][] moderators, String[] names,
            boolean intercept, ModelOptions options) {
        Method method = options.method();
        if (method != Method.FE && method != Method.DL && method != Method.ML && method != Method.REML) {
            throw new UnsupportedCombinationException("meta-regression supports FE, DL, ML and REML, not " + method);
        }
        int k = data.k();
        double[] y = data.yi();
        double[] v = data.vi();
        String[] labels = data.labels();
        for (int i = 0; i < k; i++) {
            Check.effect(y[i], v[i], i, labels);
        }
        int m = names.length;
        int p = m + (intercept ? 1 : 0);
        if (moderators.length != k) {
            throw InvalidStudyDataException.ofDataset("mods", "expected " + k + " rows of moderators, got " + moderators.length);
        }
        double[][] x = new double[k][p];
        for (int i = 0; i < k; i++) {
            if (moderators[i].length != m) {
                throw new InvalidStudyDataException(i, labels[i], "mods", "expected " + m + " moderator values");
            }
            if (intercept) {
                x[i][0] = 1;
            }
            for (int j = 0; j < m; j++) {
                Check.finite(moderators[i][j], i, labels, names[j]);
                x[i][j + (intercept ? 1 : 0)] = moderators[i][j];
            }
        }
        if (k <= p) {
            throw InvalidStudyDataException.ofDataset("k", "meta-regression with " + p + " coefficients needs k > " + p);
        }
        String[] coefNames = new String[p];
        if (intercept) {
            coefNames[0] = "intrcpt";
        }
        System.arraycopy(names, 0, coefNames, intercept ? 1 : 0, m);

        Wls fe = new Wls(x, y, v, 0, true);
        double tau2 = 0;
        OptionalDouble seTau2 = OptionalDouble.empty();
        int iterations = 0;
        if (method == Method.DL) {
            double trP = fe.trP(x);
            tau2 = Math.max(0, (fe.rss - (k - p)) / trP);
            seTau2 = OptionalDouble.of(Math.sqrt((2.0 * (k - p) + 4 * tau2 * trP + 2 * tau2 * tau2 * fe.trPP(x)) / (trP * trP)));
        } else if (method == Method.ML || method == Method.REML) {
            // starting value: max(0, HE) with unweighted OLS residuals
            Wls ols = new Wls(x, y, v, 0, false);
            double trPV = 0;
            for (int i = 0; i < k; i++) {
                double h = 0;
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < p; c++) {
                        h += x[i][r] * ols.aInv.getEntry(r, c) * x[i][c];
                    }
                }
                trPV += v[i] * (1 - h);
            }
            tau2 = Math.max(0, (ols.rss - trPV) / (k - p));
            var control = options.control();
            double change = Double.POSITIVE_INFINITY;
            while (!(control.relative() ? change <= control.threshold() * Math.max(1, tau2) : change <= control.threshold())) {
                iterations++;
                if (iterations > control.maxIterations()) {
                    throw new ConvergenceException(method + " (Fisher scoring, meta-regression)", control.maxIterations(), change);
                }
                Wls cur = new Wls(x, y, v, tau2, true);
                double adj = method == Method.REML ? (cur.yPPy() - cur.trP(x)) / cur.trPP(x)
                        : (cur.yPPy() - cur.sumW) / cur.sumW2;
                if (Double.isNaN(adj)) {
                    adj = 0;
                }
                if (Double.isInfinite(adj)) {
                    // halving an infinite step never makes tau2 + adj >= 0: the loop below would not end
                    throw new NumericalRangeException("tau2", method + " (Fisher scoring, meta-regression): the scoring step "
                            + "overflows double precision at tau2 = " + tau2 + "; the sampling variances span too many orders of "
                            + "magnitude for this estimator (try DL, HE or PM)");
                }
                while (tau2 + adj < 0) {
                    adj /= 2;
                }
                double old = tau2;
                tau2 += adj;
                change = Math.abs(old - tau2);
            }
            tau2 = Math.max(0, tau2);
            Wls fin = new Wls(x, y, v, tau2, true);
            seTau2 = OptionalDouble.of(method == Method.REML ? Math.sqrt(2 / fin.trPP(x)) : Math.sqrt(2 / fin.sumW2));
        }
        Wls fit = tau2 == 0 ? fe : new Wls(x, y, v, tau2, true);
        TestType test = options.test();
        double scale = 1;
        if (test != TestType.Z) {
            scale = fit.rss <= Math.ulp(1.0) ? 0 : fit.rss / (k - p);
            if (test == TestType.ADHOC) {
                scale = Math.max(1, scale);
            }
            if (scale == 0) {
                throw InvalidStudyDataException.ofDataset("yi", "perfect fit: the Knapp-Hartung variance is 0 (use ADHOC)");
            }
        }
        double[][] vb = fit.aInv.scalarMultiply(scale).getData();
        double prob = 0.5 + options.level() / 200;
        double crit = test == TestType.Z ? Dist.qnorm(prob) : Dist.qt(prob, k - p);
        List<Coefficient> coefs = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(vb[j][j]);
            double z = fit.beta[j] / se;
            double pv = test == TestType.Z ? Dist.pnormTwoSided(z) : Dist.ptTwoSided(z, k - p);
            coefs.add(new Coefficient(coefNames[j], fit.beta[j], se, z, pv, fit.beta[j] - crit * se, fit.beta[j] + crit * se));
        }
        // omnibus test of the moderators (all coefficients but the intercept)
        int off = intercept ? 1 : 0;
        int mm = p - off;
        double qm = 0, qmp = 1;
        OptionalInt qmDf2 = OptionalInt.empty();
        if (mm > 0) {
            double[][] sub = new double[mm][mm];
            double[] bsub = new double[mm];
            for (int r = 0; r < mm; r++) {
                bsub[r] = fit.beta[r + off];
                for (int c = 0; c < mm; c++) {
                    sub[r][c] = vb[r + off][c + off];
                }
            }
            RealMatrix inv = new LUDecomposition(MatrixUtils.createRealMatrix(sub)).getSolver().getInverse();
            double[] t = inv.operate(bsub);
            for (int r = 0; r < mm; r++) {
                qm += bsub[r] * t[r];
            }
            if (test == TestType.Z) {
                qmp = Dist.pchisqUpper(qm, mm);
            } else {
                qm /= mm;
                qmDf2 = OptionalInt.of(k - p);
                qmp = Dist.pfUpper(qm, mm, k - p);
            }
        }
        // residual heterogeneity (FE weights)
        double qe = Math.max(0, fe.rss);
        double qep = Dist.pchisqUpper(qe, k - p);
        double vt = (k - p) / fe.trP(x);
        double i2, h2;
        if (method.isFixed()) {
            i2 = qe > 0 ? Math.max(0, 100 * (qe - (k - p)) / qe) : 0;
            h2 = qe / (k - p);
        } else {
            i2 = 100 * tau2 / (vt + tau2);
            h2 = tau2 / vt + 1;
        }
        // R² as metafor (r2def "1"): FE models: adjusted R² of the weighted least-squares fit;
        // random effects: proportional reduction of tau² vs the intercept-only model (0 if that tau² is 0)
        OptionalDouble r2 = OptionalDouble.empty();
        if (intercept && mm > 0) {
            if (method.isFixed()) {
                double q0 = new Wls(ones(k), y, v, 0, true).rss;
                r2 = OptionalDouble.of(q0 > 0 ? Math.max(0, 100 * (1 - (qe / q0) * (k - 1) / (k - p))) : 0);
            } else {
                double tau2Re = MetaAnalysis.fit(data, options.withTest(TestType.Z)).tau2();
                r2 = OptionalDouble.of(tau2Re > 0 ? 100 * Math.max(0, (tau2Re - tau2) / tau2Re) : 0);
            }
        }
        // fit statistics
        double sumLog = 0, sumLogV = 0;
        for (int i = 0; i < k; i++) {
            sumLog += Math.log(v[i] + tau2);
            sumLogV += Math.log(v[i]);
        }
        Wls ols = new Wls(x, y, v, 0, false);
        int parms = p + (method.isFixed() ? 0 : 1);
        double llMl = -0.5 * k * LOG_2PI - 0.5 * sumLog - 0.5 * fit.rss;
        double llReml = -0.5 * (k - p) * LOG_2PI + 0.5 * ols.logDetA - 0.5 * sumLog - 0.5 * fit.logDetA - 0.5 * fit.rss;
        double devMl = -2 * (llMl - (-0.5 * k * LOG_2PI - 0.5 * sumLogV));
        Optional<FitStatistics> fitMl = stats(llMl, devMl, parms, k);
        Optional<FitStatistics> fitReml = stats(llReml, -2 * llReml, parms, k - p);
        return new MetaRegressionResult(options, k, coefs, vb, qm, mm, qmDf2, qmp, tau2, seTau2, i2, h2, r2, qe, k - p,
                qep, iterations, scale, fitMl, fitReml, intercept);
    }

    private static double[][] ones(int k) {
        double[][] o = new double[k][1];
        for (double[] r : o) {
            r[0] = 1;
        }
        return o;
    }

    private static Optional<FitStatistics> stats(double ll, double dev, int parms, int n) {
        double mx = Math.max(n, parms + 2);
        FitStatistics f = new FitStatistics(ll, dev, -2 * ll + 2 * parms, -2 * ll + parms * Math.log(n),
                -2 * ll + 2 * parms * mx / (mx - parms - 1));
        boolean ok = Double.isFinite(f.logLik()) && Double.isFinite(f.deviance()) && Double.isFinite(f.aic())
                && Double.isFinite(f.bic()) && Double.isFinite(f.aicc());
        return ok ? Optional.of(f) : Optional.empty();
    }

    /**
     * Treatment-coded dummy columns for a categorical moderator (R's {@code factor()} coding: levels
     * sorted, the first is the reference and gets no column). Column names are {@code prefix + level}.
     */
    public static Dummies dummies(String[] values, String prefix) {
        java.util.TreeSet<String> levels = new java.util.TreeSet<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new InvalidStudyDataException(i, null, prefix, "missing category");
            }
            levels.add(values[i]);
        }
        List<String> lv = new ArrayList<>(levels);
        double[][] cols = new double[values.length][lv.size() - 1];
        String[] names = new String[lv.size() - 1];
        for (int j = 1; j < lv.size(); j++) {
            names[j - 1] = prefix + lv.get(j);
        }
        for (int i = 0; i < values.length; i++) {
            int idx = lv.indexOf(values[i]);
            if (idx > 0) {
                cols[i][idx - 1] = 1;
            }
        }
        return new Dummies(List.copyOf(lv), names, cols);
    }

    /** Dummy coding of a categorical moderator: levels (first = reference), column names and k×(L-1) values. */
    public record Dummies(List<String> levels, String[] names, double[][] columns) {
    }
}
