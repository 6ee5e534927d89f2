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
 * carries. Permission: {@link Permission#RECORD_FINDING}; the task must lie in the caller's
 * jurisdiction (404) and the caller must be the task's cadre: the token's subject is the cadre's grid member id (403).
 *
 * <p>Idempotent by {@code key}: recording a finding again under a key the task already records answers that finding
 * and writes nothing; a dispute finding whose recording failed after the dispute was opened, recorded again under its
 * key, finds that dispute (its intake reference names the task and key) instead of opening a second.
 */
public interface RecordFindingUseCase {

    FindingRecorded recordFinding(Actor actor, RecordFindingCommand command);

    /** The task with the finding, and whether it had been recorded before under the same key. */
    record FindingRecorded(VisitTask task, VisitFinding finding, boolean repeated) {
    }

    /**
     * @param text    what the resident raised: the grid event's description, or the dispute's facts
     * @param dispute exactly for a {@link FindingKind#DISPUTE}: what opening the dispute needs besides the facts
     */
    record RecordFindingCommand(VisitTaskId task, String key, FindingKind kind, EventCategory category, String text,
                                Reporter resident, Optional<DisputeDetails> dispute) {
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
            text = Texts.required("text", "what the resident raised", text, Dispute.MAX_FACTS);
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
