package org.shizhi.domain.party.port.in;

import java.util.Optional;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.AllianceId;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.CouncilId;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.JointActivity;
import org.shizhi.domain.party.model.Meeting;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.party.model.ServiceRecord;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/** Reads of the party context; every role; only inside the caller's jurisdiction (elsewhere: not found). */
public interface PartyQuery {

    PartyOrganisation organisation(Actor actor, PartyOrganisationId id);

    Slice<PartyOrganisation> organisations(Actor actor, AreaCode area, PageRequest page);

    Estate estate(Actor actor, EstateId id);

    Slice<Estate> estates(Actor actor, AreaCode area, PageRequest page);

    PropertyCompany company(Actor actor, UnifiedSocialCreditCode creditCode);

    MemberView member(Actor actor, PartyMemberId id);

    Slice<MemberView> members(Actor actor, PartyOrganisationId organisation, PageRequest page);

    Optional<CheckIn> checkIn(Actor actor, PartyMemberId member);

    Slice<ServiceRecord> services(Actor actor, PartyMemberId member, PageRequest page);

    /** The organisation's model posts by title; positions are (title, id). */
    Slice<ModelPost> modelPosts(Actor actor, PartyOrganisationId organisation, PageRequest page);

    Alliance alliance(Actor actor, AllianceId id);

    Slice<Alliance> alliances(Actor actor, AreaCode area, PageRequest page);

    /** The alliance's pledges by due date; positions are (due date, id). */
    Slice<Pledge> pledges(Actor actor, AllianceId alliance, PageRequest page);

    Slice<JointActivity> activities(Actor actor, AllianceId alliance, PageRequest page);

    Council council(Actor actor, CouncilId id);

    /** The community's own council first, then its estates' councils; see {@code Councils.ofCommunity}. */
    Slice<Council> councils(Actor actor, AreaCode community, PageRequest page);

    Slice<Meeting> meetings(Actor actor, CouncilId council, PageRequest page);

    /**
     * The party instructors (党建指导员) on the community's grids, by grid code then post id ({@link InstructorView#position}):
     * grid posts, read through the grid context's {@code GridQuery} (which also checks the community's jurisdiction).
     */
    Slice<InstructorView> instructors(Actor actor, AreaCode community, PageRequest page);
}
