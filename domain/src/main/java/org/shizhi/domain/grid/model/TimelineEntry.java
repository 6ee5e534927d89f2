package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Texts;

/**
 * One line of an event's timeline: who, in which role, when, from which state to which, and a note. Entries are
 * only ever appended: the timeline is the event's immutable history. An entry that changes no state (an escalation,
 * a summons) has {@code from} equal to {@code to}; the first entry has no {@code from}.
 */
public record TimelineEntry(GridEventId eventId, Instant at, String actor, Role role, ChangeKind kind,
                           Optional<EventState> from, EventState to, String note) {

    public static final int MAX_NOTE_LENGTH = 4_000;

    public TimelineEntry {
        if (eventId == null || at == null || kind == null || to == null) {
            throw new InvalidValueException("timeline", "a timeline entry records the event, when, what and the state after");
        }
        if (actor == null || actor.isBlank()) {
            throw new InvalidValueException("timeline.actor", "a timeline entry names who acted");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        note = Texts.optional("timeline.note", "a timeline note", note, MAX_NOTE_LENGTH);
    }
}
