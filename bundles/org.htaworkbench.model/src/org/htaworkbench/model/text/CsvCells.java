package org.htaworkbench.model.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one rule for a cell of every CSV the workbench writes (Copy as CSV, Evidence Tables export, guideline comparison
 * export): neutralise spreadsheet formulas, then quote as RFC 4180 requires.
 *
 * <h2>Formulas (CSV injection)</h2>
 * Following the OWASP guidance on CSV injection, a cell that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return (or, after leading spaces, with one of the four characters or its full-width form
 * {@code ＝ ＋ － ＠}) is written with a leading apostrophe, so that a spreadsheet shows it as text instead of running
 * e.g. {@code =HYPERLINK(...)} from a study label.
 * <p>
 * One exception, deliberately narrower than OWASP's "prefix anything": a cell that is entirely a plain decimal number,
 * optionally signed and in scientific notation ({@code -0.25}, {@code +3}, {@code -1.2e-3}), is data that an analyst
 * exports to compute with, and a number cannot be a formula, so it stays unchanged. Anything else starting with a sign
 * is prefixed, including numbers with a unit, a percent sign or thousands separators ({@code -5%}, {@code -1,059}) and
 * text such as {@code -0.25 (-0.5 to 0.1)}: a spreadsheet would evaluate those as expressions.
 *
 * <h2>Quoting</h2>
 * A field is quoted when it holds a comma, a double quote, CR or LF (quotes doubled), and also when it begins or ends
 * with white space: many readers (univocity's default parser, {@code pandas} with {@code skipinitialspace}) trim
 * unquoted white space, and the spaces of a field are part of its value.
 */
public final class CsvCells {

    /** Signed decimal or scientific notation and nothing else; no unit, no percent sign, no grouping commas. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /**
     * The cell as it should be written before quoting: {@code cell} itself, or {@code "'" + cell} when a spreadsheet
     * would take it for a formula (see the class comment for the rule and its number exception). {@code null} gives
     * the empty string.
     *
     * @param cell the value to be written, as shown to the user
     * @return the value with formulas neutralised
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return looksLikeFormula(cell) ? "'" + cell : cell;
    }

    /**
     * One CSV field: {@link #neutralise neutralised}, then quoted when it holds a comma, quote, CR or LF or begins or
     * ends with white space (quotes doubled). {@code null} gives the empty field.
     *
     * @param cell the value to be written
     * @return the field as it appears between the commas
     */
    public static String field(String cell) {
        String s = neutralise(cell);
        if (needsQuotes(s)) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * One CSV record without its line end: every cell through {@link #field}, joined with commas.
     *
     * @param cells the values of the record, in column order
     * @return the record; the caller appends the line end of its format ({@code "\n"} or {@code "\r\n"})
     */
    public static String record(List<String> cells) {
        return cells.stream().map(CsvCells::field).collect(Collectors.joining(","));
    }

    private static boolean looksLikeFormula(String cell) {
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        // Leading spaces do not stop every spreadsheet from evaluating what follows, so look past them.
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == ' ') {
            i++;
        }
        if (i == cell.length() || !isFormulaStart(cell.charAt(i))) {
            return false;
        }
        return !PLAIN_NUMBER.matcher(cell.strip()).matches();
    }

    private static boolean isFormulaStart(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (isBlank(s.charAt(0)) || isBlank(s.charAt(s.length() - 1))) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
