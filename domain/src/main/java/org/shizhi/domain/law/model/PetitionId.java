package org.shizhi.domain.law.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/** Identifies a record of the law context: 信访件. Published: a night visit's finding names the petition it filed. */
@PublishedModel
public record PetitionId(UUID value) {

    public PetitionId {
        if (value == null) {
            throw new InvalidValueException("petitionId", "petitionId is required");
        }
    }

    public static PetitionId random() {
        return new PetitionId(UUID.randomUUID());
    }

    /**
     * The id a petition is received under by a caller that may file the same petition again after a failure of its
     * own (a night visit's finding: its task and key): the same reference always gives the same id.
     */
    public static PetitionId ofReference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidValueException("reference", "a reference is required");
        }
        return new PetitionId(UUID.nameUUIDFromBytes(("petition:" + reference).getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses the canonical lower-case UUID text, refusing anything else by name. */
    public static PetitionId parse(String text) {
        try {
            String stripped = text == null ? "" : text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new PetitionId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("petitionId", "petitionId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
