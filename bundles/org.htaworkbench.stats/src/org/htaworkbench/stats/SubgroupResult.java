package org.htaworkbench.stats;

import java.util.Map;

/**
 * Subgroup analysis with a separate tau² per subgroup.
 *
 * @param groups    the model fitted within each subgroup, by level (levels sorted as R sorts factor levels)
 * @param qBetween  Q of a common-effect meta-analysis of the subgroup estimates with their standard errors
 * @param dfBetween number of subgroups - 1
 * @param pBetween  chi-square p-value of qBetween
 */
public record SubgroupResult(Map<String, RmaResult> groups, double qBetween, int dfBetween, double pBetween) {
    public SubgroupResult {
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
    }
}
