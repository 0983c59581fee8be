package org.htaworkbench.guidelines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guideline dates and key study publications on one time axis, and for every position which key studies were
 * published before its date. Study dates are years (the evidence base gives no months), so a study published in the
 * year of a position is {@link Availability#SAME_YEAR}: neither "could have seen" nor "could not".
 */
public final class EvidenceTimeline {

    /** A point on the time axis. */
    public record Event(Kind kind, String id, PartialDate date, String label, String detail) {
    }

    public enum Kind {
        KEY_STUDY, POSITION
    }

    /** Key studies by availability for one position (or one published statement). */
    public record PositionEvidence(String sourceKey, String label, PartialDate date, List<KeyStudy> before,
            List<KeyStudy> sameYear, List<KeyStudy> after, List<KeyStudy> unknown) {

        public List<KeyStudy> get(Availability availability) {
            return switch (availability) {
                case PUBLISHED_BEFORE -> before;
                case SAME_YEAR -> sameYear;
                case PUBLISHED_AFTER -> after;
                case UNKNOWN -> unknown;
            };
        }
    }

    private final List<KeyStudy> keyStudies;
    private final List<Event> events;
    private final Map<String, PositionEvidence> bySource;

    public EvidenceTimeline(List<KeyStudy> keyStudies, List<ComparedPosition> positions) {
        this.keyStudies = List.copyOf(keyStudies);
        List<Event> ev = new ArrayList<>();
        for (KeyStudy s : keyStudies) {
            if (s.year() != null) {
                ev.add(new Event(Kind.KEY_STUDY, s.id(), PartialDate.ofYear(s.year()), s.label(), s.describe()));
            }
        }
        Map<String, PositionEvidence> map = new LinkedHashMap<>();
        for (ComparedPosition p : positions) {
            if (p.status() == PositionStatus.NOT_YET_PUBLISHED || p.status() == PositionStatus.UNRESOLVED
                    || map.containsKey(p.sourceKey())) {
                continue;
            }
            List<KeyStudy> before = new ArrayList<>();
            List<KeyStudy> same = new ArrayList<>();
            List<KeyStudy> after = new ArrayList<>();
            List<KeyStudy> unknown = new ArrayList<>();
            for (KeyStudy s : keyStudies) {
                switch (Availability.of(s.year(), p.date())) {
                    case PUBLISHED_BEFORE -> before.add(s);
                    case SAME_YEAR -> same.add(s);
                    case PUBLISHED_AFTER -> after.add(s);
                    case UNKNOWN -> unknown.add(s);
                }
            }
            map.put(p.sourceKey(), new PositionEvidence(p.sourceKey(), p.label(), p.date(), before, same, after, unknown));
            if (p.date() != null && ev.stream().noneMatch(x -> x.kind() == Kind.POSITION && x.label().equals(p.label())
                    && java.util.Objects.equals(x.detail(), p.document()))) {
                ev.add(new Event(Kind.POSITION, p.sourceKey(), p.date(), p.label(), p.document()));
            }
        }
        ev.sort(Comparator.comparing(Event::date).thenComparing(e -> e.kind().ordinal()).thenComparing(Event::label));
        this.events = List.copyOf(ev);
        this.bySource = map;
    }

    /** Key studies, in evidence-base order (study number). */
    public List<KeyStudy> keyStudies() {
        return keyStudies;
    }

    /** All events sorted by date (studies before positions within a date). */
    public List<Event> events() {
        return events;
    }

    /** Per published statement (by {@link ComparedPosition#sourceKey()}). */
    public List<PositionEvidence> positions() {
        return List.copyOf(bySource.values());
    }

    public PositionEvidence evidenceFor(ComparedPosition position) {
        return bySource.get(position.sourceKey());
    }

    public Availability availability(KeyStudy study, ComparedPosition position) {
        return Availability.of(study.year(), position.date());
    }
}
