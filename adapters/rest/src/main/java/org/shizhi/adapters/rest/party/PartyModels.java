package org.shizhi.adapters.rest.party;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.shizhi.adapters.rest.model.AllianceMemberJson;
import org.shizhi.adapters.rest.model.AllianceMemberKindJson;
import org.shizhi.adapters.rest.model.AlliancePledgeJson;
import org.shizhi.adapters.rest.model.CouncilSeatJson;
import org.shizhi.adapters.rest.model.CouncilSeatKindJson;
import org.shizhi.adapters.rest.model.EstateJson;
import org.shizhi.adapters.rest.model.JointActivityJson;
import org.shizhi.adapters.rest.model.PartyAllianceJson;
import org.shizhi.adapters.rest.model.PartyCheckInJson;
import org.shizhi.adapters.rest.model.PartyCouncilJson;
import org.shizhi.adapters.rest.model.PartyCouncilMeetingJson;
import org.shizhi.adapters.rest.model.PartyMemberJson;
import org.shizhi.adapters.rest.model.PartyModelPostJson;
import org.shizhi.adapters.rest.model.PartyOrganisationJson;
import org.shizhi.adapters.rest.model.PartyOrganisationTierJson;
import org.shizhi.adapters.rest.model.PartyServiceJson;
import org.shizhi.adapters.rest.model.PropertyCompanyJson;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.JointActivity;
import org.shizhi.domain.party.model.Meeting;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PledgeId;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.party.model.Seat;
import org.shizhi.domain.party.model.ServiceRecord;
import org.shizhi.domain.party.port.in.MemberView;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The party context's records as the contract shows them, for the resource and for a create given again
 * ({@link PartyReplays}). Lists come out in a fixed order (seats as the five are listed, codes and ids sorted) so that
 * an answer given again is the answer given first.
 */
final class PartyModels {

    private PartyModels() {
    }

    static PartyOrganisationJson organisation(PartyOrganisation o) {
        var body = new PartyOrganisationJson().id(o.id().value()).tier(PartyOrganisationTierJson.fromValue(o.tier().name()))
                .name(o.name()).areaCode(o.area().toString())
                .gridCodes(o.grids().stream().map(GridCode::value).sorted().toList())
                .estateIds(o.estates().stream().map(EstateId::value).sorted().toList());
        o.parent().ifPresent(p -> body.setParentId(p.value()));
        return body;
    }

    static PartyMemberJson member(MemberView m, Optional<CheckIn> checkIn) {
        var body = new PartyMemberJson().id(m.id().value()).organisationId(m.organisation().value()).name(m.name())
                .idNumber(m.idNumber()).employed(m.employed()).joinedOn(m.joinedOn()).masked(m.masked());
        m.mobile().ifPresent(body::setMobile);
        checkIn.ifPresent(c -> body.setCheckIn(checkIn(c)));
        return body;
    }

    static PartyCheckInJson checkIn(CheckIn c) {
        return new PartyCheckInJson().memberId(c.member().value()).communityCode(c.community().toString()).checkedInOn(c.on())
                .pledgedService(c.pledgedService());
    }

    static PartyServiceJson service(ServiceRecord r) {
        return new PartyServiceJson().id(r.id().value()).memberId(r.member().value()).communityCode(r.community().toString())
                .activity(r.activity()).servedOn(r.on()).hours(r.hours()).beneficiaries(r.beneficiaries());
    }

    /** A model post with its holder as the reader sees them (name masked without the privilege). */
    static PartyModelPostJson modelPost(ModelPost post, MemberView holder) {
        return new PartyModelPostJson().id(post.id().value()).organisationId(post.organisation().value()).title(post.title())
                .holderId(post.holder().value()).holderName(holder.name()).since(post.since()).masked(holder.masked());
    }

    static EstateJson estate(Estate e) {
        var body = new EstateJson().id(e.id().value()).communityCode(e.community().toString()).name(e.name());
        e.propertyCompany().ifPresent(c -> body.setPropertyCompanyCreditCode(c.value()));
        return body;
    }

    static PropertyCompanyJson company(PropertyCompany c) {
        var body = new PropertyCompanyJson().creditCode(c.creditCode().value()).cityCode(c.city().toString()).name(c.name());
        c.overseenBy().ifPresent(o -> body.setOverseenById(o.value()));
        return body;
    }

    static AllianceMemberJson allianceMember(Alliance.Member m) {
        var body = new AllianceMemberJson().name(m.name()).kind(AllianceMemberKindJson.fromValue(m.kind().name()));
        m.creditCode().map(UnifiedSocialCreditCode::value).ifPresent(body::setCreditCode);
        return body;
    }

    static PartyAllianceJson alliance(Alliance a) {
        return new PartyAllianceJson().id(a.id().value()).name(a.name()).areaCode(a.area().toString()).convenorId(a.convenor().value())
                .members(a.members().stream().map(PartyModels::allianceMember).toList());
    }

    static AlliancePledgeJson pledge(Pledge p) {
        var body = new AlliancePledgeJson().id(p.id().value()).allianceId(p.alliance().value()).memberName(p.memberName())
                .promise(p.promise()).dueOn(p.dueOn()).delivered(p.deliveredOn().isPresent());
        p.deliveredOn().ifPresent(body::setDeliveredOn);
        p.deliveredBy().ifPresent(a -> body.setDeliveredBy(a.value()));
        return body;
    }

    static JointActivityJson activity(JointActivity a) {
        return new JointActivityJson().id(a.id().value()).allianceId(a.alliance().value()).title(a.title()).heldOn(a.on())
                .participants(List.copyOf(a.participants()))
                .pledgeIds(a.delivers().stream().map(PledgeId::value).sorted().toList());
    }

    static PartyCouncilJson council(Council c) {
        var body = new PartyCouncilJson().id(c.id().value()).communityCode(c.community().toString())
                .seats(Arrays.stream(Seat.values()).filter(c.seats()::containsKey).map(seat -> new CouncilSeatJson()
                        .seat(CouncilSeatKindJson.fromValue(seat.name())).organisation(c.seats().get(seat).organisation())
                        .person(c.seats().get(seat).person())).toList());
        c.estate().ifPresent(e -> body.setEstateId(e.value()));
        return body;
    }

    static PartyCouncilMeetingJson meeting(Meeting m) {
        return new PartyCouncilMeetingJson().id(m.id().value()).councilId(m.council().value()).heldOn(m.on())
                .present(Arrays.stream(Seat.values()).filter(m.present()::contains).map(s -> CouncilSeatKindJson.fromValue(s.name())).toList())
                .topics(List.copyOf(m.topics())).decisions(List.copyOf(m.decisions()));
    }
}
