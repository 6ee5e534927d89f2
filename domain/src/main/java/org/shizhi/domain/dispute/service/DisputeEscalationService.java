package org.shizhi.domain.dispute.service;

import org.shizhi.domain.shared.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeTransition;
import org.shizhi.domain.dispute.port.in.EscalateOverdueDisputesUseCase;
import org.shizhi.domain.dispute.port.out.DisputeRepository;
import org.shizhi.domain.dispute.port.out.DisputeWrite;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.StaleVersionException;

/**
 * Escalates overdue disputes to the centre one level up, exactly once however many instances run it: a dispute is
 * escalated only by the caller that claimed it, and the write is refused if it changed since it was read.
 */
public final class DisputeEscalationService implements EscalateOverdueDisputesUseCase {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    public static final int MAX_LIMIT = 1_000;

    private final DisputeRepository disputes;
    private final DisputeService mediation;
    private final Clock clock;
    private final Duration lease;

    public DisputeEscalationService(DisputeRepository disputes, DisputeService mediation, Clock clock, Duration lease) {
        this.disputes = Objects.requireNonNull(disputes);
        this.mediation = Objects.requireNonNull(mediation);
        this.clock = Objects.requireNonNull(clock);
        this.lease = Objects.requireNonNull(lease);
        if (lease.isNegative() || lease.isZero()) {
            throw new InvalidValueException("lease", "a claim's lease must be positive, got " + lease);
        }
    }

    public DisputeEscalationService(DisputeRepository disputes, DisputeService mediation, Clock clock) {
        this(disputes, mediation, clock, DEFAULT_LEASE);
    }

    @Override
    public Run escalateOverdue(Actor actor, int limit) {
        Acting by = actor.acting(Permission.ESCALATE_OVERDUE);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "escalate 1 to " + MAX_LIMIT + " disputes at a time, got " + limit);
        }
        Instant now = clock.instant();
        List<DisputeChange> escalated = new ArrayList<>();
        List<DisputeId> skipped = new ArrayList<>();
        for (Dispute dispute : disputes.claimOverdue(actor.jurisdiction(), now, lease, limit)) {
            if (!actor.answersFor(dispute.area()) || !dispute.isOverdue(now)) {
                skipped.add(dispute.id());
                continue;
            }
            try {
                DisputeTransition t = mediation.escalation(dispute, by, now, "overdue: the " + (dispute.state().name().equals("OPENED")
                        ? "acceptance" : "conclusion") + " deadline " + dispute.deadline().dueOn() + " passed");
                disputes.save(DisputeWrite.of(t));
                escalated.add(t.change());
            } catch (StaleVersionException | ConflictException leftAlone) {
                skipped.add(dispute.id());
            }
        }
        return new Run(escalated, skipped);
    }
}
