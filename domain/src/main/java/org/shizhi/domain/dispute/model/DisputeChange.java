package org.shizhi.domain.dispute.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * One entry of a dispute's timeline: what happened, when, who in which role, the state before and after, and a note.
 * Every change moves the dispute one version on and appends exactly one entry; entries are never changed.
 */
public record DisputeChange(DisputeId disputeId, long version, Instant at, Acting by, Kind kind,
                            Optional<DisputeState> from, DisputeState to, String note) {

    public static final int MAX_NOTE_LENGTH = 4_000;

    public enum Kind {
        OPENED, ACCEPTED, ESCALATED, CHANNEL_CHANGED, SESSION_HELD, CONSULTATION_CONVENED, OPINION_RECORDED,
        CONSULTATION_CONCLUDED, CONCLUDED, JUDICIAL_CONFIRMATION, CLOSED, FOLLOWED_UP, REOPENED
    }

    public DisputeChange {
        if (disputeId == null || at == null || by == null || kind == null || to == null) {
            throw new InvalidValueException("timeline", "a timeline entry records the dispute, when, who, what and the state after");
        }
        if (version < 1) {
            throw new InvalidValueException("version", "versions start at 1");
        }
        Objects.requireNonNull(from, "from");
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            note = note.substring(0, MAX_NOTE_LENGTH - 1) + "…";
        }
        note = Texts.optional("note", "a timeline note", note, MAX_NOTE_LENGTH);
    }
}
