package org.shizhi.domain.party.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.party.model.PartyMember;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.shared.PersonalData;

/** A member as a reader sees them: name, ID number and mobile clear or masked by the reader's privilege. */
public record MemberView(PartyMemberId id, PartyOrganisationId organisation, String name, String idNumber,
                         Optional<String> mobile, boolean employed, LocalDate joinedOn, boolean masked) {

    public static MemberView of(PartyMember member, PersonalData shown) {
        return new MemberView(member.id(), member.organisation(), shown.name(member.name()), shown.idNumber(member.idNumber()),
                shown.phone(member.mobile()), member.employed(), member.joinedOn(), !shown.isClear());
    }
}
