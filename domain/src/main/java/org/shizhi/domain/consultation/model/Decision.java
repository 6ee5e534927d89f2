package org.shizhi.domain.consultation.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.Texts;

/**
 * What was decided on a topic, from the proposal that passed; for a major decision, the stability-risk assessment
 * that let it be taken.
 */
public record Decision(int proposal, String text, Optional<AssessmentId> assessment, Instant decidedAt) {

    public Decision {
        text = Texts.required("text", "the decision", text, 4_000);
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
