package org.htaworkbench.charts;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceProcess;
import org.htaworkbench.model.FlowCount;
import org.htaworkbench.model.FlowStage;
import org.htaworkbench.model.ReportedValue;

/**
 * PRISMA 2020 flow diagram (new systematic reviews, databases and registers) from the evidence base's
 * {@link EvidenceProcess#getSelectionFlow() selection flow}. Stages the model has no count for (or no stage for at
 * all, e.g. "reports sought for retrieval") read "not reported": nothing is inferred or back-calculated.
 */
public final class PrismaDiagrams {
    private PrismaDiagrams() {
    }

    public static PrismaSpec of(EvidenceProcess process, String title) {
        List<FlowCount> flow = process == null ? List.of() : process.getSelectionFlow();
        List<PrismaSpec.Box> boxes = new ArrayList<>();
        // identification
        List<PrismaSpec.Entry> ident = new ArrayList<>();
        List<PrismaSpec.Entry> perDb = new ArrayList<>();
        Double dbTotal = null;
        boolean dbMissing = false;
        List<PrismaSpec.Entry> otherSources = new ArrayList<>();
        for (FlowCount f : flow) {
            if (f.getStage() != FlowStage.RECORDS_IDENTIFIED) {
                continue;
            }
            Double n = count(f.getCount());
            DatabaseSearch db = f.getDatabaseSearch();
            if (db != null) {
                String name = db.getDatabaseAbbreviation() != null ? db.getDatabaseAbbreviation() : db.getDatabase();
                perDb.add(new PrismaSpec.Entry(name, n, true));
                if (n == null) {
                    dbMissing = true;
                } else {
                    dbTotal = (dbTotal == null ? 0 : dbTotal) + n;
                }
            } else {
                otherSources.add(new PrismaSpec.Entry(f.getLabel() == null ? "Other sources" : f.getLabel(), n, true));
            }
        }
        ident.add(new PrismaSpec.Entry("Databases", dbMissing ? null : dbTotal, false));
        ident.addAll(perDb);
        ident.add(new PrismaSpec.Entry("Registers", sum(flow, FlowStage.OTHER, "register"), false));
        ident.addAll(otherSources);
        boxes.add(new PrismaSpec.Box("identified", 0, 0, "Records identified from:", ident, false));
        boxes.add(new PrismaSpec.Box("removed", 0, 1, "Records removed before screening:",
                List.of(new PrismaSpec.Entry("Duplicate records removed", sum(flow, FlowStage.DUPLICATES_REMOVED, null),
                        false),
                        new PrismaSpec.Entry("Records marked as ineligible by automation tools", null, false),
                        new PrismaSpec.Entry("Records removed for other reasons", null, false)),
                false));
        boxes.add(single("screened", 1, 0, "Records screened", sum(flow, FlowStage.RECORDS_SCREENED, null)));
        boxes.add(single("excluded", 1, 1, "Records excluded", sum(flow, FlowStage.RECORDS_EXCLUDED, null)));
        boxes.add(single("sought", 2, 0, "Reports sought for retrieval", null));
        boxes.add(single("notRetrieved", 2, 1, "Reports not retrieved", null));
        boxes.add(single("assessed", 3, 0, "Reports assessed for eligibility",
                sum(flow, FlowStage.FULL_TEXT_ASSESSED, null)));
        List<PrismaSpec.Entry> excl = new ArrayList<>();
        excl.add(new PrismaSpec.Entry("Reports excluded", sum(flow, FlowStage.FULL_TEXT_EXCLUDED, null), false));
        for (FlowCount f : flow) {
            if (f.getStage() == FlowStage.FULL_TEXT_EXCLUDED && f.getLabel() != null) {
                excl.add(new PrismaSpec.Entry(f.getLabel(), count(f.getCount()), true));
            }
        }
        boxes.add(new PrismaSpec.Box("reportsExcluded", 3, 1, null, excl, false));
        boxes.add(new PrismaSpec.Box("included", 4, 0, null,
                List.of(new PrismaSpec.Entry("Studies included in review", sum(flow, FlowStage.KEY_EVIDENCE_INCLUDED,
                        null), false), new PrismaSpec.Entry("Reports of included studies", null, false)),
                false));
        List<PrismaSpec.Entry> other = new ArrayList<>();
        for (FlowCount f : flow) {
            if (f.getStage() == FlowStage.OTHER_RELEVANT_LISTED || f.getStage() == FlowStage.CASE_REPORTS_LISTED) {
                other.add(new PrismaSpec.Entry(f.getLabel() != null ? f.getLabel() : f.getStage().getLiteral(),
                        count(f.getCount()), f.getStage() == FlowStage.CASE_REPORTS_LISTED));
            }
        }
        if (!other.isEmpty()) {
            boxes.add(new PrismaSpec.Box("otherListed", 4, 1, "Also listed (not in the PRISMA template):", other,
                    true));
        }
        List<PrismaSpec.Arrow> arrows = List.of(new PrismaSpec.Arrow("identified", "removed"),
                new PrismaSpec.Arrow("identified", "screened"), new PrismaSpec.Arrow("screened", "excluded"),
                new PrismaSpec.Arrow("screened", "sought"), new PrismaSpec.Arrow("sought", "notRetrieved"),
                new PrismaSpec.Arrow("sought", "assessed"), new PrismaSpec.Arrow("assessed", "reportsExcluded"),
                new PrismaSpec.Arrow("assessed", "included"));
        List<PrismaSpec.Phase> phases = List.of(new PrismaSpec.Phase("Identification", 0, 0),
                new PrismaSpec.Phase("Screening", 1, 3), new PrismaSpec.Phase("Included", 4, 4));
        return new PrismaSpec(title == null ? "PRISMA 2020 flow diagram" : title, boxes, arrows, phases);
    }

    private static PrismaSpec.Box single(String id, int row, int col, String label, Double n) {
        return new PrismaSpec.Box(id, row, col, null, List.of(new PrismaSpec.Entry(label, n, false)), false);
    }

    /**
     * Sum of the reported counts of a stage (for OTHER only counts whose label contains {@code labelPart});
     * null when there is none or any of them is not reported.
     */
    private static Double sum(List<FlowCount> flow, FlowStage stage, String labelPart) {
        Double s = null;
        for (FlowCount f : flow) {
            if (f.getStage() != stage) {
                continue;
            }
            if (labelPart != null && (f.getLabel() == null || !f.getLabel().toLowerCase().contains(labelPart))) {
                continue;
            }
            Double n = count(f.getCount());
            if (n == null) {
                return null;
            }
            s = (s == null ? 0 : s) + n;
        }
        return s;
    }

    private static Double count(ReportedValue v) {
        return v == null || !v.isReported() || v.getValue() == null ? null : v.getValue();
    }
}
