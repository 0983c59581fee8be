package org.htaworkbench.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Study;

/**
 * Review overlap (citation matrix) of an evidence base: which primary studies of the base are included in which
 * reviews, and the corrected covered area (Pieper et al. 2014, J Clin Epidemiol 67:368–375):
 * <pre>CCA = (N − r) / (r·c − r)</pre>
 * with N the number of ticks in the matrix (inclusions, counting repeats), r the number of rows (distinct primary
 * studies) and c the number of columns (reviews). Pieper's reading: 0–5% slight, 6–10% moderate, 11–15% high, over
 * 15% very high overlap.
 * <p>
 * Reviews are the studies of the base that link included studies ({@code Study.includedStudies}); primary studies
 * are the linked studies, in the base's order. A review that links none (its included studies are not in the base)
 * is not a column: the CCA is about the evidence this base holds.
 *
 * @param reviews        columns
 * @param primaryStudies rows
 * @param included       included[row][column]
 */
public record ReviewOverlap(List<Study> reviews, List<Study> primaryStudies, boolean[][] included) {

    public ReviewOverlap {
        reviews = List.copyOf(reviews);
        primaryStudies = List.copyOf(primaryStudies);
        boolean[][] copy = new boolean[included.length][];
        for (int i = 0; i < included.length; i++) {
            copy[i] = included[i].clone();
        }
        included = copy;
    }

    /** Builds the matrix for an evidence base. */
    public static ReviewOverlap of(EvidenceBase base) {
        List<Study> reviews = new ArrayList<>();
        Set<Study> primary = new LinkedHashSet<>();
        for (Study s : base.getStudies()) {
            if (!s.getIncludedStudies().isEmpty()) {
                reviews.add(s);
            }
        }
        // rows in the base's order of studies, then any linked study outside the list (should not happen)
        Set<Study> linked = new LinkedHashSet<>();
        for (Study r : reviews) {
            linked.addAll(r.getIncludedStudies());
        }
        for (Study s : base.getStudies()) {
            if (linked.contains(s)) {
                primary.add(s);
            }
        }
        primary.addAll(linked);
        List<Study> rows = new ArrayList<>(primary);
        boolean[][] m = new boolean[rows.size()][reviews.size()];
        for (int j = 0; j < reviews.size(); j++) {
            for (Study s : reviews.get(j).getIncludedStudies()) {
                m[rows.indexOf(s)][j] = true;
            }
        }
        return new ReviewOverlap(reviews, rows, m);
    }

    /** Whether the primary study (row) is included in the review (column). */
    public boolean isIncluded(int row, int column) {
        return included[row][column];
    }

    @Override
    public boolean[][] included() {
        boolean[][] copy = new boolean[included.length][];
        for (int i = 0; i < included.length; i++) {
            copy[i] = included[i].clone();
        }
        return copy;
    }

    /** N: the number of inclusions (ticks), repeats counted. */
    public int inclusions() {
        int n = 0;
        for (boolean[] row : included) {
            for (boolean b : row) {
                n += b ? 1 : 0;
            }
        }
        return n;
    }

    /** r: rows. */
    public int rows() {
        return primaryStudies.size();
    }

    /** c: columns. */
    public int columns() {
        return reviews.size();
    }

    /** The number of reviews that include the primary study in the given row. */
    public int reviewCount(int row) {
        int n = 0;
        for (boolean b : included[row]) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** CCA as a fraction in [0, 1]; NaN when undefined (fewer than 2 reviews or no primary study). */
    public double cca() {
        int r = rows();
        int c = columns();
        if (r == 0 || c < 2) {
            return Double.NaN;
        }
        return (double) (inclusions() - r) / (r * c - r);
    }

    /** Pieper's reading of the CCA: "slight", "moderate", "high", "very high", or "undefined". */
    public String interpretation() {
        double cca = cca();
        if (Double.isNaN(cca)) {
            return "undefined";
        }
        double pct = 100 * cca;
        // Pieper's bands are on whole percentages: 0–5, 6–10, 11–15, >15
        long rounded = Math.round(pct);
        if (rounded <= 5) {
            return "slight";
        }
        if (rounded <= 10) {
            return "moderate";
        }
        if (rounded <= 15) {
            return "high";
        }
        return "very high";
    }

    /** A plain-text table: one row per primary study, one column per review, "x" for an inclusion. */
    public String table() {
        StringBuilder b = new StringBuilder();
        List<String> heads = new ArrayList<>();
        for (Study r : reviews) {
            heads.add(label(r));
        }
        int w = 0;
        for (Study s : primaryStudies) {
            w = Math.max(w, label(s).length());
        }
        b.append(" ".repeat(w));
        for (String h : heads) {
            b.append(" | ").append(h);
        }
        b.append('\n');
        for (int i = 0; i < primaryStudies.size(); i++) {
            String l = label(primaryStudies.get(i));
            b.append(l).append(" ".repeat(w - l.length()));
            for (int j = 0; j < heads.size(); j++) {
                String cell = included[i][j] ? "x" : "";
                int hw = heads.get(j).length();
                b.append(" | ").append(cell).append(" ".repeat(Math.max(0, hw - cell.length())));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** One-line summary, e.g. "3 reviews, 2 primary studies, 3 inclusions: CCA = 25.0% (very high overlap)". */
    public String summary() {
        double cca = cca();
        return String.format(Locale.ROOT, "%d reviews, %d primary studies, %d inclusions: CCA = %s", columns(), rows(),
                inclusions(), Double.isNaN(cca) ? "undefined (needs at least 2 reviews)"
                        : String.format(Locale.ROOT, "(%d − %d)/(%d·%d − %d) = %.1f%% (%s overlap)", inclusions(), rows(),
                                rows(), columns(), rows(), 100 * cca, interpretation()));
    }

    private static String label(Study s) {
        return org.htaworkbench.validation.internal.Labels.study(s);
    }
}
