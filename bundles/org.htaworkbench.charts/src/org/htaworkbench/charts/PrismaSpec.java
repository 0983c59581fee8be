package org.htaworkbench.charts;

import java.util.List;
import java.util.Optional;

/**
 * PRISMA 2020 flow diagram: boxes on a grid (rows top to bottom, column 0 = main flow, 1 = exclusions), arrows,
 * and phase bands (Identification, Screening, Included). Counts that the evidence base does not give are
 * {@code null} and shown as "not reported".
 */
public record PrismaSpec(String title, List<Box> boxes, List<Arrow> arrows, List<Phase> phases) implements ChartSpec {

    public static final String NOT_REPORTED = "not reported";

    /** A count line in a box; {@code count} null when not reported; {@code indent} for sub-items. */
    public record Entry(String label, Double count, boolean indent) {
        public String text() {
            return (indent ? "  " : "") + label + (count == null ? ": " + NOT_REPORTED
                    : " (n = " + org.htaworkbench.charts.internal.Fmt.count(count) + ")");
        }
    }

    /** @param dashed boxes outside the PRISMA template (extra information from the evidence base) */
    public record Box(String id, int row, int column, String heading, List<Entry> entries, boolean dashed) {
        public Box {
            entries = List.copyOf(entries);
        }

        public List<String> lines() {
            List<String> l = new java.util.ArrayList<>();
            if (heading != null && !heading.isEmpty()) {
                l.add(heading);
            }
            entries.forEach(e -> l.add(e.text()));
            return l;
        }
    }

    public record Arrow(String from, String to) {
    }

    public record Phase(String label, int firstRow, int lastRow) {
    }

    public PrismaSpec {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
        phases = List.copyOf(phases);
    }

    public Optional<Box> box(String id) {
        return boxes.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public int rowCount() {
        return boxes.stream().mapToInt(Box::row).max().orElse(-1) + 1;
    }

    @Override
    public int preferredWidth() {
        return 900;
    }

    @Override
    public int preferredHeight() {
        return 700;
    }
}
