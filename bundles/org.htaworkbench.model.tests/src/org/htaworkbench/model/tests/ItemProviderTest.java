package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.provider.EvidenceItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

class ItemProviderTest {

    private final EvidenceItemProviderAdapterFactory factory = new EvidenceItemProviderAdapterFactory();

    private String label(Object o) {
        IItemLabelProvider p = (IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class);
        assertNotNull(p, "no label provider for " + o);
        return p.getText(o);
    }

    @Test
    void labelsForTheMainClasses() {
        EvidenceBase base = SampleEvidence.create();
        Study moller = SampleEvidence.study(base, "moller2024");
        assertEquals("Evidence Base Sample evidence base", label(base));
        assertEquals("Study Møller J, 2024", label(moller));
        assertEquals("Arm Microaxial flow pump group", label(moller.getArms().get(0)));
        assertEquals("Arm Count Result Microaxial flow pump group: 45.8% (82/179)", label(moller.getResults().get(0)));
        assertEquals("Effect Estimate Result HR 0.74 (0.55 to 0.99) - Death from any cause at 180 days "
                + "(primary endpoint); intention-to-treat population", label(moller.getResults().get(2)));
        assertEquals("Outcome Definition Death from any cause at 180 days (primary endpoint); intention-to-treat "
                + "population", label(base.getOutcomes().get(0)));
        assertEquals("Search Strategy MEDLINE ALL search strategy",
                label(base.getEvidenceProcess().getSearchStrategies().get(0)));
        assertEquals("Search Line Shock, Cardiogenic/",
                label(base.getEvidenceProcess().getSearchStrategies().get(0).getLines().get(0)));
        assertEquals("Guideline Position Short-term MCS should be considered in patients with cardiogenic shock as a "
                + "BTR, BTD, BTB.", label(base.getExistingAssessments().get(0).getPositions().get(0)));
        assertEquals("Reported Value 0.74", label(
                ((org.htaworkbench.model.EffectEstimateResult) moller.getResults().get(2)).getEstimate()));
    }

    @Test
    void everyConcreteClassHasAnItemProviderWithLabelAndProperties() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (EClassifier c : EvidencePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass ec && !ec.isAbstract()) {
                EObject o = EcoreUtil.create(ec);
                Object label = factory.adapt(o, IItemLabelProvider.class);
                Object props = factory.adapt(o, IItemPropertySource.class);
                if (!(label instanceof IItemLabelProvider lp) || lp.getText(o) == null || props == null) {
                    missing.add(ec.getName());
                } else {
                    assertTrue(((IItemPropertySource) props).getPropertyDescriptors(o) != null);
                }
                checked++;
            }
        }
        assertTrue(checked >= 40, "expected the whole model, checked " + checked);
        assertEquals(List.of(), missing);
    }

    @Test
    void studyChildrenIncludeArmsAndResults() {
        EvidenceBase base = SampleEvidence.create();
        Study moller = SampleEvidence.study(base, "moller2024");
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(moller, ITreeItemContentProvider.class);
        var children = tree.getChildren(moller);
        assertTrue(children.containsAll(moller.getArms()), "arms missing from the tree");
        assertTrue(children.containsAll(moller.getResults()), "results missing from the tree");
    }
}
