package org.shizhi.domain.consultation.model;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/** A proposal put to the council on a topic, and its vote once held. */
public record Proposal(int seq, String text, Optional<Vote> vote) {

    public Proposal {
        if (seq < 1) {
            throw new InvalidValueException("seq", "proposals are numbered from 1");
        }
        text = Texts.required("text", "the proposal", text, 4_000);
        Objects.requireNonNull(vote, "vote");
    }

    public boolean passed() {
        return vote.map(v -> v.result() == VoteResult.PASSED).orElse(false);
    }
}
