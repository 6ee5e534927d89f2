package org.shizhi.domain.party.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.AllianceId;
import org.shizhi.domain.party.model.JointActivity;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PledgeId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * Regional party-building alliances (区域党建共同体): forming one around a convening party organisation, admitting a
 * member organisation, a member's pledge, and the joint activities held, each delivering pledges of its participants
 * at most once. Roles as for {@link OrganisePartyUseCase}; the alliance's area must lie in the caller's jurisdiction.
 */
public interface AllianceUseCase {

    Alliance form(Actor actor, FormAllianceCommand command);

    Alliance admit(Actor actor, AdmitCommand command);

    Pledge pledge(Actor actor, PledgeCommand command);

    /** The activity and the pledges it delivered, as they now stand. */
    ActivityRecorded recordActivity(Actor actor, RecordActivityCommand command);

    record FormAllianceCommand(String name, AreaCode area, PartyOrganisationId convenor, List<Alliance.Member> members) {
        public FormAllianceCommand {
            name = Texts.required("name", "an alliance's name", name, Alliance.MAX_NAME_LENGTH);
            if (area == null) {
                throw new InvalidValueException("area", "an alliance is formed in an area");
            }
            if (convenor == null) {
                throw new InvalidValueException("convenorId", "an alliance is convened by a party organisation");
            }
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    record AdmitCommand(AllianceId alliance, Alliance.Member member) {
        public AdmitCommand {
            if (alliance == null) {
                throw new InvalidValueException("allianceId", "the alliance is required");
            }
            if (member == null) {
                throw new InvalidValueException("member", "the member organisation is required");
            }
        }
    }

    record PledgeCommand(AllianceId alliance, String memberName, String promise, LocalDate dueOn) {
        public PledgeCommand {
            if (alliance == null) {
                throw new InvalidValueException("allianceId", "the alliance is required");
            }
            memberName = Texts.required("memberName", "the pledging member's name", memberName, Alliance.MAX_NAME_LENGTH);
            promise = Texts.required("promise", "what is pledged", promise, Pledge.MAX_PROMISE_LENGTH);
            if (dueOn == null) {
                throw new InvalidValueException("dueOn", "a pledge has a date it is due by");
            }
        }
    }

    record RecordActivityCommand(AllianceId alliance, String title, LocalDate on, List<String> participants, List<PledgeId> delivers) {
        public RecordActivityCommand {
            if (alliance == null) {
                throw new InvalidValueException("allianceId", "the alliance is required");
            }
            title = Texts.required("title", "an activity's title", title, JointActivity.MAX_TITLE_LENGTH);
            if (on == null) {
                throw new InvalidValueException("on", "the date of the activity is required");
            }
            participants = participants == null ? List.of() : List.copyOf(participants);
            delivers = delivers == null ? List.of() : List.copyOf(delivers);
            if (delivers.stream().distinct().count() != delivers.size()) {
                throw new InvalidValueException("pledgeIds", "a pledge is named once");
            }
        }
    }

    record ActivityRecorded(JointActivity activity, List<Pledge> delivered) {
        public ActivityRecorded {
            delivered = List.copyOf(delivered);
        }
    }
}
