package org.htaworkbench.stats;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Number needed to treat (benefit, NNTB) or harm (NNTH) from a risk difference RD = p(treatment) - p(control)
 * of an undesirable event, with Altman's (BMJ 1998) convention for the CI: when the RD interval excludes 0
 * the NNT limits are 1/|RD limits|; when it contains 0 the interval is "NNTB a to ∞ to NNTH b" with
 * a = 1/|RD lower| and b = 1/RD upper. Never returns an infinite value: unbounded parts are empty.
 *
 * @param riskDifference the RD point estimate
 * @param direction      BENEFIT (RD &lt; 0), HARM (RD &gt; 0) or NONE (RD = 0, NNT infinite)
 * @param nnt            1/|RD|, empty for RD = 0
 * @param ciLower        lower NNT limit when the RD CI excludes 0
 * @param ciUpper        upper NNT limit when the RD CI excludes 0
 * @param nntbLimit      when the RD CI contains 0: NNTB limit (empty if the RD lower limit is 0)
 * @param nnthLimit      when the RD CI contains 0: NNTH limit (empty if the RD upper limit is 0)
 */
public record NumberNeeded(double riskDifference, Direction direction, OptionalDouble nnt, OptionalDouble ciLower,
        OptionalDouble ciUpper, OptionalDouble nntbLimit, OptionalDouble nnthLimit) {

    public enum Direction { BENEFIT, HARM, NONE }

    /** From a pooled RD and its CI (e.g. {@link RmaResult} or {@link PooledResult} on measure RD). */
    public static NumberNeeded fromRiskDifference(double rd, double lower, double upper) {
        if (!Double.isFinite(rd) || !Double.isFinite(lower) || !Double.isFinite(upper) || !(lower <= rd && rd <= upper)) {
            throw InvalidStudyDataException.ofDataset("rd", "need finite lower <= rd <= upper, got " + lower + ", " + rd + ", " + upper);
        }
        if (Math.abs(rd) > 1 || Math.abs(lower) > 1 || Math.abs(upper) > 1) {
            throw InvalidStudyDataException.ofDataset("rd", "risk differences must lie in [-1, 1]");
        }
        Direction d = rd < 0 ? Direction.BENEFIT : rd > 0 ? Direction.HARM : Direction.NONE;
        OptionalDouble nnt = rd == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 / Math.abs(rd));
        boolean crosses = lower <= 0 && upper >= 0;
        if (!crosses) {
            double a = 1 / Math.abs(lower), b = 1 / Math.abs(upper);
            return new NumberNeeded(rd, d, nnt, OptionalDouble.of(Math.min(a, b)), OptionalDouble.of(Math.max(a, b)),
                    OptionalDouble.empty(), OptionalDouble.empty());
        }
        return new NumberNeeded(rd, d, nnt, OptionalDouble.empty(), OptionalDouble.empty(),
                lower < 0 ? OptionalDouble.of(1 / -lower) : OptionalDouble.empty(),
                upper > 0 ? OptionalDouble.of(1 / upper) : OptionalDouble.empty());
    }

    /** Altman-style text, e.g. "NNTB 10.0 (6.7 to 20.0)" or "NNTB 25.0 (NNTB 8.3 to ∞ to NNTH 50.0)". */
    public String display() {
        String head = switch (direction) {
            case BENEFIT -> String.format(Locale.ROOT, "NNTB %.1f", nnt.getAsDouble());
            case HARM -> String.format(Locale.ROOT, "NNTH %.1f", nnt.getAsDouble());
            case NONE -> "NNT ∞";
        };
        if (ciLower.isPresent()) {
            return head + String.format(Locale.ROOT, " (%.1f to %.1f)", ciLower.getAsDouble(), ciUpper.getAsDouble());
        }
        String b = nntbLimit.isPresent() ? String.format(Locale.ROOT, "NNTB %.1f", nntbLimit.getAsDouble()) : "NNTB ∞";
        String h = nnthLimit.isPresent() ? String.format(Locale.ROOT, "NNTH %.1f", nnthLimit.getAsDouble()) : "NNTH ∞";
        return head + " (" + b + " to ∞ to " + h + ")";
    }
}
