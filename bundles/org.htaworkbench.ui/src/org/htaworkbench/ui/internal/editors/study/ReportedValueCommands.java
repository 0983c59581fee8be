package org.htaworkbench.ui.internal.editors.study;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.IntervalKind;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.ValueQualifier;
import org.htaworkbench.model.values.Reported;

/**
 * The command that makes a number stored as printed ({@link ReportedValue}) read as what the analyst typed.
 * <p>
 * The consistency checks take a number's precision from its printed text ("21.8" stands for 21.75 to 21.85), so the
 * value, the printed text and the qualifier ("&lt;0.001") change together in one undoable command: the text becomes
 * the number as typed, with thousands separators when the old text had them ("1,059"). Precision is what the analyst
 * typed, never invented: "22" over "21.8" is a whole-number percentage. A missing value (or a missing interval around
 * a CI limit) is created by one {@link SetCommand}; a cleared field removes the value ("the source says nothing").
 */
public final class ReportedValueCommands {

    /** What the number is, for checking typed input. */
    public enum NumberKind {
        /** A count of people or events: a whole number, 0 or more. */
        COUNT,
        /** Any number (percentages, estimates, limits, p-values). */
        NUMBER
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern INTEGER_PART = Pattern.compile("(?<![.\\d])(\\d{4,})");

    private ReportedValueCommands() {
    }

    /**
     * The value at the end of {@code path} (containment references followed from {@code owner}), or null when a link
     * is missing.
     */
    public static ReportedValue current(EObject owner, List<EReference> path) {
        EObject object = owner;
        for (EReference reference : path) {
            if (object == null) {
                return null;
            }
            object = (EObject) object.eGet(reference);
        }
        return (ReportedValue) object;
    }

    /**
     * The command that stores {@code typed} at the end of {@code path}; null when the typed text is what is stored.
     *
     * @param field the field's name for messages, e.g. "Events"
     * @param defaultUnit the unit of a value created here (e.g. "%"), or null
     * @throws InvalidInputException naming the field when the text is not a number of the kind
     */
    public static Command set(EditingDomain domain, EObject owner, List<EReference> path, String typed, NumberKind kind,
            String field, String defaultUnit) throws InvalidInputException {
        String input = typed == null ? "" : typed.strip();
        EObject container = owner;
        int missing = -1;
        for (int i = 0; i < path.size() - 1; i++) {
            EObject next = (EObject) container.eGet(path.get(i));
            if (next == null) {
                missing = i;
                break;
            }
            container = next;
        }
        ReportedValue current = missing < 0 ? (ReportedValue) container.eGet(path.get(path.size() - 1)) : null;
        if (input.isEmpty()) {
            return current == null ? null : SetCommand.create(domain, container, path.get(path.size() - 1), null);
        }
        ReportedValue parsed = parse(input, kind, field);
        String text = likePrinted(parsed.getText(), parsed.getValue(), current);
        if (current == null) {
            ReportedValue created = Reported.of(input);
            created.setText(text);
            if (created.getUnit() == null) {
                created.setUnit(defaultUnit);
            }
            int from = missing < 0 ? path.size() - 1 : missing;
            EObject value = created;
            for (int i = path.size() - 1; i > from; i--) {
                EObject link = EcoreUtil.create(path.get(i - 1).getEReferenceType());
                if (link instanceof Interval interval && "interval".equals(path.get(i - 1).getName())) {
                    // an effect's or a proportion's interval is a 95% CI unless the source says otherwise
                    interval.setKind(IntervalKind.CONFIDENCE_INTERVAL);
                    interval.setLevel(95.0);
                }
                link.eSet(path.get(i), value);
                value = link;
            }
            return SetCommand.create(domain, container, path.get(from), value);
        }
        CompoundCommand edit = new CompoundCommand("Edit " + field);
        if (!Objects.equals(current.getValue(), parsed.getValue())) {
            edit.append(SetCommand.create(domain, current, EvidencePackage.Literals.REPORTED_VALUE__VALUE, parsed.getValue()));
        }
        if (!Objects.equals(current.getText(), text)) {
            edit.append(SetCommand.create(domain, current, EvidencePackage.Literals.REPORTED_VALUE__TEXT, text));
            if (container instanceof Interval interval) {
                Command intervalText = intervalText(domain, interval, current, text);
                if (intervalText != null) {
                    edit.append(intervalText);
                }
            }
        }
        ValueQualifier oldQualifier = current.getQualifier() == null ? ValueQualifier.EXACT : current.getQualifier();
        if (oldQualifier != parsed.getQualifier()) {
            edit.append(SetCommand.create(domain, current, EvidencePackage.Literals.REPORTED_VALUE__QUALIFIER, parsed.getQualifier()));
        }
        if (parsed.getUnit() != null && !parsed.getUnit().equals(current.getUnit())) {
            edit.append(SetCommand.create(domain, current, EvidencePackage.Literals.REPORTED_VALUE__UNIT, parsed.getUnit()));
        }
        return edit.isEmpty() ? null : edit;
    }

    /** The typed text as a reported value (value, printed text, qualifier, unit). */
    static ReportedValue parse(String input, NumberKind kind, String field) throws InvalidInputException {
        ReportedValue parsed = Reported.of(input);
        Double value = parsed.getValue();
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new InvalidInputException(field + ": '" + input + "' is not a number.");
        }
        if (kind == NumberKind.COUNT && (value < 0 || value != Math.rint(value))) {
            throw new InvalidInputException(field + ": '" + input + "' is not a count (a whole number, 0 or more).");
        }
        return parsed;
    }

    /** The typed text with thousands separators where the old printed text had them (so "1059" reads "1,059"). */
    static String likePrinted(String text, double value, ReportedValue old) {
        if (old == null || old.getText() == null || !GROUPED.matcher(old.getText()).find() || text.contains(",")
                || Math.abs(value) < 1000) {
            return text;
        }
        Matcher digits = INTEGER_PART.matcher(text);
        if (!digits.find()) {
            return text;
        }
        String grouped = String.format(Locale.ROOT, "%,d", Long.parseLong(digits.group(1)));
        return text.substring(0, digits.start(1)) + grouped + text.substring(digits.end(1));
    }

    /**
     * "95% CI 1.15 to 3.66" printed on the interval names both limits; when one limit changes the interval's text
     * follows, so tables that show the interval text do not contradict the limits.
     */
    private static Command intervalText(EditingDomain domain, Interval interval, ReportedValue changed, String newText) {
        String printed = interval.getText();
        if (printed == null || interval.getLower() == null || interval.getUpper() == null) {
            return null;
        }
        String lower = interval.getLower().getText();
        String upper = interval.getUpper().getText();
        if (lower == null || upper == null) {
            return null;
        }
        String limits = lower + " to " + upper;
        int at = printed.lastIndexOf(limits);
        if (at < 0) {
            return null;
        }
        String replaced = changed == interval.getLower() ? newText + " to " + upper : lower + " to " + newText;
        return SetCommand.create(domain, interval, EvidencePackage.Literals.INTERVAL__TEXT,
                printed.substring(0, at) + replaced + printed.substring(at + limits.length()));
    }
}
