package org.htaworkbench.guidelines;

/**
 * A grade as published, kept verbatim beside its mapping.
 *
 * @param dimension {@link Grade#CLASS} or {@link Grade#LEVEL}
 * @param text the grade as printed (e.g. {@code 2a}, {@code No benefit (moderate)}); null when none is printed
 * @param description the published meaning printed with it, if any
 * @param basis null when the text is printed as a grade in the evidence base; otherwise how the grade was encoded
 *        from the published wording (e.g. MSAC's summary prints no grade)
 */
public record PublishedGrade(String dimension, String text, String description, String basis) {

    public boolean isPrinted() {
        return basis == null;
    }

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }
}
