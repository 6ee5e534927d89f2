package org.shizhi.domain.law.port.in;

import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/**
 * Legal aid from application to closure. Permissions: {@link Permission#APPLY_FOR_LEGAL_AID} to receive,
 * {@link Permission#DECIDE_LEGAL_AID} to grant, refuse, assign and close, {@link Permission#REGISTER_LEGAL_AID_CENTRE}
 * for centres. The application's community (the centre's area) must lie in the caller's jurisdiction.
 */
public interface LegalAidUseCase {

    LegalAidView apply(Actor actor, Apply command);

    LegalAidView grant(Actor actor, Grant command);

    LegalAidView refuse(Actor actor, Refuse command);

    /** Refused with a conflict if the lawyer's caseload has reached their capacity. */
    LegalAidView assign(Actor actor, Assign command);

    LegalAidView close(Actor actor, Close command);

    LegalAidCentre registerCentre(Actor actor, LegalAidCentre centre);

    record Apply(LegalAidApplication.Intake intake) {
        public Apply {
            if (intake == null) {
                throw new InvalidValueException("application", "the application is required");
            }
        }
    }

    record Grant(LegalAidId application, long expectedVersion) {
        public Grant {
            Checks.target(application, expectedVersion);
        }
    }

    record Refuse(LegalAidId application, long expectedVersion, String reason) {
        public Refuse {
            Checks.target(application, expectedVersion);
            reason = Texts.required("reason", "the reason for refusing", reason, 1_000);
        }
    }

    record Assign(LegalAidId application, long expectedVersion, String centre, String lawyer) {
        public Assign {
            Checks.target(application, expectedVersion);
            centre = Texts.required("centre", "the centre's code", centre, 64);
            lawyer = Texts.required("lawyer", "the lawyer's id", lawyer, 64);
        }
    }

    record Close(LegalAidId application, long expectedVersion, String result, Satisfaction satisfaction) {
        public Close {
            Checks.target(application, expectedVersion);
            result = Texts.required("result", "the result", result, 2_000);
            if (satisfaction == null) {
                throw new InvalidValueException("satisfaction", "the applicant's satisfaction is required");
            }
        }
    }
}
