package org.shizhi.domain.consultation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A council (议事会, 村民代表话事, 儿童议事会, 民情恳谈会, 坝坝会) of an area, with its members and their terms and the quorum
 * its votes need.
 */
public record Council(CouncilId id, long version, AreaCode area, CouncilKind kind, String name, QuorumRule quorum,
                      List<Member> members) {

    public static final int MAX_MEMBERS = 300;

    /** What a council is formed with. */
    public record Charter(AreaCode area, CouncilKind kind, String name, QuorumRule quorum, List<Member> members) {
        public Charter {
            if (area == null || area.level() == AdminLevel.PROVINCE || area.level() == AdminLevel.CITY) {
                throw new InvalidValueException("area", "a council sits in a district, street or community");
            }
            if (kind == null) {
                throw new InvalidValueException("kind", "the kind is RESIDENTS_COUNCIL, VILLAGE_REPRESENTATIVES_TALK, CHILDREN, "
                        + "PUBLIC_OPINION_TALK or COURTYARD_MEETING");
            }
            name = Texts.required("name", "the council's name", name, 200);
            quorum = quorum == null ? QuorumRule.standard() : quorum;
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    public Council {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
        if (members.size() > MAX_MEMBERS) {
            throw new InvalidValueException("members", "a council has at most " + MAX_MEMBERS + " members");
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (members.get(i).name().equals(members.get(j).name()) && members.get(i).overlaps(members.get(j))) {
                    throw new ConflictException("members", members.get(i).name() + " already serves on this council in an overlapping term");
                }
            }
        }
    }

    public static Council form(CouncilId id, Charter charter) {
        return new Council(id, 1, charter.area(), charter.kind(), charter.name(), charter.quorum(), charter.members());
    }

    /** Appoints a member for a term; the same person may not serve twice in overlapping terms. */
    public Council appoint(Member member) {
        if (member == null) {
            throw new InvalidValueException("member", "the member is required");
        }
        List<Member> all = new ArrayList<>(members);
        all.add(member);
        return new Council(id, version + 1, area, kind, name, quorum, all);
    }

    /** The members whose term covers the day: whom a vote's quorum is counted over. */
    public List<Member> servingOn(LocalDate day) {
        return members.stream().filter(m -> m.servesOn(day)).toList();
    }
}
