package org.htaworkbench.guidelines;

/**
 * A key study of the evidence base, as placed on the evidence timeline.
 *
 * @param year publication year as the evidence base gives it (null if unknown)
 * @param design the model's StudyDesign literal
 * @param designRank 0 for randomised trials, 1 for meta-analyses of randomised trials, 2 for other reviews, 3 for the rest
 */
public record KeyStudy(String id, String label, Integer year, String design, String designText, String trialName,
        Integer studyNumber, int designRank) {

    /** e.g. {@code Møller 2024 (DanGer Shock; randomised controlled trial)}. */
    public String describe() {
        StringBuilder b = new StringBuilder(label);
        String d = designLabel();
        String t = trialName != null && !trialName.isBlank() ? trialName : null;
        if (t != null || d != null) {
            b.append(" (");
            if (t != null) {
                b.append(t).append(d != null ? "; " : "");
            }
            if (d != null) {
                b.append(d);
            }
            b.append(")");
        }
        return b.toString();
    }

    public String designLabel() {
        if (design == null || design.equals("NOT_REPORTED") || design.equals("OTHER")) {
            return null;
        }
        return switch (design) {
            case "RANDOMISED_CONTROLLED_TRIAL" -> "randomised controlled trial";
            case "RCT_SECONDARY_ANALYSIS" -> "secondary analysis of a randomised controlled trial";
            case "IPD_META_ANALYSIS" -> "individual patient data meta-analysis";
            case "SYSTEMATIC_REVIEW_META_ANALYSIS" -> "systematic review and meta-analysis";
            case "NETWORK_META_ANALYSIS" -> "network meta-analysis";
            case "PROPENSITY_MATCHED_ANALYSIS" -> "propensity-matched analysis";
            default -> design.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
