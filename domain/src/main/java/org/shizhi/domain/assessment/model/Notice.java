package org.shizhi.domain.assessment.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * 通报: the bottom N units of a stored result criticised and the top N commended, each with its rank, score and
 * breakdown as evidence. Drafted from one version of a result, then published; a published notice never changes.
 */
public record Notice(UUID id, String scheme, AreaCode within, AssessmentPeriod period, int resultVersion, List<Entry> entries,
                     Instant draftedAt, String draftedBy, Optional<Instant> publishedAt, Optional<String> publishedBy) {

    public static final int MAX_NAMED = 50;

    /** 通报批评 or 通报表扬. */
    public enum Kind { CRITICISE, COMMEND }

    /** One unit named, with the evidence of the result it was drafted from. */
    public record Entry(Kind kind, RankedUnit unit) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(unit, "unit");
        }
    }

    public Notice {
        Objects.requireNonNull(id, "id");
        entries = List.copyOf(entries);
        publishedAt = publishedAt == null ? Optional.empty() : publishedAt;
        publishedBy = publishedBy == null ? Optional.empty() : publishedBy;
    }

    /**
     * The draft of a result: the {@code top} best scored units commended, the {@code bottom} worst criticised. Units
     * without a score, or with insufficient {@link Coverage}, are named neither way; a unit is never both, so the two
     * together may not exceed the units judged.
     */
    public static Notice draft(UUID id, AssessmentResult result, int bottom, int top, Instant at, String by) {
        if (bottom < 0 || bottom > MAX_NAMED) {
            throw new InvalidValueException("bottom", "a notice criticises 0 to " + MAX_NAMED + " units, not " + bottom);
        }
        if (top < 0 || top > MAX_NAMED) {
            throw new InvalidValueException("top", "a notice commends 0 to " + MAX_NAMED + " units, not " + top);
        }
        if (bottom + top == 0) {
            throw new InvalidValueException("bottom", "a notice names at least one unit");
        }
        List<RankedUnit> scored = result.units().stream().filter(RankedUnit::sufficientCoverage).toList();
        if (bottom + top > scored.size()) {
            throw new InvalidValueException("bottom", "the result has " + scored.size()
                    + " scored units with sufficient coverage: it cannot commend "
                    + top + " and criticise " + bottom + " others");
        }
        List<Entry> entries = new java.util.ArrayList<>();
        scored.subList(0, top).forEach(u -> entries.add(new Entry(Kind.COMMEND, u)));
        scored.subList(scored.size() - bottom, scored.size()).forEach(u -> entries.add(new Entry(Kind.CRITICISE, u)));
        return new Notice(id, result.scheme(), result.within(), result.period(), result.version(), entries,
                at, by, Optional.empty(), Optional.empty());
    }

    public boolean published() {
        return publishedAt.isPresent();
    }

    /** The notice as published; publishing it again is refused, since a published notice is final. */
    public Notice publish(Instant at, String by) {
        if (published()) {
            throw new ConflictException("notice", "notice " + id + " was published at " + publishedAt.get() + " and does not change");
        }
        return new Notice(id, scheme, within, period, resultVersion, entries, draftedAt, draftedBy, Optional.of(at), Optional.of(by));
    }

    /** Whether the notice commends or criticises this grid worker, by their grid member id. */
    public boolean namesGridWorker(String gridMemberId) {
        return entries.stream().map(e -> e.unit().unit())
                .anyMatch(u -> u.subject() == IndicatorDefinition.Subject.GRID_WORKER && u.key().equals(gridMemberId));
    }

    public List<Entry> of(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }
}
