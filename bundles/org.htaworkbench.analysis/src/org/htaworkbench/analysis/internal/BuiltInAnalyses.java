package org.htaworkbench.analysis.internal;

import java.util.List;

import org.htaworkbench.analysis.AnalysisTypeDescriptor;

/**
 * The built-in analysis types as descriptors, for use without an extension registry (plain Java, unit tests).
 * Under OSGi they come from this bundle's plugin.xml like any contribution; keep the two in step.
 */
public final class BuiltInAnalyses {

    public static final String BUNDLE = "org.htaworkbench.analysis";

    private BuiltInAnalyses() {
    }

    public static List<AnalysisTypeDescriptor> descriptors() {
        return List.of(
                new AnalysisTypeDescriptor(PairwiseCountsAnalysis.ID, "Pairwise meta-analysis of 2x2 counts",
                        "Arm counts (events/total) of two arms per study: RR, OR, RD, Peto OR", BUNDLE,
                        new PairwiseCountsAnalysis()),
                new AnalysisTypeDescriptor(GenericEstimateAnalysis.ID, "Generic inverse-variance of reported estimates",
                        "Reported RR/OR/HR (log scale) or MD/SMD/RD with their CI", BUNDLE, new GenericEstimateAnalysis()),
                new AnalysisTypeDescriptor(ProportionAnalysis.ID, "Meta-analysis of proportions",
                        "Single-arm events/total: PLO, PR, PAS, PFT", BUNDLE, new ProportionAnalysis()),
                new AnalysisTypeDescriptor(MeansAnalysis.ID, "Two-group meta-analysis of means",
                        "Group means with standard deviations and group sizes of two arms per study: MD, SMD", BUNDLE,
                        new MeansAnalysis()));
    }
}
