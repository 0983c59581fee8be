package org.htaworkbench.importers;

/**
 * The normalised fields of a bibliographic record, whatever the format called them. Values keep the text as read
 * (a DOI without its {@code https://doi.org/} prefix is the one exception: the prefix is not part of a DOI).
 *
 * @since 0.1
 */
public enum BibField implements FieldKey {
    /** Title of the item. */
    TITLE,
    /** One value per author, in order, as printed ({@code Møller, J.}; a group name for a collective author). */
    AUTHOR,
    /** Year of publication (four digits). */
    YEAR,
    /** Full date as given ({@code 2021 Mar 15}, {@code 2019 Spring}). */
    DATE,
    /** Journal or book title (full name when the format gives both). */
    JOURNAL,
    /** Abbreviated journal name. */
    JOURNAL_ABBREVIATION,
    VOLUME,
    ISSUE,
    /** Pages as printed: {@code 1382-93}, {@code e012345}. */
    PAGES,
    /** DOI without resolver prefix. */
    DOI,
    ABSTRACT,
    /** The database's own identifier (PMID, Embase accession, CENTRAL id, NCT id). */
    ACCESSION,
    /** PubMed identifier, when the format tells it apart from other accessions. */
    PMID,
    /** Keywords and subject headings, one per value. */
    KEYWORD,
    /** Publication type or RIS reference type. */
    TYPE,
    LANGUAGE,
    ISSN,
    URL,
    /** The database or provider named in the record. */
    DATABASE;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
