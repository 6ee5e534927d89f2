package org.shizhi.domain.grid.model;

import java.time.Instant;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Texts;

/** How an event was handled, by whom and when. */
public record Resolution(String text, Instant at, Acting by) {

    public static final int MAX_LENGTH = 2_000;

    public Resolution {
        text = Texts.required("resolution", "a resolution", text, MAX_LENGTH);
        if (at == null || by == null) {
            throw new InvalidValueException("resolution", "a resolution records when and by whom");
        }
    }
}
