package org.htaworkbench.ui.internal.editors.study;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.query.EvidenceSummary;

/**
 * Identifies the study a {@link StudyEditor} edits: the study object itself, so opening a study that is already open
 * brings its editor to the front instead of opening a second one. Not persisted: a study lives in the open evidence
 * base, which the workbench does not reopen by itself.
 */
public final class StudyEditorInput implements IEditorInput {

    private final Study study;

    public StudyEditorInput(Study study) {
        this.study = Objects.requireNonNull(study, "study");
    }

    public Study getStudy() {
        return study;
    }

    @Override
    public boolean exists() {
        // not offered in the recently-opened list: the study may belong to an evidence base that is no longer open
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(StudyEditorInput.class, "icons/explorer16.png")
                .orElse(ImageDescriptor.getMissingImageDescriptor());
    }

    @Override
    public String getName() {
        return EvidenceSummary.label(study);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return EvidenceSummary.label(study) + (study.getId() == null ? "" : " (" + study.getId() + ")");
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(study) ? adapter.cast(study) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StudyEditorInput input && input.study == study;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(study);
    }
}
