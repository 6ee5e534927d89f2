package org.shizhi.domain.party.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * A regional party-building alliance (区域党建共同体): convened by a party organisation in an area, joined by
 * organisations of any kind, each named once.
 */
public record Alliance(AllianceId id, String name, AreaCode area, PartyOrganisationId convenor, List<Member> members) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_MEMBERS = 200;

    /** What kind of organisation a member is. */
    public enum MemberKind { PARTY_ORGANISATION, ENTERPRISE, SCHOOL, GOVERNMENT_AGENCY, PUBLIC_INSTITUTION, SOCIAL_ORGANISATION, OTHER }

    /** An organisation in the alliance, named as it signs its pledges. */
    public record Member(String name, MemberKind kind, Optional<UnifiedSocialCreditCode> creditCode) {
        public Member {
            name = Texts.required("members.name", "a member organisation's name", name, MAX_NAME_LENGTH);
            if (kind == null) {
                throw new InvalidValueException("members.kind", "a member organisation's kind is required");
            }
            creditCode = creditCode == null ? Optional.empty() : creditCode;
        }
    }

    public Alliance {
        Objects.requireNonNull(id, "id");
        name = Texts.required("name", "an alliance's name", name, MAX_NAME_LENGTH);
        if (area == null) {
            throw new InvalidValueException("area", "an alliance is formed in an area");
        }
        if (convenor == null) {
            throw new InvalidValueException("convenorId", "an alliance is convened by a party organisation");
        }
        if (members == null || members.size() < 2 || members.size() > MAX_MEMBERS) {
            throw new InvalidValueException("members", "an alliance has 2 to " + MAX_MEMBERS + " member organisations");
        }
        members = List.copyOf(members);
        Set<String> seen = new HashSet<>();
        for (Member m : members) {
            if (!seen.add(m.name())) {
                throw new InvalidValueException("members", "member organisation " + m.name() + " is named twice");
            }
        }
    }

    public boolean hasMember(String memberName) {
        return members.stream().anyMatch(m -> m.name().equals(memberName));
    }

    public Alliance joinedBy(Member member) {
        return new Alliance(id, name, area, convenor, java.util.stream.Stream.concat(members.stream(), java.util.stream.Stream.of(member)).toList());
    }
}
