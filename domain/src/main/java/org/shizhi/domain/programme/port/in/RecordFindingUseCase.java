package org.shizhi.domain.programme.port.in;

import org.shizhi.domain.shared.Permission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.programme.model.FindingKind;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * 平安夜访: what a resident raised on a visit is recorded on the task and becomes either a grid event on the visited
 * grid, reported by the resident (channel RESIDENT), or, for a {@link FindingKind#DISPUTE}, a dispute opened at the
 * dispute context's intake (source NIGHT_VISIT, in the grid's community) with the parties, claims and risk the finding
 * carries, or, for a {@link FindingKind#PETITION}, a petition (信访) received by the law context through its
 * {@code PetitionUseCase} (channel VISIT, in the grid's community, the resident as petitioner, linked back to the task;
 * receiving it needs {@link Permission#RECEIVE_PETITION} too). Permission: {@link Permission#RECORD_FINDING}; the task must lie in the caller's
 * jurisdiction (404) and the caller must be the task's cadre: the token's subject is the cadre's grid member id (403).
 *
 * <p>Idempotent by {@code key}: recording a finding again under a key the task already records answers that finding
 * and writes nothing; a dispute finding whose recording failed after the dispute was opened, recorded again under its
 * key, finds that dispute (its intake reference names the task and key) instead of opening a second; a petition
 * finding likewise finds the petition received under the id its task and key give, and one whose text, resident or
 * agency differ from that petition's is a conflict.
 */
public interface RecordFindingUseCase {

    FindingRecorded recordFinding(Actor actor, RecordFindingCommand command);

    /** The task with the finding, and whether it had been recorded before under the same key. */
    record FindingRecorded(VisitTask task, VisitFinding finding, boolean repeated) {
    }

    /**
     * @param text     what the resident raised: the grid event's description, the dispute's facts, or the petition's matter
     * @param dispute  exactly for a {@link FindingKind#DISPUTE}: what opening the dispute needs besides the facts
     * @param petition exactly for a {@link FindingKind#PETITION}: what receiving the petition needs besides the matter
     *                 and the resident
     */
    record RecordFindingCommand(VisitTaskId task, String key, FindingKind kind, EventCategory category, String text,
                                Reporter resident, Optional<DisputeDetails> dispute, Optional<PetitionDetails> petition) {
        public RecordFindingCommand {
            if (task == null || kind == null || category == null || resident == null) {
                throw new InvalidValueException("finding", "a finding names its task, kind, category and the resident who raised it");
            }
            key = VisitFinding.requireKey(key);
            if (kind == FindingKind.DISPUTE && category != EventCategory.DISPUTE) {
                throw new InvalidValueException("category", "a DISPUTE finding has category DISPUTE, not " + category);
            }
            dispute = dispute == null ? Optional.empty() : dispute;
            if (dispute.isPresent() != (kind == FindingKind.DISPUTE)) {
                throw new InvalidValueException("dispute", kind == FindingKind.DISPUTE
                        ? "a DISPUTE finding carries what opening the dispute needs: type, parties, claims and risk"
                        : "only a DISPUTE finding carries a dispute");
            }
            petition = petition == null ? Optional.empty() : petition;
            if (petition.isPresent() != (kind == FindingKind.PETITION)) {
                throw new InvalidValueException("petition", kind == FindingKind.PETITION
                        ? "a PETITION finding carries what receiving the petition needs: the responsible agency"
                        : "only a PETITION finding carries a petition");
            }
            // A petition's matter is shorter: the law context's intake checks it (field "matter").
            text = Texts.required("text", "what the resident raised", text, Dispute.MAX_FACTS);
        }

        /** A grid event or dispute finding. */
        public RecordFindingCommand(VisitTaskId task, String key, FindingKind kind, EventCategory category, String text,
                                    Reporter resident, Optional<DisputeDetails> dispute) {
            this(task, key, kind, category, text, resident, dispute, Optional.empty());
        }
    }

    /**
     * What a night-visit petition is received with besides its matter (the finding's text) and its petitioner (the
     * resident, with their mobile if given); fields are named as the request names them, under {@code petition.}.
     *
     * @param agency   the agency responsible for the matter (责任单位)
     * @param idNumber the petitioner's ID number, if they gave it
     */
    record PetitionDetails(String agency, Optional<IdNumber> idNumber) {
        public PetitionDetails {
            agency = Texts.required("petition.agency", "the responsible agency", agency, 200);
            idNumber = idNumber == null ? Optional.empty() : idNumber;
        }
    }

    /**
     * What a night-visit dispute is opened with besides its facts (the finding's text), checked as the dispute's intake
     * checks it; fields are named as the request names them, under {@code dispute.}.
     */
    record DisputeDetails(String type, List<Party> parties, String claims, Optional<BigDecimal> amount, int peopleInvolved,
                          Risk risk, boolean petitionBacklog) {
        public DisputeDetails {
            if (type == null || type.isBlank()) {
                throw new InvalidValueException("dispute.type", "the dispute type is required");
            }
            if (risk == null) {
                throw new InvalidValueException("dispute.risk", "the risk is required");
            }
            parties = parties == null ? List.of() : List.copyOf(parties);
            if (parties.stream().noneMatch(p -> p.role() == Party.Role.APPLICANT)) {
                throw new InvalidValueException("dispute.parties", "a dispute has at least one party whose role is APPLICANT");
            }
            if (parties.size() > Dispute.MAX_PARTIES) {
                throw new InvalidValueException("dispute.parties", "at most " + Dispute.MAX_PARTIES + " parties");
            }
            claims = Texts.required("dispute.claims", "the claims", claims, Dispute.MAX_CLAIMS);
            amount = amount == null ? Optional.empty() : amount.map(a -> Outcome.Amounts.check("dispute.amount", a));
            if (peopleInvolved < 1 || peopleInvolved > 100_000) {
                throw new InvalidValueException("dispute.peopleInvolved", "the number of people involved is 1 to 100000, got "
                        + peopleInvolved);
            }
        }
    }
}
