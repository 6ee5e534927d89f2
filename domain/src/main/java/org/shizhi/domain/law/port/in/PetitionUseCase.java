package org.shizhi.domain.law.port.in;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/**
 * Petitions (信访) from receipt to clearing. Permissions: {@link Permission#RECEIVE_PETITION} to receive;
 * {@link Permission#HANDLE_PETITION} to accept or not, extend, reply, reopen and clear;
 * {@link Permission#ASSIGN_PETITION_LEADER} for 领导包案; {@link Permission#LINK_PETITION_DISPUTE} to open or join a
 * dispute (through the dispute context's own use cases, which check their own permission). The petition's community
 * must lie in the caller's jurisdiction.
 */
public interface PetitionUseCase {

    /**
     * A repeat petition names the earlier one; it must exist in the caller's jurisdiction. Received under a given id
     * (see {@link Receive#id}) that a petition already has: that petition if it was received with the same intake, a
     * conflict otherwise; nothing is written either way.
     */
    PetitionView receive(Actor actor, Receive command);

    PetitionView accept(Actor actor, Target command);

    PetitionView notAccept(Actor actor, WithText command);

    /** Extends the reply deadline once, by the city's extension days counted from the current due date. */
    PetitionView extend(Actor actor, WithText command);

    PetitionView assignLeader(Actor actor, WithText command);

    PetitionView reply(Actor actor, WithText command);

    PetitionView reopen(Actor actor, Target command);

    PetitionView clear(Actor actor, Clear command);

    /** Opens a dispute from the petition (source PETITION, the petitioner as applicant) and links it. */
    PetitionView openDispute(Actor actor, OpenDispute command);

    /** Links the petition to a dispute already open, which the caller must be able to read. */
    PetitionView joinDispute(Actor actor, JoinDispute command);

    /** The repeat petitions naming this one, oldest first. */
    List<PetitionView> repeats(Actor actor, PetitionId id);

    /**
     * @param id the id to receive under, for a caller that may file the same petition again after a failure of its own
     *           ({@link PetitionId#ofReference}); empty: a new id
     */
    record Receive(Petition.Intake intake, Optional<PetitionId> id) {
        public Receive {
            if (intake == null) {
                throw new InvalidValueException("petition", "the petition is required");
            }
            id = id == null ? Optional.empty() : id;
        }

        public Receive(Petition.Intake intake) {
            this(intake, Optional.empty());
        }
    }

    record Target(PetitionId petition, long expectedVersion) {
        public Target {
            Checks.target(petition, expectedVersion);
        }
    }

    /** A change carrying one text: the reason, the leader's name, the reply. */
    record WithText(PetitionId petition, long expectedVersion, String text) {
        public WithText {
            Checks.target(petition, expectedVersion);
            text = Texts.required("text", "the text", text, Petition.MAX_TEXT_LENGTH);
        }
    }

    record Clear(PetitionId petition, long expectedVersion, String outcome, Satisfaction petitionerResponse) {
        public Clear {
            Checks.target(petition, expectedVersion);
            outcome = Texts.required("outcome", "the recorded outcome", outcome, Petition.MAX_TEXT_LENGTH);
            if (petitionerResponse == null) {
                throw new InvalidValueException("petitionerResponse", "clearing a petition needs the petitioner's response");
            }
        }
    }

    record OpenDispute(PetitionId petition, long expectedVersion, String disputeType, String claims, Risk risk,
                       int peopleInvolved) {
        public OpenDispute {
            Checks.target(petition, expectedVersion);
            disputeType = Texts.required("disputeType", "the dispute type", disputeType, 64);
            claims = Texts.required("claims", "the claims", claims, 2_000);
            if (risk == null) {
                throw new InvalidValueException("risk", "the risk is required");
            }
            if (peopleInvolved < 1) {
                throw new InvalidValueException("peopleInvolved", "at least 1 person is involved");
            }
        }
    }

    record JoinDispute(PetitionId petition, long expectedVersion, DisputeId dispute) {
        public JoinDispute {
            Checks.target(petition, expectedVersion);
            if (dispute == null) {
                throw new InvalidValueException("disputeId", "the dispute to join is required");
            }
        }
    }

}
