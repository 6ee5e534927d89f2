package org.shizhi.domain.consultation.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * Who said what on a topic. The speaker's name is personal data (masked to readers without the privilege); the
 * capacity they spoke in (村民, 居民代表, 物业, 社区书记) is not.
 */
public record Opinion(int seq, String speaker, String capacity, String content, Instant at) {

    public Opinion {
        if (seq < 1) {
            throw new InvalidValueException("seq", "opinions are numbered from 1");
        }
        speaker = Texts.required("speaker", "who spoke", speaker, 100);
        capacity = Texts.required("capacity", "the capacity the speaker spoke in", capacity, 100);
        content = Texts.required("content", "what was said", content, 4_000);
        Objects.requireNonNull(at, "at");
    }
}
