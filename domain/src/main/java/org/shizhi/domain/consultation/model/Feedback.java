package org.shizhi.domain.consultation.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.shared.Texts;

/** The answer published to residents on a topic (反馈), and where: the loop a topic may not close without. */
public record Feedback(String text, String channel, Instant publishedAt) {

    public Feedback {
        text = Texts.required("text", "the feedback to residents", text, 4_000);
        channel = Texts.required("channel", "where the feedback was published (公开栏, 微信群, 坝坝会...)", channel, 200);
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
