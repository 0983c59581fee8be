package org.htaworkbench.analysis;

import java.util.List;

import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.Result;
import org.htaworkbench.stats.Measure;

/**
 * A kind of analysis (pairwise meta-analysis of 2x2 counts, generic inverse-variance of reported estimates,
 * proportions, ...), contributed to the extension point {@value AnalysisRegistry#EXTENSION_POINT}. An
 * {@link AnalysisDefinition} names its type by id; {@link Analyses#run} selects the results, asks the type to turn
 * them into engine input ({@link #prepare}) and then to analyse it ({@link #analyse}).
 * <p>
 * Implementations need a public no-argument constructor and must be stateless (one instance serves all runs).
 * Implemented by clients; methods added in later versions come with a default implementation
 * (docs/api-policy.md).
 *
 * @since 0.1
 */
public interface AnalysisType {

    /** Measures the type offers, the first being the default when a definition names none. */
    List<Measure> measures();

    /** The measure used when a definition names none: by default the first of {@link #measures()}. */
    default Measure defaultMeasure(AnalysisInput input) {
        return measures().get(0);
    }

    /** Whether the result can be analysed by this type (used to pick an outcome's results when none are selected). */
    boolean accepts(Result result);

    /**
     * Model to engine input: one row per study, in metafor column names. {@code results} are the selected results in
     * order (all accepted). Throw {@link AnalysisException} naming the result id for a result without usable numbers.
     *
     * @param definition the definition being run (for type-specific options)
     */
    AnalysisInput prepare(AnalysisDefinition definition, List<Result> results);

    /** Runs the analysis. The default runs the engine through {@link MetaAnalysisRunner}. */
    default MetaReport analyse(AnalysisInput input, MetaSettings settings) {
        return MetaAnalysisRunner.run(input, settings);
    }
}
