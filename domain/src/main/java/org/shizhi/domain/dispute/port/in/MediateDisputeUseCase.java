package org.shizhi.domain.dispute.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.Set;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Session;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Every change of a dispute after intake. Each names the version it was based on ({@code expectedVersion}): a stale
 * one is refused and nothing changes. Checked in this order: role (403), the dispute in the caller's jurisdiction
 * (404), version (412), the rule of the flow (409/400). Mediation (accept, escalate, channel, sessions, consultation,
 * outcome, judicial confirmation, close): {@link Permission#MEDIATE_DISPUTE}; follow-up:
 * {@link Permission#FOLLOW_UP_DISPUTE}.
 */
public interface MediateDisputeUseCase {

    DisputeChanged accept(Actor actor, Accept command);

    DisputeChanged escalate(Actor actor, Escalate command);

    DisputeChanged changeChannel(Actor actor, ChangeChannel command);

    DisputeChanged holdSession(Actor actor, HoldSession command);

    DisputeChanged convene(Actor actor, Convene command);

    DisputeChanged recordOpinion(Actor actor, RecordOpinion command);

    DisputeChanged concludeConsultation(Actor actor, ConcludeConsultation command);

    DisputeChanged conclude(Actor actor, Conclude command);

    DisputeChanged judicialConfirmation(Actor actor, JudicialConfirmationCommand command);

    DisputeChanged close(Actor actor, Close command);

    DisputeChanged followUp(Actor actor, RecordFollowUp command);

    private static void check(DisputeId dispute, long expectedVersion) {
        if (dispute == null) {
            throw new InvalidValueException("disputeId", "the dispute is required");
        }
        if (expectedVersion < 1) {
            throw new InvalidValueException("expectedVersion", "a change names the version it was based on (1 or more)");
        }
    }

    record Accept(DisputeId dispute, long expectedVersion, String remark) {
        public Accept {
            check(dispute, expectedVersion);
        }
    }

    record Escalate(DisputeId dispute, long expectedVersion, String reason) {
        public Escalate {
            check(dispute, expectedVersion);
        }
    }

    record ChangeChannel(DisputeId dispute, long expectedVersion, MediationChannel channel, String reason) {
        public ChangeChannel {
            check(dispute, expectedVersion);
            if (channel == null) {
                throw new InvalidValueException("channel", "the channel is PEOPLE, ADMINISTRATIVE or JUDICIAL");
            }
        }
    }

    record HoldSession(DisputeId dispute, long expectedVersion, Session session) {
        public HoldSession {
            check(dispute, expectedVersion);
            if (session == null) {
                throw new InvalidValueException("session", "the session is required");
            }
        }
    }

    record Convene(DisputeId dispute, long expectedVersion, Set<ConsultationBody> chosen) {
        public Convene {
            check(dispute, expectedVersion);
            chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
        }
    }

    record RecordOpinion(DisputeId dispute, long expectedVersion, ConsultationBody body, String opinion) {
        public RecordOpinion {
            check(dispute, expectedVersion);
            if (body == null) {
                throw new InvalidValueException("body", "the body whose opinion this is is required");
            }
        }
    }

    record ConcludeConsultation(DisputeId dispute, long expectedVersion, String conclusion) {
        public ConcludeConsultation {
            check(dispute, expectedVersion);
        }
    }

    record Conclude(DisputeId dispute, long expectedVersion, Outcome outcome) {
        public Conclude {
            check(dispute, expectedVersion);
            if (outcome == null) {
                throw new InvalidValueException("outcome", "an outcome is an agreement, a failure or a withdrawal");
            }
        }
    }

    record JudicialConfirmationCommand(DisputeId dispute, long expectedVersion, Outcome.JudicialConfirmation status) {
        public JudicialConfirmationCommand {
            check(dispute, expectedVersion);
            if (status == null) {
                throw new InvalidValueException("status", "the status is REQUESTED, GRANTED or REFUSED");
            }
        }
    }

    record Close(DisputeId dispute, long expectedVersion, String remark) {
        public Close {
            check(dispute, expectedVersion);
        }
    }

    record RecordFollowUp(DisputeId dispute, long expectedVersion, FollowUp.Result result, String note) {
        public RecordFollowUp {
            check(dispute, expectedVersion);
            if (result == null) {
                throw new InvalidValueException("result", "a follow-up's result is HOLDING, PARTLY_FULFILLED or RELAPSED");
            }
        }
    }
}
