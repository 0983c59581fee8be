package org.htaworkbench.importers.internal.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One element of the article being read, with its attributes, text and child elements in document order. The file
 * is streamed, but one article at a time is held as this small tree so that the mapping can look values up by their
 * place ({@code MedlineCitation/Article/Journal/Title}) instead of tracking parser state.
 */
final class XmlElement {

    /** The inline markup PubMed allows inside titles, abstracts and keywords (besides MathML, named {@code mml:*}). */
    private static final Set<String> INLINE = Set.of("i", "b", "u", "sup", "sub", "math");

    private static final XmlElement ABSENT = new XmlElement(null, "", 0);

    /** An attribute as read. */
    record Attribute(String name, String value) {
    }

    private final XmlElement parent;
    private final String name;
    private final int line;
    private final int pathLength;
    private final List<Attribute> attributes = new ArrayList<>(0);
    /** Text runs (StringBuilder) and child elements, in document order. */
    private final List<Object> content = new ArrayList<>(2);

    private XmlElement(XmlElement parent, String name, int line) {
        this.parent = parent;
        this.name = name;
        this.line = line;
        this.pathLength = parent == null ? name.length() : parent.pathLength + 1 + name.length();
    }

    /** The article element itself: paths start with its name. */
    static XmlElement root(String name, int line) {
        return new XmlElement(null, name, line);
    }

    XmlElement addChild(String childName, int childLine) {
        XmlElement child = new XmlElement(this, childName, childLine);
        content.add(child);
        return child;
    }

    void addAttribute(String attributeName, String value) {
        attributes.add(new Attribute(attributeName, value));
    }

    void appendText(char[] chars, int start, int length) {
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof StringBuilder run) {
            run.append(chars, start, length);
        } else {
            content.add(new StringBuilder(length).append(chars, start, length));
        }
    }

    XmlElement parent() {
        return parent;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    /** Length of {@link #path()}, known without building it (the reader budgets the memory paths take). */
    int pathLength() {
        return pathLength;
    }

    /** False for the stand-in that {@link #child} returns when there is no such element. */
    boolean exists() {
        return this != ABSENT;
    }

    /** {@code PubmedArticle/MedlineCitation/Article/ArticleTitle}. */
    String path() {
        if (parent == null) {
            return name;
        }
        StringBuilder s = new StringBuilder(pathLength);
        appendPath(s);
        return s.toString();
    }

    private void appendPath(StringBuilder s) {
        if (parent != null) {
            parent.appendPath(s);
            s.append('/');
        }
        s.append(name);
    }

    List<Attribute> attributes() {
        return attributes;
    }

    /** The attribute's value, or "" when the element does not have it. */
    String attribute(String attributeName) {
        for (Attribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return a.value();
            }
        }
        return "";
    }

    /** The first child element of that name, or an absent element (so that lookups chain without null checks). */
    XmlElement child(String childName) {
        for (Object o : content) {
            if (o instanceof XmlElement e && e.name.equals(childName)) {
                return e;
            }
        }
        return ABSENT;
    }

    /** Follows child names down: {@code at("Journal", "JournalIssue", "PubDate")}. */
    XmlElement at(String... names) {
        XmlElement e = this;
        for (String n : names) {
            e = e.child(n);
        }
        return e;
    }

    List<XmlElement> children(String childName) {
        List<XmlElement> list = new ArrayList<>();
        for (Object o : content) {
            if (o instanceof XmlElement e && e.name.equals(childName)) {
                list.add(e);
            }
        }
        return list;
    }

    List<XmlElement> children() {
        List<XmlElement> list = new ArrayList<>();
        for (Object o : content) {
            if (o instanceof XmlElement e) {
                list.add(e);
            }
        }
        return list;
    }

    boolean hasChildElements() {
        for (Object o : content) {
            if (o instanceof XmlElement) {
                return true;
            }
        }
        return false;
    }

    /** The text of the element and all its descendants as read, markup dropped. */
    String text() {
        StringBuilder s = new StringBuilder();
        appendText(s);
        return s.toString();
    }

    private void appendText(StringBuilder s) {
        for (Object o : content) {
            if (o instanceof XmlElement e) {
                e.appendText(s);
            } else {
                s.append((CharSequence) o);
            }
        }
    }

    /** The text, inline markup dropped, whitespace collapsed: {@code Impella<sup>®</sup> CP} is "Impella® CP". */
    String plainText() {
        return collapseWhitespace(text());
    }

    /** The element's own text runs, without its children's. */
    String ownText() {
        StringBuilder s = new StringBuilder();
        for (Object o : content) {
            if (o instanceof CharSequence run) {
                s.append(run);
            }
        }
        return s.toString();
    }

    /** Whether the element holds child elements and all of them (at any depth) are inline markup. */
    boolean isInlineText() {
        return hasChildElements() && isInlineContent();
    }

    private boolean isInlineContent() {
        for (Object o : content) {
            if (o instanceof XmlElement e && (!isInline(e.name) || !e.isInlineContent())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInline(String elementName) {
        return INLINE.contains(elementName) || elementName.startsWith("mml:");
    }

    /** The content as XML, inline tags and attributes kept, text escaped: the raw value of a marked-up title. */
    String innerXml() {
        StringBuilder s = new StringBuilder();
        appendInnerXml(s);
        return s.toString();
    }

    private void appendInnerXml(StringBuilder s) {
        for (Object o : content) {
            if (o instanceof XmlElement e) {
                s.append('<').append(e.name);
                for (Attribute a : e.attributes) {
                    s.append(' ').append(a.name()).append("=\"");
                    escape(a.value(), s, true);
                    s.append('"');
                }
                s.append('>');
                e.appendInnerXml(s);
                s.append("</").append(e.name).append('>');
            } else {
                escape((CharSequence) o, s, false);
            }
        }
    }

    private static void escape(CharSequence text, StringBuilder s, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append(attribute ? "&quot;" : "\"");
                default -> s.append(c);
            }
        }
    }

    static String collapseWhitespace(String text) {
        StringBuilder s = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !s.isEmpty();
            } else {
                if (space) {
                    s.append(' ');
                    space = false;
                }
                s.append(c);
            }
        }
        return s.toString();
    }
}
