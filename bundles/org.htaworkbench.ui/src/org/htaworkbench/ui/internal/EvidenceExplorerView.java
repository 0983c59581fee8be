package org.htaworkbench.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import tech.tablesaw.api.Table;

/** Tree of the open evidence: studies grouped by design. */
public class EvidenceExplorerView extends ViewPart {

    public static final String ID = "org.htaworkbench.ui.views.explorer";

    private TreeViewer viewer;

    /** A design group node: its label and the study rows under it. */
    record Group(String design, List<String> studies) {
        @Override
        public String toString() {
            return design + " (" + studies.size() + ")";
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ArrayContentProvider.getInstance().getElements(input);
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof Group g ? g.studies().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && !g.studies().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider());
        viewer.setInput(groupByDesign(ReportedEffects.loadBundled().table()));
        viewer.expandAll();
        getSite().setSelectionProvider(viewer);
    }

    static List<Group> groupByDesign(Table table) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            groups.computeIfAbsent(table.stringColumn("design").get(row), k -> new ArrayList<>())
                    .add(table.stringColumn("study").get(row) + ": " + table.stringColumn("outcome").get(row));
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
