package org.shizhi.domain.dispute.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeAction;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.PersonalData;

/**
 * A dispute as a reader sees it: the parties' personal data clear or masked by the reader's privilege, whether
 * its deadline has passed, and the steps open to the reader now. {@code dispute().parties()} is not for display: use
 * {@code parties}.
 */
public record DisputeView(Dispute dispute, List<PartyView> parties, boolean overdue, Set<DisputeAction> actions) {

    public record PartyView(Party.Kind kind, Party.Role role, String name, Optional<String> idNumber, Optional<String> phone,
                            Optional<String> creditCode, Set<Party.PersonalDataType> personalDataTypes, boolean masked) {
    }

    /** The dispute's id, for a caller that keeps only the reference. */
    public DisputeId id() {
        return dispute.id();
    }

    /** The dispute as {@code reader} sees it: personal data as their privilege shows it, and the steps open to them. */
    public static DisputeView of(Dispute dispute, Actor reader, java.time.Instant now) {
        PersonalData shown = PersonalData.shownAs(reader.mayReadPersonalData());
        List<PartyView> parties = dispute.parties().stream().map(p -> new PartyView(p.kind(), p.role(),
                p.kind() == Party.Kind.PERSON ? shown.name(p.name()) : p.name(), p.idNumber().map(shown::idNumber),
                shown.phone(p.phone()), p.creditCode().map(c -> c.value()), p.personalDataTypes(), !shown.isClear())).toList();
        return new DisputeView(dispute, parties, dispute.isOverdue(now), DisputeAction.openTo(reader, dispute));
    }
}
