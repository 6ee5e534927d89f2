package org.shizhi.domain.consultation.port.in;

import java.time.LocalDate;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingMode;
import org.shizhi.domain.consultation.model.Member;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/**
 * Councils and their meetings. Permissions: {@link Permission#KEEP_COUNCILS} to form one and appoint members,
 * {@link Permission#HOLD_COUNCIL_MEETINGS} to record a meeting; the council's area in the caller's jurisdiction.
 */
public interface CouncilUseCase {

    CouncilView form(Actor actor, Council.Charter charter);

    CouncilView appoint(Actor actor, Appoint command);

    /** Records a meeting held on a day not after today. */
    Meeting hold(Actor actor, Hold command);

    record Appoint(CouncilId council, long expectedVersion, Member member) {
        public Appoint {
            Checks.target("councilId", council, expectedVersion);
            if (member == null) {
                throw new InvalidValueException("member", "the member is required");
            }
        }
    }

    record Hold(CouncilId council, MeetingMode mode, LocalDate heldOn, String venue, int attendance) {
        public Hold {
            if (council == null) {
                throw new InvalidValueException("councilId", "the council that met is required");
            }
            if (mode == null) {
                throw new InvalidValueException("mode", "the mode is OFFLINE or ONLINE");
            }
            if (heldOn == null) {
                throw new InvalidValueException("heldOn", "the meeting's day is required");
            }
            venue = Texts.required("venue", "where it met", venue, 200);
            if (attendance < 0 || attendance > Meeting.MAX_ATTENDANCE) {
                throw new InvalidValueException("attendance", "attendance is 0 to " + Meeting.MAX_ATTENDANCE + ", got " + attendance);
            }
        }
    }
}
