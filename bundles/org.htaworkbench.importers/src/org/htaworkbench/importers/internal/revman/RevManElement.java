package org.htaworkbench.importers.internal.revman;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of the two parts of a RevMan file the import reads (the included studies and the analyses), with its
 * attributes, its line and its children; text is kept only where the mapping reads it (names, labels, reference
 * fields, footnotes), not for the review's prose.
 */
final class RevManElement {

    private final String name;
    private final int line;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<RevManElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    RevManElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    void attribute(String key, String value) {
        attributes.put(key, value);
    }

    /** The attribute's value, or null when the element has none. */
    String attribute(String key) {
        return attributes.get(key);
    }

    Map<String, String> attributes() {
        return attributes;
    }

    void add(RevManElement child) {
        children.add(child);
    }

    List<RevManElement> children() {
        return children;
    }

    List<RevManElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The first child of that name, or null. */
    RevManElement child(String childName) {
        for (RevManElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The text of the first child of that name, whitespace collapsed, or "" when there is none. */
    String childText(String childName) {
        RevManElement c = child(childName);
        return c == null ? "" : c.text();
    }

    void appendText(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    /** The element's text and its descendants', whitespace collapsed. */
    String text() {
        StringBuilder all = new StringBuilder();
        collect(all);
        return all.toString().replaceAll("\\s+", " ").strip();
    }

    private void collect(StringBuilder all) {
        all.append(text).append(children.isEmpty() ? "" : " ");
        for (RevManElement c : children) {
            c.collect(all);
        }
    }
}
