package org.shizhi.domain.dispute.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * What a closed dispute leaves for the case archive ({@code CaseRecord}), frozen at the close and written to the
 * outbox in the same transaction: what an auditor searches (type, area, facts, claims, the outcome's text, dates) and
 * the parties with the kinds of personal data each holds. Parties' names are kept (they are the substance of a case
 * file and the archive masks them by the reader's privilege); ID numbers and mobiles are not: they stay with the
 * dispute, encrypted.
 */
@PublishedModel
public record ClosedDisputeRecord(DisputeId disputeId, long version, AreaCode area, AreaCode centre, AdminLevel centreLevel,
                                  String typeCode, String typeLabel, DisputeSource source, Optional<GridEventId> gridEvent,
                                  MediationChannel channel, RiskLevel risk, boolean petitionBacklog, String facts, String claims,
                                  String outcome, Instant openedAt, Instant concludedAt, Instant closedAt, int escalations,
                                  List<RecordedParty> parties) {

    /** A party as the archive keeps it. */
    public record RecordedParty(Party.Kind kind, Party.Role role, String name, Set<Party.PersonalDataType> personalDataTypes) {
        public RecordedParty {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
            personalDataTypes = Set.copyOf(personalDataTypes);
        }
    }

    public ClosedDisputeRecord {
        if (disputeId == null || area == null || centre == null || centreLevel == null || typeCode == null || typeLabel == null
                || source == null || channel == null || risk == null || facts == null || claims == null || outcome == null
                || openedAt == null || concludedAt == null || closedAt == null) {
            throw new InvalidValueException("record", "a closed dispute record is complete or not made");
        }
        Objects.requireNonNull(gridEvent, "gridEvent");
        parties = List.copyOf(parties);
    }

    public static ClosedDisputeRecord of(Dispute closed) {
        if (closed.state() != DisputeState.CLOSED) {
            throw new InvalidValueException("state", "only a CLOSED dispute leaves a record for the archive; dispute "
                    + closed.id() + " is " + closed.state());
        }
        return new ClosedDisputeRecord(closed.id(), closed.version(), closed.area(), closed.centre(), closed.centreLevel(),
                closed.type().code(), closed.type().label(), closed.source(), closed.gridEvent(), closed.channel(),
                closed.risk().level(), closed.petitionBacklog(), closed.facts(), closed.claims(),
                closed.outcome().orElseThrow().describe(), closed.openedAt(), closed.concludedAt().orElseThrow(),
                closed.closedAt().orElseThrow(), closed.escalations(),
                closed.parties().stream().map(p -> new RecordedParty(p.kind(), p.role(), p.name(), p.personalDataTypes())).toList());
    }
}
