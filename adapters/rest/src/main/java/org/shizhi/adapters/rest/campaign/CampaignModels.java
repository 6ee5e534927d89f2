package org.shizhi.adapters.rest.campaign;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shizhi.adapters.rest.model.Acting;
import org.shizhi.adapters.rest.model.CampaignActivity;
import org.shizhi.adapters.rest.model.CampaignAreaCoverage;
import org.shizhi.adapters.rest.model.CampaignAttachment;
import org.shizhi.adapters.rest.model.CampaignVenueKind;
import org.shizhi.adapters.rest.model.Role;
import org.shizhi.adapters.rest.model.SafetyStarNomination;
import org.shizhi.adapters.rest.model.SafetyStarRound;
import org.shizhi.adapters.rest.model.SafetyStarStage;
import org.shizhi.adapters.rest.model.SamaritanFundEntry;
import org.shizhi.adapters.rest.model.SamaritanFundEntryKind;
import org.shizhi.adapters.rest.model.SamaritanHonouree;
import org.shizhi.adapters.rest.model.WeddingFollowUp;
import org.shizhi.adapters.rest.model.WeddingHall;
import org.shizhi.adapters.rest.model.WeddingPledge;
import org.shizhi.adapters.rest.model.WeddingRegisterKind;
import org.shizhi.adapters.rest.model.WeddingServiceKind;
import org.shizhi.adapters.rest.model.WeddingServicesUsed;
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

/** The campaign context's model types as the contract's. */
final class CampaignModels {

    private CampaignModels() {
    }

    static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    static Acting acting(org.shizhi.domain.shared.Acting acting) {
        return new Acting().subject(acting.subject()).role(as(Role.class, acting.role()));
    }

    static List<CampaignVenueKind> kinds(Set<VenueKind> kinds) {
        return kinds.isEmpty() ? List.of() : EnumSet.copyOf(kinds).stream().map(k -> as(CampaignVenueKind.class, k)).toList();
    }

    static org.shizhi.adapters.rest.model.Campaign campaign(Campaign c) {
        return new org.shizhi.adapters.rest.model.Campaign().id(c.id().value()).city(c.city().value()).theme(c.theme())
                .organiser(c.organiser()).periodStart(c.period().start()).periodEnd(c.period().end())
                .targetAreas(c.targetAreas().stream().map(a -> a.value()).toList()).targetKinds(kinds(c.targetKinds()))
                .templateId(c.template().orElse(null)).activityKinds(c.activityKinds()).checklist(c.checklist())
                .launchedAt(Inputs.at(c.launchedAt())).launchedBy(acting(c.launchedBy()));
    }

    static CampaignActivity activity(Activity a) {
        return new CampaignActivity().id(a.id().value()).campaignId(a.campaign().value())
                .venueKind(as(CampaignVenueKind.class, a.venueKind())).place(a.place()).areaCode(a.area().value()).heldOn(a.heldOn())
                .kind(a.kind().orElse(null)).participants(a.participants().count())
                .members(a.participants().members().orElse(null)).volunteers(a.participants().volunteers().orElse(null))
                .organiser(a.organiser()).evidence(a.evidence().description())
                .attachments(a.evidence().attachments().stream().map(f -> new CampaignAttachment().fileName(f.fileName())
                        .mediaType(f.mediaType()).sizeBytes(f.sizeBytes()).sha256(f.sha256())).toList())
                .recordedAt(Inputs.at(a.recordedAt())).recordedBy(acting(a.recordedBy()));
    }

    static org.shizhi.adapters.rest.model.CampaignCoverage coverage(CampaignCoverage c) {
        return new org.shizhi.adapters.rest.model.CampaignCoverage().campaignId(c.campaign().value()).complete(c.complete())
                .pairsTargeted(c.pairsTargeted()).pairsReached(c.pairsReached())
                .areas(c.areas().stream().map(a -> new CampaignAreaCoverage().areaCode(a.area().value())
                        .reached(kinds(a.reached())).remaining(kinds(a.remaining()))).toList());
    }

    static SafetyStarRound round(SafetyStarQuery.RoundView view) {
        var r = view.round();
        return new SafetyStarRound().id(r.id().value()).areaCode(r.area().value()).title(r.title()).votingStart(r.voting().start())
                .votingEnd(r.voting().end()).stage(as(SafetyStarStage.class, view.stage())).openedAt(Inputs.at(r.openedAt()))
                .openedBy(acting(r.openedBy()));
    }

    static SafetyStarNomination nomination(Nomination n) {
        return new SafetyStarNomination().id(n.id().value()).roundId(n.round().value()).nominee(n.nominee())
                .nominatedBy(n.nominatedBy()).deed(n.deed()).evidence(n.evidence()).nominatedAt(Inputs.at(n.nominatedAt()));
    }

    static SamaritanFundEntry entry(FundEntry e) {
        return new SamaritanFundEntry().seq(e.seq()).kind(as(SamaritanFundEntryKind.class, e.kind())).amount(e.amount())
                .balanceAfter(e.balanceAfter()).entryOn(e.on()).description(e.description())
                .awardId(e.award().map(a -> a.value()).orElse(null)).recordedAt(Inputs.at(e.recordedAt()));
    }

    static org.shizhi.adapters.rest.model.SamaritanAward award(SamaritanAward a) {
        return new org.shizhi.adapters.rest.model.SamaritanAward().id(a.id().value()).fundArea(a.fund().value()).act(a.act())
                .actOn(a.actOn()).place(a.place())
                .honoured(a.honoured().stream().map(h -> new SamaritanHonouree().name(h.name())
                        .idNumber(h.idNumber().map(n -> n.value()).orElse(null))).toList())
                .amount(a.amount()).awardedAt(Inputs.at(a.awardedAt())).awardedBy(acting(a.awardedBy()));
    }

    static WeddingHall hall(PublicHall h) {
        return new WeddingHall().id(h.id().value()).areaCode(h.area().value()).name(h.name()).capacity(h.capacity());
    }

    static org.shizhi.adapters.rest.model.WeddingRegisterEntry entry(WeddingRegisterEntry e) {
        var model = new org.shizhi.adapters.rest.model.WeddingRegisterEntry().id(e.id().value()).areaCode(e.area().value())
                .entryOn(e.on());
        return switch (e) {
            case WeddingRegisterEntry.FolkMaster m -> model.kind(WeddingRegisterKind.FOLK_MASTER).name(m.name())
                    .phone(m.phone().map(p -> p.value()).orElse(null));
            case WeddingRegisterEntry.AllianceBusiness b -> model.kind(WeddingRegisterKind.ALLIANCE_BUSINESS).name(b.name())
                    .service(b.service()).pledge(b.pledge()).charityPrice(b.charityPrice());
            case WeddingRegisterEntry.CounsellingSession s -> model.kind(WeddingRegisterKind.COUNSELLING).topic(s.topic())
                    .counsellor(s.counsellor()).couples(s.couples());
        };
    }

    static org.shizhi.adapters.rest.model.Wedding wedding(Wedding w) {
        return new org.shizhi.adapters.rest.model.Wedding().id(w.id().value()).areaCode(w.area().value()).weddingOn(w.weddingOn())
                .partnerOne(w.partnerOne()).partnerTwo(w.partnerTwo())
                .services(w.services().stream().sorted(Comparator.naturalOrder()).map(s -> as(WeddingServiceKind.class, s)).toList())
                .hallId(w.hall().map(h -> h.value()).orElse(null))
                .pledge(new WeddingPledge().maxGuests(w.pledge().maxGuests()).maxBanquetTables(w.pledge().maxBanquetTables())
                        .maxGifts(w.pledge().maxGifts()))
                .followUp(w.followUp().map(c -> new WeddingFollowUp().checkedOn(c.checkedOn()).guests(c.guests())
                        .banquetTables(c.banquetTables()).gifts(c.gifts()).checkedBy(c.checkedBy())).orElse(null))
                .pledgeKept(w.pledgeKept().orElse(null)).registeredAt(Inputs.at(w.registeredAt()))
                .registeredBy(acting(w.registeredBy()));
    }

    static org.shizhi.adapters.rest.model.WeddingReportLine line(WeddingAreaReport r) {
        var used = r.servicesUsed();
        return new org.shizhi.adapters.rest.model.WeddingReportLine().areaCode(r.area().value()).weddings(r.weddings())
                .servicesUsed(new WeddingServicesUsed().publicHall(used.getOrDefault(WeddingService.PUBLIC_HALL, 0L))
                        .folkMaster(used.getOrDefault(WeddingService.FOLK_MASTER, 0L))
                        .allianceBusiness(used.getOrDefault(WeddingService.ALLIANCE_BUSINESS, 0L))
                        .counselling(used.getOrDefault(WeddingService.COUNSELLING, 0L)))
                .followedUp(r.followedUp()).pledgesKept(r.pledgesKept()).pledgesBroken(r.pledgesBroken());
    }

    static org.shizhi.adapters.rest.model.CampaignFigures figures(CampaignFiguresQuery.CampaignFigures f) {
        return new org.shizhi.adapters.rest.model.CampaignFigures().areaCode(f.area().value()).from(f.from()).to(f.to())
                .campaigns(f.campaigns()).venuePairsTargeted(f.venuePairsTargeted()).venuePairsReached(f.venuePairsReached())
                .venueCoverage(f.venueCoverage().orElse(null)).weddings(f.weddings()).weddingsFollowedUp(f.weddingsFollowedUp())
                .pledgesKept(f.pledgesKept()).pledgesKeptShare(f.pledgesKeptShare().orElse(null));
    }
}
