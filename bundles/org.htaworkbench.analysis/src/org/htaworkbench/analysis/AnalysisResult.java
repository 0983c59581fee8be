package org.htaworkbench.analysis;

import java.util.List;

/**
 * Result of running an {@link org.htaworkbench.model.AnalysisDefinition} against its evidence base: what was
 * analysed (the definition's id and name, the analysis type, the engine input whose
 * {@link AnalysisInput#sources() sources} are the ids of the results each study row was built from) and the
 * {@link MetaReport}. UI-free: views and reports consume it; nothing is written back to the model.
 *
 * @param warnings non-fatal problems (unknown options, dropped studies, ...), including the report's own
 */
public record AnalysisResult(String definitionId, String name, AnalysisTypeDescriptor type, AnalysisInput input,
        MetaReport report, List<String> warnings) {

    public AnalysisResult {
        warnings = List.copyOf(warnings);
    }
}
