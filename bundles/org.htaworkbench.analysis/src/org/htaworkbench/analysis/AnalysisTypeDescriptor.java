package org.htaworkbench.analysis;

/**
 * A registered analysis type: id and name from the extension, the contributing bundle, and the instance.
 */
public record AnalysisTypeDescriptor(String id, String name, String description, String contributor,
        AnalysisType type) {
}
