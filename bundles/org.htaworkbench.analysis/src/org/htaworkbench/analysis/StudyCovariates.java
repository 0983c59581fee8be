package org.htaworkbench.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;

/**
 * Study-level covariates that the built-in analysis types attach to every row of their {@link AnalysisInput}, so
 * that an analysis of the evidence model can be split into subgroups ({@code subgroupBy}) or regressed on a
 * moderator ({@code moderator}) without the analyst typing the values again.
 */
public final class StudyCovariates {

    /** Publication year of the study (numeric; empty when the study has none). */
    public static final String YEAR = "year";
    /** Study design literal, e.g. RANDOMISED_CONTROLLED_TRIAL. */
    public static final String DESIGN = "design";
    /**
     * The subgroup the row's results were reported for ({@link Result#getSubgroup()}, e.g. a RevMan subgroup);
     * empty when none. @since 0.2
     */
    public static final String SUBGROUP = "subgroup";

    /** The covariates offered, numeric ones (usable as meta-regression moderators) first. */
    public static final List<String> NAMES = List.of(YEAR, DESIGN, SUBGROUP);

    /** Covariates usable as meta-regression moderators. */
    public static final List<String> NUMERIC = List.of(YEAR);

    private StudyCovariates() {
    }

    /**
     * One value per row for each covariate of {@link #NAMES}, rows being the given results in order (their studies
     * give year and design, they themselves the subgroup). @since 0.2
     */
    public static Map<String, String[]> ofResults(List<? extends Result> rowResults) {
        Map<String, String[]> covariates = of(rowResults.stream().map(Result::getStudy).toList());
        String[] subgroup = new String[rowResults.size()];
        for (int i = 0; i < subgroup.length; i++) {
            String s = rowResults.get(i).getSubgroup();
            subgroup[i] = s == null ? "" : s;
        }
        covariates.put(SUBGROUP, subgroup);
        return covariates;
    }

    /** One value per row for year and design, rows being the given studies in order (the subgroup is empty). */
    public static Map<String, String[]> of(List<Study> rowStudies) {
        int k = rowStudies.size();
        String[] year = new String[k];
        String[] design = new String[k];
        for (int i = 0; i < k; i++) {
            Study s = rowStudies.get(i);
            year[i] = s == null || s.getYear() == null ? "" : s.getYear().toString();
            design[i] = s == null || s.getDesign() == null ? "" : s.getDesign().getLiteral();
        }
        Map<String, String[]> covariates = new LinkedHashMap<>();
        covariates.put(YEAR, year);
        covariates.put(DESIGN, design);
        String[] none = new String[k];
        java.util.Arrays.fill(none, "");
        covariates.put(SUBGROUP, none);
        return covariates;
    }
}
