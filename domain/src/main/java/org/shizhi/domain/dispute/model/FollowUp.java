package org.shizhi.domain.dispute.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.InvalidValueException;

/** 回访: a visit after an agreement to see whether it holds. */
public record FollowUp(Result result, String note, Instant at, String by) {

    public enum Result { HOLDING, PARTLY_FULFILLED, RELAPSED }

    public FollowUp {
        if (result == null) {
            throw new InvalidValueException("result", "a follow-up's result is HOLDING, PARTLY_FULFILLED or RELAPSED");
        }
        note = Texts.optional("note", "a follow-up note", note, 2_000);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
