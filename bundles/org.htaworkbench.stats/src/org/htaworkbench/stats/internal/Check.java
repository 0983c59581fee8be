package org.htaworkbench.stats.internal;

import org.htaworkbench.stats.InvalidStudyDataException;

/** Input validation helpers that raise {@link InvalidStudyDataException} naming study and field. */
public final class Check {
    private Check() {
    }

    public static String[] labels(String[] labels, int k) {
        if (labels == null) {
            String[] l = new String[k];
            for (int i = 0; i < k; i++) {
                l[i] = Integer.toString(i + 1);
            }
            return l;
        }
        if (labels.length != k) {
            throw InvalidStudyDataException.ofDataset("labels", "expected " + k + " labels, got " + labels.length);
        }
        return labels.clone();
    }

    public static int sameLength(String[] names, double[]... arrays) {
        int k = -1;
        for (int j = 0; j < arrays.length; j++) {
            if (arrays[j] == null) {
                throw InvalidStudyDataException.ofDataset(names[j], "missing column");
            }
            if (k < 0) {
                k = arrays[j].length;
            } else if (arrays[j].length != k) {
                throw InvalidStudyDataException.ofDataset(names[j],
                        "has " + arrays[j].length + " values, " + names[0] + " has " + k);
            }
        }
        if (k == 0) {
            throw InvalidStudyDataException.ofDataset("k", "no studies (k = 0)");
        }
        return k;
    }

    public static void finite(double x, int i, String[] labels, String field) {
        if (!Double.isFinite(x)) {
            throw new InvalidStudyDataException(i, labels[i], field, "value is " + x + " (must be a finite number)");
        }
    }

    public static void nonNegative(double x, int i, String[] labels, String field) {
        finite(x, i, labels, field);
        if (x < 0) {
            throw new InvalidStudyDataException(i, labels[i], field, "value " + x + " is negative");
        }
    }

    public static void positive(double x, int i, String[] labels, String field) {
        finite(x, i, labels, field);
        if (!(x > 0)) {
            throw new InvalidStudyDataException(i, labels[i], field, "value " + x + " must be > 0");
        }
    }

    /** Validates a computed effect size / variance pair before it enters a model. */
    public static void effect(double yi, double vi, int i, String[] labels) {
        finite(yi, i, labels, "yi");
        finite(vi, i, labels, "vi");
        if (!(vi > 0)) {
            throw new InvalidStudyDataException(i, labels[i], "vi", "sampling variance " + vi + " must be > 0");
        }
    }
}
