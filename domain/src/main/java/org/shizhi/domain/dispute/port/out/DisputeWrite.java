package org.shizhi.domain.dispute.port.out;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.dispute.model.ClosedDisputeRecord;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeTransition;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * One change of one dispute as storage must write it: all in one transaction or nothing, the archive record of a
 * close included (the reasoning is grid's {@code EventWrite}'s).
 *
 * @param expectedVersion 0 for a new dispute, else the stored version, which must still be there
 * @param closedRecord    present exactly when the change closed the dispute
 */
public record DisputeWrite(Dispute dispute, long expectedVersion, DisputeChange change, Optional<ClosedDisputeRecord> closedRecord) {

    public DisputeWrite {
        Objects.requireNonNull(dispute, "dispute");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(closedRecord, "closedRecord");
        if (expectedVersion != dispute.version() - 1 || change.version() != dispute.version()) {
            throw new InvalidValueException("version", "a change moves a dispute one version on: expected "
                    + (dispute.version() - 1) + ", got " + expectedVersion);
        }
        if (!change.disputeId().equals(dispute.id())) {
            throw new InvalidValueException("change", "the timeline entry belongs to another dispute");
        }
        boolean closes = dispute.state() == DisputeState.CLOSED && change.kind() == DisputeChange.Kind.CLOSED;
        if (closedRecord.isPresent() != closes) {
            throw new InvalidValueException("closedRecord", "the change that closes a dispute, and only that one, carries its archive record");
        }
    }

    public static DisputeWrite of(DisputeTransition transition) {
        Dispute d = transition.dispute();
        boolean closes = d.state() == DisputeState.CLOSED && transition.change().kind() == DisputeChange.Kind.CLOSED;
        return new DisputeWrite(d, d.version() - 1, transition.change(),
                closes ? Optional.of(ClosedDisputeRecord.of(d)) : Optional.empty());
    }

    public boolean isNew() {
        return expectedVersion == 0;
    }
}
