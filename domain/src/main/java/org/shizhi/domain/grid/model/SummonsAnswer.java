package org.shizhi.domain.grid.model;

import java.time.Duration;
import java.time.Instant;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Texts;

/**
 * One department's report to a summons, and how late it came: {@code lateBy} is zero when on time, else the time
 * from the deadline to the report.
 */
public record SummonsAnswer(DepartmentCode department, AnswerKind kind, Instant at, Acting by, String note, Duration lateBy) {

    public static final int MAX_NOTE_LENGTH = 1_000;

    public SummonsAnswer {
        if (department == null || kind == null || at == null || by == null) {
            throw new InvalidValueException("answer", "an answer to a summons names the department, how and when it reported, and who");
        }
        note = Texts.optional("note", "an answer's note", note, MAX_NOTE_LENGTH);
        if (lateBy == null || lateBy.isNegative()) {
            throw new InvalidValueException("lateBy", "lateness is zero or positive");
        }
    }

    public boolean late() {
        return !lateBy.isZero();
    }
}
