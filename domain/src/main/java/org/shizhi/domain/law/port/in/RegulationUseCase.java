package org.shizhi.domain.law.port.in;

import java.time.LocalDate;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/** A city's local regulations. Permission: {@link Permission#KEEP_REGULATIONS}; the caller's own city only. */
public interface RegulationUseCase {

    Regulation register(Actor actor, Regulation.Draft draft);

    /** Amended by an act from a date, with the amended text; stays in force. */
    Regulation amend(Actor actor, Amend command);

    /** Repealed by an act from a date. */
    Regulation repeal(Actor actor, Repeal command);

    record Amend(RegulationId regulation, long expectedVersion, String act, LocalDate on, String text) {
        public Amend {
            Checks.target(regulation, expectedVersion);
            act = Texts.required("act", "the amending act", act, 200);
            if (on == null) {
                throw new InvalidValueException("on", "the amendment's date is required");
            }
            text = Texts.required("text", "the amended text", text, Regulation.MAX_TEXT_LENGTH);
        }
    }

    record Repeal(RegulationId regulation, long expectedVersion, String act, LocalDate on) {
        public Repeal {
            Checks.target(regulation, expectedVersion);
            act = Texts.required("act", "the repealing act", act, 200);
            if (on == null) {
                throw new InvalidValueException("on", "the repeal's date is required");
            }
        }
    }
}
