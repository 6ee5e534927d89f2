package org.shizhi.domain.archive.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A case record's id: a short source prefix and a UUID, {@code ge-…} for a grid event, {@code dp-…} for a dispute,
 * {@code im-…} for an imported historical case. Ids are derived from the source's own identity, so delivering or
 * importing the same case twice names the same record (idempotence by construction).
 */
public record CaseId(String value) implements Comparable<CaseId> {

    private static final Pattern FORM = Pattern.compile("[a-z]{2}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public CaseId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("caseId", "a case id is a two-letter source prefix and a UUID, e.g. ge-"
                    + new UUID(0, 0));
        }
    }

    public static CaseId parse(String text) {
        return new CaseId(text == null ? null : text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The record of a closed grid event. */
    public static CaseId ofGridEvent(UUID eventId) {
        return new CaseId("ge-" + eventId);
    }

    /**
     * The record of one close of a dispute: a dispute that relapses closes again at a later version and leaves a second
     * record, so the id is derived from the dispute's id and the version that closed it.
     */
    public static CaseId ofDispute(UUID disputeId, long version) {
        return new CaseId("dp-" + UUID.nameUUIDFromBytes(("dispute:" + disputeId + ':' + version).getBytes(StandardCharsets.UTF_8)));
    }

    /** An imported case: the same external id in the same city is always the same record. */
    public static CaseId ofImported(AreaCode city, String externalId) {
        return new CaseId("im-" + UUID.nameUUIDFromBytes((city.value() + '\u0000' + externalId).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
