package org.shizhi.domain.party.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.PartyMember;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.ServiceRecord;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Texts;

/**
 * Members and what they do: enrolling a member in an organisation, an employed member's check-in to the community
 * where they live (在职党员到社区报到), their service records, model posts (党员示范岗). Roles as for
 * {@link OrganisePartyUseCase}; the member's organisation must lie in the caller's jurisdiction. A check-in's and a
 * service's community must lie in the member's city. Answers are views, masked unless the caller holds
 * {@code PERSONAL_DATA}.
 */
public interface KeepMembersUseCase {

    MemberView enrol(Actor actor, EnrolCommand command);

    CheckIn checkIn(Actor actor, CheckInCommand command);

    ServiceRecord recordService(Actor actor, RecordServiceCommand command);

    ModelPost appoint(Actor actor, AppointCommand command);

    record EnrolCommand(PartyOrganisationId organisation, String name, IdNumber idNumber, Optional<PhoneNumber> mobile,
                        boolean employed, LocalDate joinedOn) {
        public EnrolCommand {
            if (organisation == null) {
                throw new InvalidValueException("organisationId", "a member belongs to an organisation");
            }
            name = Texts.required("name", "a member's name", name, PartyMember.MAX_NAME_LENGTH);
            if (idNumber == null) {
                throw new InvalidValueException("idNumber", "a member's ID number is required");
            }
            mobile = mobile == null ? Optional.empty() : mobile;
            if (joinedOn == null) {
                throw new InvalidValueException("joinedOn", "the date the member joined the party is required");
            }
        }
    }

    record CheckInCommand(PartyMemberId member, AreaCode community, LocalDate on, String pledgedService) {
        public CheckInCommand {
            if (member == null) {
                throw new InvalidValueException("memberId", "the member checking in is required");
            }
            if (community == null) {
                throw new InvalidValueException("community", "the community checked in to is required");
            }
            if (on == null) {
                throw new InvalidValueException("on", "the date of the check-in is required");
            }
            pledgedService = Texts.required("pledgedService", "the service pledged", pledgedService, CheckIn.MAX_PLEDGE_LENGTH);
        }
    }

    record RecordServiceCommand(PartyMemberId member, AreaCode community, String activity, LocalDate on, BigDecimal hours,
                                int beneficiaries) {
        public RecordServiceCommand {
            if (member == null) {
                throw new InvalidValueException("memberId", "the member who served is required");
            }
            if (community == null) {
                throw new InvalidValueException("community", "the community served is required");
            }
            activity = Texts.required("activity", "the activity", activity, ServiceRecord.MAX_ACTIVITY_LENGTH);
            if (on == null) {
                throw new InvalidValueException("on", "the date of the service is required");
            }
            if (hours == null) {
                throw new InvalidValueException("hours", "hours are required");
            }
        }
    }

    record AppointCommand(PartyOrganisationId organisation, String title, PartyMemberId holder, LocalDate since) {
        public AppointCommand {
            if (organisation == null) {
                throw new InvalidValueException("organisationId", "a model post belongs to an organisation");
            }
            title = Texts.required("title", "a model post's title", title, ModelPost.MAX_TITLE_LENGTH);
            if (holder == null) {
                throw new InvalidValueException("holderId", "a model post has a holder");
            }
            if (since == null) {
                throw new InvalidValueException("since", "the date the holder took the post is required");
            }
        }
    }
}
