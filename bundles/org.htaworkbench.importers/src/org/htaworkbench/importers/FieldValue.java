package org.htaworkbench.importers;

/**
 * One value as read: the source's own tag (RIS {@code T1}, MEDLINE {@code TI}, an XML element, a CSV column), the
 * text and where it stood.
 *
 * @since 0.1
 */
public record FieldValue(String tag, String value, Position position) {
}
