package org.htaworkbench.ui.internal.editors.analysis;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.htaworkbench.model.AnalysisDefinition;

/**
 * An analysis definition of the open evidence base, as the input of an {@link AnalysisEditor}. Equal inputs are the
 * same definition object, so opening a definition twice brings its editor to the front.
 */
public final class AnalysisEditorInput implements IEditorInput {

    private final AnalysisDefinition definition;

    public AnalysisEditorInput(AnalysisDefinition definition) {
        this.definition = definition;
    }

    public AnalysisDefinition definition() {
        return definition;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        String name = definition.getName();
        return name == null || name.isBlank() ? definition.getId() : name;
    }

    /** Not restored across sessions: the evidence base it belongs to may not be the one opened next time. */
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Analysis " + getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(definition) ? adapter.cast(definition) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisEditorInput other && other.definition == definition;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(definition);
    }
}
