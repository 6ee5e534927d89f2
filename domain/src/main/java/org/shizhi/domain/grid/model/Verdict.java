package org.shizhi.domain.grid.model;

import java.time.Instant;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Texts;

/**
 * The reporter's verdict on a resolution (回访): satisfaction from 1 (very dissatisfied) to 5 (very satisfied) and
 * a comment. 3 and above is satisfied and closes the event; 1 and 2 reopen it.
 *
 * @param recordedBy who took the verdict down (a grid worker on a return visit, the hotline's callback)
 */
public record Verdict(int satisfaction, String comment, Instant at, Acting recordedBy) {

    public static final int SATISFIED_FROM = 3;
    public static final int MAX_COMMENT_LENGTH = 1_000;

    public Verdict {
        if (satisfaction < 1 || satisfaction > 5) {
            throw new InvalidValueException("satisfaction", "satisfaction is from 1 to 5, got " + satisfaction);
        }
        comment = Texts.optional("comment", "a verdict's comment", comment, MAX_COMMENT_LENGTH);
        if (at == null || recordedBy == null) {
            throw new InvalidValueException("verdict", "a verdict records when and by whom it was taken");
        }
    }

    public boolean isSatisfied() {
        return satisfaction >= SATISFIED_FROM;
    }
}
