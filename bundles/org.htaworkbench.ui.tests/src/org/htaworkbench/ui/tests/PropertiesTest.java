package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.emf.ItemPropertySourceProvider;
import org.junit.jupiter.api.Test;

/** The Properties view's content for a study: EMF.Edit descriptors, edits as undoable commands. */
class PropertiesTest {

    private static Object idOf(IPropertySource source, String displayName) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName))
                .map(IPropertyDescriptor::getId).findFirst()
                .orElseThrow(() -> new AssertionError("no property '" + displayName + "' in "
                        + Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList()));
    }

    @Test
    void editingAStudyPropertyIsAnUndoableCommand() {
        WorkbenchSession session = WorkbenchSession.get();
        Study moller = session.evidenceBase().orElseThrow().getStudies().get(0);
        IPropertySource source = new ItemPropertySourceProvider(session.adapterFactory()).getPropertySource(moller);
        assertNotNull(source);
        Object funding = idOf(source, "Funding");
        String before = moller.getFunding() == null ? "" : moller.getFunding();
        assertEquals(before, source.getPropertyValue(funding));

        source.setPropertyValue(funding, "Funded in PropertiesTest");
        assertEquals("Funded in PropertiesTest", moller.getFunding());
        CommandStack stack = session.editingDomain().getCommandStack();
        assertTrue(stack.canUndo(), "the edit went through the command stack");
        stack.undo();
        assertEquals(before, moller.getFunding() == null ? "" : moller.getFunding());

        Object design = idOf(source, "Design");
        assertEquals(moller.getDesign().getLiteral(), source.getPropertyValue(design));
        source.setPropertyValue(design, StudyDesign.REGISTRY.getLiteral());
        assertEquals(StudyDesign.REGISTRY, moller.getDesign());
        stack.undo();
        assertEquals(StudyDesign.RANDOMISED_CONTROLLED_TRIAL, moller.getDesign());
    }
}
