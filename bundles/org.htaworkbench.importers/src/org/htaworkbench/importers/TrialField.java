package org.htaworkbench.importers;

/**
 * The normalised fields of a trial registration (ClinicalTrials.gov and other registries). Dates stay as partial as
 * the registry gave them ({@code 2021-03}).
 *
 * @since 0.1
 */
public enum TrialField implements FieldKey {
    /** Registry identifier, e.g. NCT01234567. */
    REGISTRY_ID,
    BRIEF_TITLE,
    OFFICIAL_TITLE,
    ACRONYM,
    /** Overall recruitment status, e.g. RECRUITING. */
    STATUS,
    START_DATE,
    PRIMARY_COMPLETION_DATE,
    COMPLETION_DATE,
    /** Study type and design, e.g. {@code INTERVENTIONAL; RANDOMIZED; PARALLEL}. */
    DESIGN,
    /** Enrolment count. */
    ENROLLMENT,
    /** ACTUAL or ESTIMATED. */
    ENROLLMENT_TYPE,
    CONDITION,
    /** One value per intervention: {@code DEVICE: Impella CP}. */
    INTERVENTION,
    SPONSOR,
    /** Countries of the locations. */
    COUNTRY;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
