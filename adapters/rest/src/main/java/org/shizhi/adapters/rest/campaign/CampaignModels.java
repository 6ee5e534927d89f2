package org.shizhi.adapters.rest.campaign;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shizhi.adapters.rest.model.ActingJson;
import org.shizhi.adapters.rest.model.CampaignActivityJson;
import org.shizhi.adapters.rest.model.CampaignAreaCoverageJson;
import org.shizhi.adapters.rest.model.CampaignAttachmentJson;
import org.shizhi.adapters.rest.model.CampaignCoverageJson;
import org.shizhi.adapters.rest.model.CampaignFiguresJson;
import org.shizhi.adapters.rest.model.CampaignJson;
import org.shizhi.adapters.rest.model.CampaignVenueKindJson;
import org.shizhi.adapters.rest.model.RoleJson;
import org.shizhi.adapters.rest.model.SafetyStarNominationJson;
import org.shizhi.adapters.rest.model.SafetyStarRoundJson;
import org.shizhi.adapters.rest.model.SafetyStarStageJson;
import org.shizhi.adapters.rest.model.SamaritanAwardJson;
import org.shizhi.adapters.rest.model.SamaritanFundEntryJson;
import org.shizhi.adapters.rest.model.SamaritanFundEntryKindJson;
import org.shizhi.adapters.rest.model.SamaritanHonoureeJson;
import org.shizhi.adapters.rest.model.WeddingFollowUpJson;
import org.shizhi.adapters.rest.model.WeddingHallJson;
import org.shizhi.adapters.rest.model.WeddingJson;
import org.shizhi.adapters.rest.model.WeddingPledgeJson;
import org.shizhi.adapters.rest.model.WeddingRegisterEntryJson;
import org.shizhi.adapters.rest.model.WeddingRegisterKindJson;
import org.shizhi.adapters.rest.model.WeddingReportLineJson;
import org.shizhi.adapters.rest.model.WeddingServiceKindJson;
import org.shizhi.adapters.rest.model.WeddingServicesUsedJson;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignCoverage;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingAreaReport;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.model.WeddingService;
import org.shizhi.domain.campaign.port.in.CampaignFiguresQuery;
import org.shizhi.domain.campaign.port.in.SafetyStarQuery;
import org.shizhi.domain.shared.Acting;

/** The campaign context's model types as the contract's. */
final class CampaignModels {

    private CampaignModels() {
    }

    static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    static ActingJson acting(Acting acting) {
        return new ActingJson().subject(acting.subject()).role(as(RoleJson.class, acting.role()));
    }

    static List<CampaignVenueKindJson> kinds(Set<VenueKind> kinds) {
        return kinds.isEmpty() ? List.of() : EnumSet.copyOf(kinds).stream().map(k -> as(CampaignVenueKindJson.class, k)).toList();
    }

    static CampaignJson campaign(Campaign c) {
        return new CampaignJson().id(c.id().value()).city(c.city().value()).theme(c.theme())
                .organiser(c.organiser()).periodStart(c.period().start()).periodEnd(c.period().end())
                .targetAreas(c.targetAreas().stream().map(a -> a.value()).toList()).targetKinds(kinds(c.targetKinds()))
                .templateId(c.template().orElse(null)).activityKinds(c.activityKinds()).checklist(c.checklist())
                .launchedAt(Inputs.at(c.launchedAt())).launchedBy(acting(c.launchedBy()));
    }

    static CampaignActivityJson activity(Activity a) {
        return new CampaignActivityJson().id(a.id().value()).campaignId(a.campaign().value())
                .venueKind(as(CampaignVenueKindJson.class, a.venueKind())).place(a.place()).areaCode(a.area().value()).heldOn(a.heldOn())
                .kind(a.kind().orElse(null)).participants(a.participants().count())
                .members(a.participants().members().orElse(null)).volunteers(a.participants().volunteers().orElse(null))
                .organiser(a.organiser()).evidence(a.evidence().description())
                .attachments(a.evidence().attachments().stream().map(f -> new CampaignAttachmentJson().fileName(f.fileName())
                        .mediaType(f.mediaType()).sizeBytes(f.sizeBytes()).sha256(f.sha256())).toList())
                .recordedAt(Inputs.at(a.recordedAt())).recordedBy(acting(a.recordedBy()));
    }

    static CampaignCoverageJson coverage(CampaignCoverage c) {
        return new CampaignCoverageJson().campaignId(c.campaign().value()).complete(c.complete())
                .pairsTargeted(c.pairsTargeted()).pairsReached(c.pairsReached())
                .areas(c.areas().stream().map(a -> new CampaignAreaCoverageJson().areaCode(a.area().value())
                        .reached(kinds(a.reached())).remaining(kinds(a.remaining()))).toList());
    }

    static SafetyStarRoundJson round(SafetyStarQuery.RoundView view) {
        var r = view.round();
        return new SafetyStarRoundJson().id(r.id().value()).areaCode(r.area().value()).title(r.title()).votingStart(r.voting().start())
                .votingEnd(r.voting().end()).stage(as(SafetyStarStageJson.class, view.stage())).openedAt(Inputs.at(r.openedAt()))
                .openedBy(acting(r.openedBy()));
    }

    static SafetyStarNominationJson nomination(Nomination n) {
        return new SafetyStarNominationJson().id(n.id().value()).roundId(n.round().value()).nominee(n.nominee())
                .nominatedBy(n.nominatedBy()).deed(n.deed()).evidence(n.evidence()).nominatedAt(Inputs.at(n.nominatedAt()));
    }

    static SamaritanFundEntryJson entry(FundEntry e) {
        return new SamaritanFundEntryJson().seq(e.seq()).kind(as(SamaritanFundEntryKindJson.class, e.kind())).amount(e.amount())
                .balanceAfter(e.balanceAfter()).entryOn(e.on()).description(e.description())
                .awardId(e.award().map(a -> a.value()).orElse(null)).recordedAt(Inputs.at(e.recordedAt()));
    }

    static SamaritanAwardJson award(SamaritanAward a) {
        return new SamaritanAwardJson().id(a.id().value()).fundArea(a.fund().value()).act(a.act())
                .actOn(a.actOn()).place(a.place())
                .honoured(a.honoured().stream().map(h -> new SamaritanHonoureeJson().name(h.name())
                        .idNumber(h.idNumber().map(n -> n.value()).orElse(null))).toList())
                .amount(a.amount()).awardedAt(Inputs.at(a.awardedAt())).awardedBy(acting(a.awardedBy()));
    }

    static WeddingHallJson hall(PublicHall h) {
        return new WeddingHallJson().id(h.id().value()).areaCode(h.area().value()).name(h.name()).capacity(h.capacity());
    }

    static WeddingRegisterEntryJson entry(WeddingRegisterEntry e) {
        var model = new WeddingRegisterEntryJson().id(e.id().value()).areaCode(e.area().value())
                .entryOn(e.on());
        return switch (e) {
            case WeddingRegisterEntry.FolkMaster m -> model.kind(WeddingRegisterKindJson.FOLK_MASTER).name(m.name())
                    .phone(m.phone().map(p -> p.value()).orElse(null));
            case WeddingRegisterEntry.AllianceBusiness b -> model.kind(WeddingRegisterKindJson.ALLIANCE_BUSINESS).name(b.name())
                    .service(b.service()).pledge(b.pledge()).charityPrice(b.charityPrice());
            case WeddingRegisterEntry.CounsellingSession s -> model.kind(WeddingRegisterKindJson.COUNSELLING).topic(s.topic())
                    .counsellor(s.counsellor()).couples(s.couples());
        };
    }

    static WeddingJson wedding(Wedding w) {
        return new WeddingJson().id(w.id().value()).areaCode(w.area().value()).weddingOn(w.weddingOn())
                .partnerOne(w.partnerOne()).partnerTwo(w.partnerTwo())
                .services(w.services().stream().sorted(Comparator.naturalOrder()).map(s -> as(WeddingServiceKindJson.class, s)).toList())
                .hallId(w.hall().map(h -> h.value()).orElse(null))
                .pledge(new WeddingPledgeJson().maxGuests(w.pledge().maxGuests()).maxBanquetTables(w.pledge().maxBanquetTables())
                        .maxGifts(w.pledge().maxGifts()))
                .followUp(w.followUp().map(c -> new WeddingFollowUpJson().checkedOn(c.checkedOn()).guests(c.guests())
                        .banquetTables(c.banquetTables()).gifts(c.gifts()).checkedBy(c.checkedBy())).orElse(null))
                .pledgeKept(w.pledgeKept().orElse(null)).registeredAt(Inputs.at(w.registeredAt()))
                .registeredBy(acting(w.registeredBy()));
    }

    static WeddingReportLineJson line(WeddingAreaReport r) {
        var used = r.servicesUsed();
        return new WeddingReportLineJson().areaCode(r.area().value()).weddings(r.weddings())
                .servicesUsed(new WeddingServicesUsedJson().publicHall(used.getOrDefault(WeddingService.PUBLIC_HALL, 0L))
                        .folkMaster(used.getOrDefault(WeddingService.FOLK_MASTER, 0L))
                        .allianceBusiness(used.getOrDefault(WeddingService.ALLIANCE_BUSINESS, 0L))
                        .counselling(used.getOrDefault(WeddingService.COUNSELLING, 0L)))
                .followedUp(r.followedUp()).pledgesKept(r.pledgesKept()).pledgesBroken(r.pledgesBroken());
    }

    static CampaignFiguresJson figures(CampaignFiguresQuery.CampaignFigures f) {
        return new CampaignFiguresJson().areaCode(f.area().value()).from(f.from()).to(f.to())
                .campaigns(f.campaigns()).venuePairsTargeted(f.venuePairsTargeted()).venuePairsReached(f.venuePairsReached())
                .venueCoverage(f.venueCoverage().orElse(null)).weddings(f.weddings()).weddingsFollowedUp(f.weddingsFollowedUp())
                .pledgesKept(f.pledgesKept()).pledgesKeptShare(f.pledgesKeptShare().orElse(null));
    }
}
