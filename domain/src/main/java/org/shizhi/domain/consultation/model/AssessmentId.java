package org.shizhi.domain.consultation.model;

import java.util.Locale;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;

/** Identifies a record of the consultation context: 社会稳定风险评估. */
public record AssessmentId(UUID value) {

    public AssessmentId {
        if (value == null) {
            throw new InvalidValueException("assessmentId", "assessmentId is required");
        }
    }

    public static AssessmentId random() {
        return new AssessmentId(UUID.randomUUID());
    }

    /** Parses the canonical lower-case UUID text, refusing anything else by name. */
    public static AssessmentId parse(String text) {
        try {
            String stripped = text == null ? "" : text.strip();
            UUID id = UUID.fromString(stripped);
            if (!id.toString().equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not canonical");
            }
            return new AssessmentId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("assessmentId", "assessmentId must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
