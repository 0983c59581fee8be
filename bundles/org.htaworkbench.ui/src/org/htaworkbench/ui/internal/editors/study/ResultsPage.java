package org.htaworkbench.ui.internal.editors.study;

import static org.htaworkbench.model.EvidencePackage.Literals.ARM_COUNT_RESULT__EVENTS;
import static org.htaworkbench.model.EvidencePackage.Literals.ARM_COUNT_RESULT__INTERVAL;
import static org.htaworkbench.model.EvidencePackage.Literals.ARM_COUNT_RESULT__PERCENT;
import static org.htaworkbench.model.EvidencePackage.Literals.ARM_COUNT_RESULT__TOTAL;
import static org.htaworkbench.model.EvidencePackage.Literals.EFFECT_ESTIMATE_RESULT__ESTIMATE;
import static org.htaworkbench.model.EvidencePackage.Literals.EFFECT_ESTIMATE_RESULT__INTERVAL;
import static org.htaworkbench.model.EvidencePackage.Literals.EFFECT_ESTIMATE_RESULT__MEASURE;
import static org.htaworkbench.model.EvidencePackage.Literals.EFFECT_ESTIMATE_RESULT__PVALUE;
import static org.htaworkbench.model.EvidencePackage.Literals.GROUP_COMPARISON_RESULT__PVALUE;
import static org.htaworkbench.model.EvidencePackage.Literals.INTERVAL__LOWER;
import static org.htaworkbench.model.EvidencePackage.Literals.INTERVAL__UPPER;
import static org.htaworkbench.model.EvidencePackage.Literals.KAPLAN_MEIER_ESTIMATE__ESTIMATE;
import static org.htaworkbench.model.EvidencePackage.Literals.KAPLAN_MEIER_ESTIMATE__INTERVAL;
import static org.htaworkbench.model.EvidencePackage.Literals.POOLED_PROPORTION_RESULT__INTERVAL;
import static org.htaworkbench.model.EvidencePackage.Literals.POOLED_PROPORTION_RESULT__PROPORTION;
import static org.htaworkbench.model.EvidencePackage.Literals.RESULT__ANALYSIS_POPULATION;
import static org.htaworkbench.model.EvidencePackage.Literals.RESULT__TIME_POINT;
import static org.htaworkbench.model.EvidencePackage.Literals.SUMMARY_STATISTIC_RESULT__SPREAD;
import static org.htaworkbench.model.EvidencePackage.Literals.SUMMARY_STATISTIC_RESULT__VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.htaworkbench.ui.internal.TableCsv;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.GroupComparisonResult;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.PooledProportionResult;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.SummaryStatisticResult;
import org.htaworkbench.ui.internal.editors.study.ReportedValueCommands.NumberKind;

/**
 * Every result the study reports, one row each, with the numbers as printed. Numbers are edited in place; value,
 * printed text and qualifier change together (see {@link ReportedValueCommands}), so the Findings view and the
 * charts follow with findings that only the new number implies.
 */
public class ResultsPage extends StudyFormPage {

    public static final String ID = "results";

    public static final int COLUMN_OUTCOME = 0;
    public static final int COLUMN_ARM = 1;
    public static final int COLUMN_POPULATION = 2;
    public static final int COLUMN_TIME_POINT = 3;
    public static final int COLUMN_EVENTS = 4;
    public static final int COLUMN_TOTAL = 5;
    public static final int COLUMN_PERCENT = 6;
    public static final int COLUMN_MEASURE = 7;
    public static final int COLUMN_ESTIMATE = 8;
    public static final int COLUMN_LOWER = 9;
    public static final int COLUMN_UPPER = 10;
    public static final int COLUMN_P = 11;
    public static final int COLUMN_PRINTED = 12;

    /** Where a column's number lives in a result: the containment path from the result, and what kind of number it is. */
    private record Slot(List<EReference> path, NumberKind kind, String unit) {
    }

    private TableViewer viewer;
    private Text filter;
    private final Map<Integer, CellEditing.TextCell> numberCells = new HashMap<>();
    private final List<Function<Result, String>> columnTexts = new ArrayList<>();

    ResultsPage(StudyEditor editor) {
        super(editor, ID, "Results");
    }

    @Override
    void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        // the table takes the page's height and scrolls itself, instead of the whole form scrolling
        managedForm.getForm().setExpandVertical(true);
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
        Section section = section(toolkit, body, "Reported results",
                "Outcomes as the study reports them. Click a number to correct it; the Findings view and the charts follow.");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).applyTo(client);
        section.setClient(client);

        toolkit.createLabel(client, "Filter:");
        filter = toolkit.createText(client, "", SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("type to filter rows (outcome, arm, numbers ...)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

        Composite holder = toolkit.createComposite(client);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(100, 200).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        TableCsv.install(viewer.getTable());
        toolkit.adapt(viewer.getTable(), false, false);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider((IStructuredContentProvider) input -> ((Study) input).getResults().toArray());

        column(layout, "Outcome", 34, 160, ResultsPage::outcome, ResultsPage::outcome, null);
        column(layout, "Arm", 22, 120, ResultsPage::arm, ResultsPage::arm, null);
        column(layout, "Population", 0, fit("Population", "As treated"), ResultsPage::population,
                r -> r.eIsSet(RESULT__ANALYSIS_POPULATION) ? DisplayNames.of(r.getAnalysisPopulation()) : "Not stated",
                new CellEditing.EnumCell(viewer, this, "Population", row -> (Result) row, RESULT__ANALYSIS_POPULATION));
        column(layout, "Time point", 0, fit("Time point", "In-hospital"), ResultsPage::timePoint, null,
                new CellEditing.TextCell(viewer, this, "Time point", row -> stringOf(((Result) row).getTimePoint()),
                        (row, typed) -> ModelCommands.setText(domain(), (Result) row, RESULT__TIME_POINT, typed)));
        number(layout, COLUMN_EVENTS, "Events", ResultsPage::events);
        number(layout, COLUMN_TOTAL, "Total", ResultsPage::total);
        number(layout, COLUMN_PERCENT, "%", ResultsPage::percent);
        column(layout, "Measure", 0, fit("Measure", "NNT"), ResultsPage::measure,
                r -> r instanceof EffectEstimateResult effect && effect.getMeasureText() != null ? "Printed: " + effect.getMeasureText() : null,
                new CellEditing.EnumCell(viewer, this, "Measure", row -> row instanceof EffectEstimateResult effect ? effect : null,
                        EFFECT_ESTIMATE_RESULT__MEASURE));
        number(layout, COLUMN_ESTIMATE, "Estimate", ResultsPage::estimate);
        number(layout, COLUMN_LOWER, "CI lower", r -> limit(r, INTERVAL__LOWER));
        number(layout, COLUMN_UPPER, "CI upper", r -> limit(r, INTERVAL__UPPER));
        number(layout, COLUMN_P, "p", ResultsPage::p);
        column(layout, "As printed", 14, 100, r -> r.getText(), null, null);

        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                String typed = filter.getText().strip().toLowerCase(Locale.ROOT);
                return typed.isEmpty() || columnTexts.stream().map(text -> text.apply((Result) element))
                        .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(typed));
            }
        });
        filter.addModifyListener(event -> viewer.refresh());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setInput(study());
        bind(viewer::refresh);
        getSite().setSelectionProvider(viewer);
    }

    private void number(TableColumnLayout layout, int index, String title, Function<Result, Slot> slot) {
        CellEditing.TextCell editing = new CellEditing.TextCell(viewer, this, title, row -> {
            Slot s = slot.apply((Result) row);
            return s == null ? null : printed(ReportedValueCommands.current((Result) row, s.path()));
        }, (row, typed) -> {
            Slot s = slot.apply((Result) row);
            return ReportedValueCommands.set(domain(), (Result) row, s.path(), typed, s.kind(), title, s.unit());
        });
        numberCells.put(index, editing);
        column(layout, title, 0, fit(title, "0.000"), r -> {
            Slot s = slot.apply(r);
            return s == null ? "" : printed(ReportedValueCommands.current(r, s.path()));
        }, null, editing);
    }

    /**
     * Adds a column: with a weight it shares the spare width, with weight 0 it is as wide as {@code width} (numbers
     * keep their width and their whole header). The tooltip is the column's own or the result as printed.
     */
    private void column(TableColumnLayout layout, String title, int weight, int width, Function<Result, String> text,
            Function<Result, String> tooltip, EditingSupport editing) {
        columnTexts.add(text);
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), weight == 0 ? new ColumnPixelData(width) : new ColumnWeightData(weight, width));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Result) element);
                return value == null ? "" : value;
            }

            @Override
            public String getToolTipText(Object element) {
                Result result = (Result) element;
                String own = tooltip == null ? null : tooltip.apply(result);
                return own != null ? own : result.getText();
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** A width that shows the header and the widest typical value. */
    private int fit(String header, String widestValue) {
        GC gc = new GC(viewer.getTable());
        try {
            return Math.max(gc.textExtent(header).x, gc.textExtent(widestValue).x) + 20;
        } finally {
            gc.dispose();
        }
    }

    private static String outcome(Result result) {
        return result.getOutcome() == null ? "" : result.getOutcome().getName();
    }

    /** Short, so the numbers keep their room; the drop-down and the tooltip give the full name. */
    private static String population(Result result) {
        if (!result.eIsSet(RESULT__ANALYSIS_POPULATION)) {
            return "";
        }
        return switch (result.getAnalysisPopulation()) {
            case INTENTION_TO_TREAT -> "ITT";
            case NOT_STATED -> "";
            default -> DisplayNames.of(result.getAnalysisPopulation());
        };
    }

    private static String timePoint(Result result) {
        if (result.getTimePoint() != null) {
            return result.getTimePoint();
        }
        return result.getOutcome() == null || result.getOutcome().getTimePoint() == null ? "" : result.getOutcome().getTimePoint();
    }

    private static String arm(Result result) {
        return switch (result) {
            case ArmCountResult r -> label(r.getArm());
            case KaplanMeierEstimate r -> label(r.getArm());
            case PooledProportionResult r -> label(r.getArm());
            case SummaryStatisticResult r -> label(r.getArm());
            case EffectEstimateResult r -> r.getExperimentalArm() == null && r.getComparatorArm() == null ? ""
                    : label(r.getExperimentalArm()) + " vs " + label(r.getComparatorArm());
            case GroupComparisonResult r -> String.join(" vs ", r.getArms().stream().map(ResultsPage::label).toList());
            default -> "";
        };
    }

    private static String label(Arm arm) {
        return arm == null || arm.getLabel() == null ? "" : arm.getLabel();
    }

    private static String measure(Result result) {
        return result instanceof EffectEstimateResult effect ? DisplayNames.of(effect.getMeasure()) : "";
    }

    private static Slot events(Result result) {
        return result instanceof ArmCountResult ? new Slot(List.of(ARM_COUNT_RESULT__EVENTS), NumberKind.COUNT, null) : null;
    }

    private static Slot total(Result result) {
        return result instanceof ArmCountResult ? new Slot(List.of(ARM_COUNT_RESULT__TOTAL), NumberKind.COUNT, null) : null;
    }

    private static Slot percent(Result result) {
        return result instanceof ArmCountResult ? new Slot(List.of(ARM_COUNT_RESULT__PERCENT), NumberKind.NUMBER, "%") : null;
    }

    private static Slot estimate(Result result) {
        return switch (result) {
            case EffectEstimateResult r -> new Slot(List.of(EFFECT_ESTIMATE_RESULT__ESTIMATE), NumberKind.NUMBER, null);
            case KaplanMeierEstimate r -> new Slot(List.of(KAPLAN_MEIER_ESTIMATE__ESTIMATE), NumberKind.NUMBER, "%");
            case PooledProportionResult r -> new Slot(List.of(POOLED_PROPORTION_RESULT__PROPORTION), NumberKind.NUMBER, "%");
            case SummaryStatisticResult r -> new Slot(List.of(SUMMARY_STATISTIC_RESULT__VALUE), NumberKind.NUMBER, null);
            default -> null;
        };
    }

    private static Slot limit(Result result, EReference limit) {
        EReference interval = switch (result) {
            case EffectEstimateResult r -> EFFECT_ESTIMATE_RESULT__INTERVAL;
            case ArmCountResult r -> ARM_COUNT_RESULT__INTERVAL;
            case KaplanMeierEstimate r -> KAPLAN_MEIER_ESTIMATE__INTERVAL;
            case PooledProportionResult r -> POOLED_PROPORTION_RESULT__INTERVAL;
            case SummaryStatisticResult r -> SUMMARY_STATISTIC_RESULT__SPREAD;
            default -> null;
        };
        return interval == null ? null : new Slot(List.of(interval, limit), NumberKind.NUMBER, null);
    }

    private static Slot p(Result result) {
        return switch (result) {
            case EffectEstimateResult r -> new Slot(List.of(EFFECT_ESTIMATE_RESULT__PVALUE), NumberKind.NUMBER, null);
            case GroupComparisonResult r -> new Slot(List.of(GROUP_COMPARISON_RESULT__PVALUE), NumberKind.NUMBER, null);
            default -> null;
        };
    }

    @Override
    public boolean selectReveal(Object object) {
        if (viewer == null || !(object instanceof Result result) || result.getStudy() != study()) {
            return false;
        }
        if (!filter.getText().isEmpty()) {
            filter.setText("");
        }
        viewer.setSelection(new StructuredSelection(result), true);
        return true;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    public Text filterText() {
        return filter;
    }

    /** The cell editor of a number column (tests type into it as a user would). */
    public CellEditor numberCellEditor(int column) {
        return numberCells.get(column).cellEditor();
    }
}
