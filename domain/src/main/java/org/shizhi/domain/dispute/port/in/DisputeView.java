package org.shizhi.domain.dispute.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.shared.PersonalData;

/**
 * A dispute as a reader sees it: the parties' personal data clear or masked by the reader's privilege, and whether
 * its deadline has passed. {@code dispute().parties()} is not for display: use {@code parties}.
 */
public record DisputeView(Dispute dispute, List<PartyView> parties, boolean overdue) {

    public record PartyView(Party.Kind kind, Party.Role role, String name, Optional<String> idNumber, Optional<String> phone,
                            Optional<String> creditCode, Set<Party.PersonalDataType> personalDataTypes, boolean masked) {
    }

    /** The dispute's id, for a caller that keeps only the reference. */
    public DisputeId id() {
        return dispute.id();
    }

    public static DisputeView of(Dispute dispute, PersonalData shown, java.time.Instant now) {
        List<PartyView> parties = dispute.parties().stream().map(p -> new PartyView(p.kind(), p.role(),
                p.kind() == Party.Kind.PERSON ? shown.name(p.name()) : p.name(), p.idNumber().map(shown::idNumber),
                shown.phone(p.phone()), p.creditCode().map(c -> c.value()), p.personalDataTypes(), !shown.isClear())).toList();
        return new DisputeView(dispute, parties, dispute.isOverdue(now));
    }
}
