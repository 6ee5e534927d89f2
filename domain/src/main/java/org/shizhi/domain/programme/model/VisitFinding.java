package org.shizhi.domain.programme.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * What a resident raised on a visit, under the key its recorder gave it, and what it became: a grid event, for a
 * {@link FindingKind#DISPUTE} a dispute (one recorded before disputes were opened from visits names the grid event
 * of category DISPUTE it became instead), for a {@link FindingKind#PETITION} a petition.
 *
 * @param key unique on its task: recording a finding under a key already used answers the finding recorded then
 */
public record VisitFinding(String key, FindingKind kind, EventCategory category, Optional<GridEventId> event,
                           Optional<DisputeId> dispute, Optional<PetitionId> petition, Instant recordedAt) {

    public static final int MAX_KEY_LENGTH = 200;

    public VisitFinding {
        key = requireKey(key);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(dispute, "dispute");
        Objects.requireNonNull(petition, "petition");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (event.stream().count() + dispute.stream().count() + petition.stream().count() != 1) {
            throw new InvalidValueException("finding", "a finding became exactly one grid event, one dispute or one petition");
        }
        if (dispute.isPresent() && kind != FindingKind.DISPUTE) {
            throw new InvalidValueException("kind", "only a DISPUTE finding becomes a dispute");
        }
        if (petition.isPresent() != (kind == FindingKind.PETITION)) {
            throw new InvalidValueException("kind", "a PETITION finding, and only one, becomes a petition");
        }
    }

    public static VisitFinding event(String key, FindingKind kind, EventCategory category, GridEventId event, Instant at) {
        return new VisitFinding(key, kind, category, Optional.of(event), Optional.empty(), Optional.empty(), at);
    }

    public static VisitFinding dispute(String key, DisputeId dispute, Instant at) {
        return new VisitFinding(key, FindingKind.DISPUTE, EventCategory.DISPUTE, Optional.empty(), Optional.of(dispute),
                Optional.empty(), at);
    }

    public static VisitFinding petition(String key, EventCategory category, PetitionId petition, Instant at) {
        return new VisitFinding(key, FindingKind.PETITION, category, Optional.empty(), Optional.empty(), Optional.of(petition), at);
    }

    /** A finding's key: 1 to 200 visible characters (a client's Idempotency-Key, a UUID). */
    public static String requireKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidValueException("key", "a finding's key is 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        return key;
    }
}
