package org.shizhi.domain.dispute.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A step a person may take on a dispute, each one operation under {@code /api/v1/disputes/{id}/} (named in the
 * contract's {@code DisputeAction}). A step is open to a caller when the dispute's state allows it now (the same check
 * {@link Dispute}'s method makes first) and one of the caller's roles holds its permission, the one the service asks
 * for: as {@code EventAction} does for grid events, so that a console offers these and the role table lives in
 * {@link Permission} only. The operation may still refuse on a rule the dispute alone cannot tell (no centre above to
 * escalate to, a city's consultation rule that does not call for 3+N, a mediator not of the centre): its 409 or 400 is
 * the answer then.
 */
@PublishedModel
public enum DisputeAction {
    /** {@code accept}: OPENED → ACCEPTED. */
    ACCEPT(Permission.MEDIATE_DISPUTE, d -> d.state() == DisputeState.OPENED),
    /** {@code escalate}: while open. */
    ESCALATE(Permission.MEDIATE_DISPUTE, d -> d.state().isOpen()),
    /** {@code channel}: while open. */
    CHANGE_CHANNEL(Permission.MEDIATE_DISPUTE, d -> d.state().isOpen()),
    /** {@code sessions}: while mediating. */
    HOLD_SESSION(Permission.MEDIATE_DISPUTE, d -> DisputeState.MEDIATING.contains(d.state())),
    /** {@code consultation}: while mediating, no consultation going on. */
    CONVENE(Permission.MEDIATE_DISPUTE, d -> DisputeState.MEDIATING.contains(d.state()) && !consulting(d)),
    /** {@code consultation/opinions}: while a consultation goes on. */
    RECORD_OPINION(Permission.MEDIATE_DISPUTE, DisputeAction::consulting),
    /** {@code consultation/conclusion}: while a consultation goes on. */
    CONCLUDE_CONSULTATION(Permission.MEDIATE_DISPUTE, DisputeAction::consulting),
    /** {@code outcome}: while open (a withdrawal even before acceptance), not during a consultation. */
    CONCLUDE(Permission.MEDIATE_DISPUTE, d -> d.state().isOpen() && !consulting(d)),
    /** {@code judicial-confirmation}: an agreement not yet decided by the court. */
    JUDICIAL_CONFIRMATION(Permission.MEDIATE_DISPUTE, d -> agreed(d) && switch (((Outcome.Agreement) d.outcome().orElseThrow()).confirmation()) {
        case NONE, REQUESTED -> true;
        default -> false;
    }),
    /** {@code close}: CONCLUDED → CLOSED. */
    CLOSE(Permission.MEDIATE_DISPUTE, d -> d.state() == DisputeState.CONCLUDED && d.outcome().isPresent()),
    /** {@code follow-up}: an agreement, concluded or closed. */
    FOLLOW_UP(Permission.FOLLOW_UP_DISPUTE, DisputeAction::agreed);

    private final Permission permission;
    private final Predicate<Dispute> allowedBy;

    DisputeAction(Permission permission, Predicate<Dispute> allowedBy) {
        this.permission = permission;
        this.allowedBy = allowedBy;
    }

    /** The steps open to {@code actor} on {@code dispute} as it stands. */
    public static Set<DisputeAction> openTo(Actor actor, Dispute dispute) {
        EnumSet<DisputeAction> open = EnumSet.noneOf(DisputeAction.class);
        for (DisputeAction action : values()) {
            if (action.allowedBy.test(dispute) && action.permission.grantedTo(actor)) {
                open.add(action);
            }
        }
        return Collections.unmodifiableSet(open);
    }

    private static boolean consulting(Dispute d) {
        return d.consultation().isPresent() && !d.consultation().get().isConcluded();
    }

    private static boolean agreed(Dispute d) {
        return d.outcome().orElse(null) instanceof Outcome.Agreement
                && (d.state() == DisputeState.CONCLUDED || d.state() == DisputeState.CLOSED);
    }
}
