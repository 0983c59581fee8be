package org.htaworkbench.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Study-level effect sizes on the model scale (metafor's {@code escalc} output), ready for a model fit.
 * Arrays are defensive copies; studies dropped at computation time (double-zero studies with
 * {@code drop00}) are not in the arrays but listed in {@link #droppedLabels()}.
 *
 * @param measure       the measure
 * @param yi            effect sizes
 * @param vi            sampling variances (all finite and &gt; 0)
 * @param labels        study labels (never null; defaults "1", "2", ...)
 * @param sourceIndex   0-based index of each study in the caller's input arrays
 * @param ni            total sample size per study where the measure has one (used by the PFT inversion), else null
 * @param droppedLabels labels of input studies that were dropped
 */
public record EffectSizeData(Measure measure, double[] yi, double[] vi, String[] labels, int[] sourceIndex,
        double[] ni, List<String> droppedLabels) {

    public EffectSizeData {
        yi = yi.clone();
        vi = vi.clone();
        labels = labels.clone();
        sourceIndex = sourceIndex.clone();
        ni = ni == null ? null : ni.clone();
        droppedLabels = List.copyOf(droppedLabels);
        if (yi.length != vi.length || yi.length != labels.length || yi.length != sourceIndex.length
                || (ni != null && ni.length != yi.length)) {
            throw new IllegalArgumentException("array lengths differ");
        }
    }

    /** Number of studies. */
    public int k() {
        return yi.length;
    }

    @Override
    public double[] yi() {
        return yi.clone();
    }

    @Override
    public double[] vi() {
        return vi.clone();
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }

    @Override
    public int[] sourceIndex() {
        return sourceIndex.clone();
    }

    @Override
    public double[] ni() {
        return ni == null ? null : ni.clone();
    }

    /** Standard errors sqrt(vi). */
    public double[] sei() {
        double[] s = new double[vi.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.sqrt(vi[i]);
        }
        return s;
    }

    /** Harmonic mean of the ni (for {@link BackTransform#ipftHarmonicMean}); requires ni. */
    public double harmonicMeanN() {
        if (ni == null) {
            throw new UnsupportedCombinationException("measure " + measure + " has no per-study sample sizes");
        }
        double s = 0;
        for (double n : ni) {
            s += 1 / n;
        }
        return ni.length / s;
    }

    /** The subset of studies at the given positions (0-based positions in this object). */
    public EffectSizeData subset(int[] positions) {
        double[] y = new double[positions.length];
        double[] v = new double[positions.length];
        String[] l = new String[positions.length];
        int[] s = new int[positions.length];
        double[] n = ni == null ? null : new double[positions.length];
        for (int j = 0; j < positions.length; j++) {
            int p = positions[j];
            y[j] = yi[p];
            v[j] = vi[p];
            l[j] = labels[p];
            s[j] = sourceIndex[p];
            if (n != null) {
                n[j] = ni[p];
            }
        }
        return new EffectSizeData(measure, y, v, l, s, n, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EffectSizeData e && measure == e.measure && Arrays.equals(yi, e.yi)
                && Arrays.equals(vi, e.vi) && Arrays.equals(labels, e.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(yi) + Arrays.hashCode(vi);
    }

    @Override
    public String toString() {
        return "EffectSizeData[" + measure + ", k=" + yi.length + "]";
    }
}
