package org.shizhi.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in an ordered list: the sort key of the last item a page handed out and that item's id, which breaks ties
 * between equal keys. The next page starts strictly after it, wherever it stands now, so records arriving or leaving
 * meanwhile neither repeat nor push items off a page.
 *
 * <p>A position may come back from a caller (inside a cursor), so reading its key or id as a typed value refuses
 * text the list never wrote as an invalid {@code cursor}, never as a server error.
 *
 * @param key the item's sort key as the list's order writes it (an instant in ISO-8601, a code, a date)
 * @param id  the item's id as text
 */
public record Position(String key, String id) {

    public Position {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }

    /** The place of an item keyed by an instant and identified by a UUID. */
    public static Position of(Instant key, UUID id) {
        return new Position(key.toString(), id.toString());
    }

    /** The key as the instant it was written from. */
    public Instant instantKey() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw notOurs();
        }
    }

    /** The key as the date it was written from. */
    public LocalDate dateKey() {
        try {
            return LocalDate.parse(key);
        } catch (DateTimeParseException e) {
            throw notOurs();
        }
    }

    /** The id as the UUID it was written from. */
    public UUID uuidId() {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    private static InvalidValueException notOurs() {
        return new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
    }
}
