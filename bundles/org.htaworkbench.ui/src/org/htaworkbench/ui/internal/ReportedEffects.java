package org.htaworkbench.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reported ratio estimates (HR, OR, RR with 95% CI) for mortality from the seed document, held in a
 * Tablesaw table. UI-free so that the chart content can be tested headless.
 */
public final class ReportedEffects {

    public static final String RESOURCE = "/data/reported-mortality-effects.csv";

    private final Table table;

    private ReportedEffects(Table table) {
        this.table = table;
        for (int row = 0; row < table.rowCount(); row++) {
            double lower = lower()[row];
            double estimate = estimates()[row];
            double upper = upper()[row];
            if (!(lower > 0 && lower <= estimate && estimate <= upper)) {
                throw new IllegalArgumentException(RESOURCE + ": row " + (row + 2)
                        + ": expected 0 < lower <= estimate <= upper for a ratio estimate, got "
                        + lower + ", " + estimate + ", " + upper);
            }
        }
    }

    public static ReportedEffects loadBundled() {
        try (InputStream in = ReportedEffects.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled data file " + RESOURCE);
            }
            return new ReportedEffects(Table.read().usingOptions(CsvReadOptions.builder(in).tableName(RESOURCE).build()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public Table table() {
        return table;
    }

    public int size() {
        return table.rowCount();
    }

    public String[] labels() {
        StringColumn study = table.stringColumn("study");
        StringColumn measure = table.stringColumn("measure");
        String[] labels = new String[table.rowCount()];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = study.get(row) + " · " + measure.get(row);
        }
        return labels;
    }

    public double[] estimates() {
        return doubles("estimate");
    }

    public double[] lower() {
        return doubles("lower");
    }

    public double[] upper() {
        return doubles("upper");
    }

    /** Text such as "0.74 (0.55 to 0.99)", the way the seed prints an estimate with its CI. */
    public String[] estimateTexts() {
        String[] texts = new String[size()];
        for (int row = 0; row < texts.length; row++) {
            texts[row] = String.format(java.util.Locale.ROOT, "%.2f (%.2f to %.2f)", estimates()[row], lower()[row], upper()[row]);
        }
        return texts;
    }

    private double[] doubles(String column) {
        return ((DoubleColumn) table.column(column)).asDoubleArray();
    }
}
