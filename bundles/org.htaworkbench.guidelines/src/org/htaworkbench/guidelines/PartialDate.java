package org.htaworkbench.guidelines;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year or the month ("2021", "April 2024"). Comparisons at year precision cannot order two dates
 * in the same year unless both months are known.
 *
 * @param month 1-12, or 0 when only the year is known
 */
public record PartialDate(int year, int month) implements Comparable<PartialDate> {

    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\s+(\\d{4})\\b");

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0);
    }

    /** Parses "April 2024" or "17 November 2021" (day ignored); null when the text holds no month and year. */
    public static PartialDate parseMonthYear(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MONTH_YEAR.matcher(text);
        if (!m.find()) {
            return null;
        }
        return new PartialDate(Integer.parseInt(m.group(2)), Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue());
    }

    public boolean hasMonth() {
        return month > 0;
    }

    /**
     * Negative if this is certainly before {@code other}, positive if certainly after, 0 when the order cannot be told
     * (same year and a month missing, or same month).
     */
    public int orderAgainst(PartialDate other) {
        if (year != other.year) {
            return Integer.compare(year, other.year);
        }
        if (hasMonth() && other.hasMonth()) {
            return Integer.compare(month, other.month);
        }
        return 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
    }

    @Override
    public String toString() {
        return hasMonth() ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year : Integer.toString(year);
    }
}
