package org.shizhi.domain.campaign.service;

import org.shizhi.domain.shared.Permission;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.ActivityId;
import org.shizhi.domain.campaign.model.AwardId;
import org.shizhi.domain.campaign.model.Ballot;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignCoverage;
import org.shizhi.domain.campaign.model.CampaignId;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.FundIncome;
import org.shizhi.domain.campaign.model.HallId;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.NominationId;
import org.shizhi.domain.campaign.model.NomineeTally;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.RegisterEntryId;
import org.shizhi.domain.campaign.model.RoundId;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingAreaReport;
import org.shizhi.domain.campaign.model.WeddingId;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.port.in.CampaignFiguresQuery;
import org.shizhi.domain.campaign.port.in.CampaignQuery;
import org.shizhi.domain.campaign.port.in.GoodSamaritanQuery;
import org.shizhi.domain.campaign.port.in.GoodSamaritanUseCase;
import org.shizhi.domain.campaign.port.in.RunCampaignUseCase;
import org.shizhi.domain.campaign.port.in.SafetyStarQuery;
import org.shizhi.domain.campaign.port.in.SafetyStarUseCase;
import org.shizhi.domain.campaign.port.in.WeddingReformQuery;
import org.shizhi.domain.campaign.port.in.WeddingReformUseCase;
import org.shizhi.domain.campaign.port.out.CampaignRepository;
import org.shizhi.domain.campaign.port.out.CampaignTemplates;
import org.shizhi.domain.campaign.port.out.SafetyStarRepository;
import org.shizhi.domain.campaign.port.out.SamaritanFund;
import org.shizhi.domain.campaign.port.out.WeddingReform;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.CampaignTemplate;

/**
 * Campaigns and their activities, Safety Star, the Good Samaritan funds and the wedding reform. Each change checks, in this
 * order: the role (403), the area in the caller's jurisdiction (404), the context's rules (400/409); only then is anything
 * written. Days are days in China, read from the injected clock.
 */
public final class CampaignService implements RunCampaignUseCase, CampaignQuery, SafetyStarUseCase, SafetyStarQuery,
        GoodSamaritanUseCase, GoodSamaritanQuery, WeddingReformUseCase, WeddingReformQuery, CampaignFiguresQuery {


    private final CampaignRepository campaigns;
    private final SafetyStarRepository safetyStar;
    private final SamaritanFund funds;
    private final WeddingReform weddings;
    private final CampaignTemplates templates;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, SafetyStarRepository safetyStar, SamaritanFund funds,
                           WeddingReform weddings, CampaignTemplates templates, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.safetyStar = Objects.requireNonNull(safetyStar);
        this.funds = Objects.requireNonNull(funds);
        this.weddings = Objects.requireNonNull(weddings);
        this.templates = Objects.requireNonNull(templates);
        this.clock = Objects.requireNonNull(clock);
    }

    // ---- Campaigns ----

    @Override
    public Campaign launch(Actor actor, LaunchCampaignCommand command) {
        Acting by = actor.acting(Permission.ORGANISE_CAMPAIGNS);
        Optional<CampaignTemplate> template = command.templateId().map(id -> templates.campaignTemplates(actor.city()).stream()
                .filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidValueException("templateId", "city " + actor.city() + " offers no campaign template '"
                        + id + "'; it offers " + templates.campaignTemplates(actor.city()).stream().map(CampaignTemplate::id).toList())));
        Campaign.Plan plan = command.plan(template);
        for (AreaCode area : plan.targetAreas()) {
            actor.requireJurisdiction(area, "area", area);
        }
        Campaign campaign = Campaign.launch(CampaignId.random(), plan, command.templateId(), clock.instant(), by);
        campaigns.launch(campaign);
        return campaign;
    }

    @Override
    public Activity record(Actor actor, RecordActivityCommand command) {
        Acting by = actor.acting(Permission.RECORD_CAMPAIGN_ACTIVITIES);
        Campaign campaign = visibleCampaign(actor, command.campaign());
        actor.requireJurisdiction(command.area(), "area", command.area());
        Activity activity = new Activity(ActivityId.random(), campaign.id(), command.venueKind(), command.place(), command.area(),
                command.heldOn(), command.kind(), command.participants(), command.organiser(), command.evidence(), clock.instant(), by);
        activity.checkAgainst(campaign, today());
        campaigns.record(activity);
        return activity;
    }

    @Override
    public Campaign campaign(Actor actor, CampaignId id) {
        return visibleCampaign(actor, id);
    }

    @Override
    public Slice<Campaign> campaigns(Actor actor, AreaCode area, PageRequest page) {
        actor.requireJurisdiction(area, "area", area);
        return campaigns.within(area, page);
    }

    @Override
    public Slice<Activity> activities(Actor actor, CampaignId id, PageRequest page) {
        visibleCampaign(actor, id);
        return campaigns.activities(id, page);
    }

    @Override
    public CampaignCoverage coverage(Actor actor, CampaignId id) {
        Campaign campaign = visibleCampaign(actor, id);
        return CampaignCoverage.of(campaign, campaigns.reached(id));
    }

    /** A campaign is the caller's to see when one of its target areas lies in their jurisdiction. */
    private Campaign visibleCampaign(Actor actor, CampaignId id) {
        return campaigns.find(id)
                .filter(c -> c.targetAreas().stream().anyMatch(actor::answersFor))
                .orElseThrow(() -> new NotFoundException("campaign", id));
    }

    // ---- Safety Star ----

    @Override
    public VotingRound open(Actor actor, OpenRoundCommand command) {
        Acting by = actor.acting(Permission.OPEN_SAFETY_STAR_ROUNDS);
        actor.requireJurisdiction(command.area(), "area", command.area());
        if (command.voting().end().isBefore(today())) {
            throw new InvalidValueException("voting.end", "a new round closes today or later, not on " + command.voting().end());
        }
        VotingRound round = new VotingRound(RoundId.random(), command.area(), command.title(), command.voting(), clock.instant(), by);
        safetyStar.open(round);
        return round;
    }

    @Override
    public Nomination nominate(Actor actor, NominateCommand command) {
        Acting by = actor.acting(Permission.NOMINATE_SAFETY_STARS);
        VotingRound round = visibleRound(actor, command.round());
        round.requireNominating(today());
        Nomination nomination = new Nomination(NominationId.random(), round.id(), command.nominee(), command.nominatedBy(),
                command.deed(), command.evidence(), clock.instant(), by);
        safetyStar.nominate(nomination);
        return shown(actor, nomination);
    }

    @Override
    public VoteCast vote(Actor actor, VoteCommand command) {
        actor.acting(Permission.CAST_SAFETY_STAR_VOTES);
        VotingRound round = visibleRound(actor, command.round());
        round.requireVoting(today());
        safetyStar.nomination(command.nomination()).filter(n -> n.round().equals(round.id()))
                .orElseThrow(() -> new InvalidValueException("nominationId", "round " + round.id() + " has no nomination " + command.nomination()));
        Instant now = clock.instant();
        safetyStar.cast(new Ballot(round.id(), command.nomination(), command.voter(), now));
        return new VoteCast(round.id(), command.nomination(), now);
    }

    @Override
    public RoundView round(Actor actor, RoundId id) {
        return view(visibleRound(actor, id));
    }

    @Override
    public Slice<RoundView> rounds(Actor actor, AreaCode area, PageRequest page) {
        actor.requireJurisdiction(area, "area", area);
        return safetyStar.rounds(area, page).map(this::view);
    }

    @Override
    public RoundResults results(Actor actor, RoundId id) {
        VotingRound round = visibleRound(actor, id);
        List<NomineeTally> tallies = safetyStar.results(id).stream()
                .map(t -> new NomineeTally(shown(actor, t.nomination()), t.votes())).toList();
        return new RoundResults(view(round), tallies, tallies.stream().mapToLong(NomineeTally::votes).sum());
    }

    private RoundView view(VotingRound round) {
        return new RoundView(round, round.stageOn(today()));
    }

    private VotingRound visibleRound(Actor actor, RoundId id) {
        return safetyStar.round(id).filter(r -> actor.answersFor(r.area()))
                .orElseThrow(() -> new NotFoundException("round", id));
    }

    private static Nomination shown(Actor actor, Nomination n) {
        PersonalData shown = PersonalData.shownAs(actor.mayReadPersonalData());
        return new Nomination(n.id(), n.round(), shown.name(n.nominee()), n.nominatedBy(), n.deed(), n.evidence(),
                n.nominatedAt(), n.recordedBy());
    }

    // ---- Good Samaritan ----

    @Override
    public FundEntry receive(Actor actor, ReceiveCommand command) {
        Acting by = actor.acting(Permission.KEEP_SAMARITAN_FUND);
        actor.requireJurisdiction(command.fund(), "fund", command.fund());
        return funds.receive(new FundIncome(command.fund(), command.amount(), command.source(), command.receivedOn(), clock.instant(), by));
    }

    @Override
    public AwardGranted award(Actor actor, AwardCommand command) {
        Acting by = actor.acting(Permission.KEEP_SAMARITAN_FUND);
        actor.requireJurisdiction(command.fund(), "fund", command.fund());
        if (command.actOn().isAfter(today())) {
            throw new InvalidValueException("actOn", "an award honours an act done; " + command.actOn() + " is after today");
        }
        SamaritanAward award = new SamaritanAward(AwardId.random(), command.fund(), command.act(), command.actOn(), command.place(),
                command.honoured(), command.amount(), clock.instant(), by);
        FundEntry entry = funds.award(award);
        return new AwardGranted(shown(actor, award), entry);
    }

    @Override
    public BigDecimal balance(Actor actor, AreaCode fund) {
        actor.requireJurisdiction(fund, "fund", fund);
        return funds.balance(fund).orElseThrow(() -> new NotFoundException("fund", fund));
    }

    @Override
    public Slice<FundEntry> ledger(Actor actor, AreaCode fund, PageRequest page) {
        actor.requireJurisdiction(fund, "fund", fund);
        return funds.ledger(fund, page);
    }

    @Override
    public SamaritanAward award(Actor actor, AwardId id) {
        return funds.awardOf(id).filter(a -> actor.answersFor(a.fund())).map(a -> shown(actor, a))
                .orElseThrow(() -> new NotFoundException("award", id));
    }

    private static SamaritanAward shown(Actor actor, SamaritanAward a) {
        PersonalData shown = PersonalData.shownAs(actor.mayReadPersonalData());
        if (shown.isClear()) {
            return a;
        }
        // The ID number of an honoured person is left out of a masked read altogether: the model holds only valid numbers.
        return new SamaritanAward(a.id(), a.fund(), a.act(), a.actOn(), a.place(), a.honoured().stream()
                .map(h -> new SamaritanAward.Honouree(shown.name(h.name()), Optional.empty())).toList(),
                a.amount(), a.awardedAt(), a.awardedBy());
    }

    // ---- Wedding reform ----

    @Override
    public PublicHall addHall(Actor actor, AddHallCommand command) {
        actor.acting(Permission.KEEP_WEDDING_REFORM);
        actor.requireJurisdiction(command.area(), "area", command.area());
        PublicHall hall = new PublicHall(HallId.random(), command.area(), command.name(), command.capacity());
        weddings.addHall(hall);
        return hall;
    }

    @Override
    public WeddingRegisterEntry enter(Actor actor, WeddingRegisterEntry entry) {
        actor.acting(Permission.KEEP_WEDDING_REFORM);
        actor.requireJurisdiction(entry.area(), "area", entry.area());
        if (entry.on().isAfter(today())) {
            throw new InvalidValueException(switch (entry) {
                case WeddingRegisterEntry.FolkMaster m -> "registeredOn";
                case WeddingRegisterEntry.AllianceBusiness b -> "joinedOn";
                case WeddingRegisterEntry.CounsellingSession s -> "heldOn";
            }, "a register entry is made on or before today, not on " + entry.on());
        }
        WeddingRegisterEntry fresh = switch (entry) {
            case WeddingRegisterEntry.FolkMaster m -> new WeddingRegisterEntry.FolkMaster(RegisterEntryId.random(), m.area(), m.name(), m.phone(), m.on());
            case WeddingRegisterEntry.AllianceBusiness b -> new WeddingRegisterEntry.AllianceBusiness(RegisterEntryId.random(), b.area(),
                    b.name(), b.service(), b.pledge(), b.charityPrice(), b.on());
            case WeddingRegisterEntry.CounsellingSession s -> new WeddingRegisterEntry.CounsellingSession(RegisterEntryId.random(), s.area(),
                    s.topic(), s.counsellor(), s.couples(), s.on());
        };
        weddings.enter(fresh);
        return fresh;
    }

    @Override
    public Wedding register(Actor actor, RegisterWeddingCommand command) {
        Acting by = actor.acting(Permission.KEEP_WEDDING_REFORM);
        actor.requireJurisdiction(command.area(), "area", command.area());
        if (command.hall().isPresent()) {
            PublicHall hall = weddings.hall(command.hall().get()).filter(h -> actor.answersFor(h.area()))
                    .orElseThrow(() -> new InvalidValueException("hallId", "there is no public hall " + command.hall().get() + " in the caller's jurisdiction"));
            if (command.pledge().maxGuests() > hall.capacity()) {
                throw new InvalidValueException("pledge.maxGuests", "hall " + hall.name() + " seats " + hall.capacity()
                        + " guests; the pledge allows " + command.pledge().maxGuests());
            }
        }
        Wedding wedding = new Wedding(WeddingId.random(), command.area(), command.weddingOn(), command.partnerOne(), command.partnerTwo(),
                command.services(), command.hall(), command.pledge(), Optional.empty(), clock.instant(), by);
        weddings.register(wedding);
        return shown(actor, wedding);
    }

    @Override
    public Wedding followUp(Actor actor, WeddingId id, Wedding.FollowUpCheck check) {
        actor.acting(Permission.KEEP_WEDDING_REFORM);
        Wedding wedding = visibleWedding(actor, id);
        if (check.checkedOn().isAfter(today())) {
            throw new InvalidValueException("checkedOn", "a follow-up check is recorded once made; " + check.checkedOn() + " is after today");
        }
        Wedding checked = wedding.checked(check);
        weddings.followUp(checked);
        return shown(actor, checked);
    }

    @Override
    public List<PublicHall> halls(Actor actor, AreaCode area) {
        actor.requireJurisdiction(area, "area", area);
        return weddings.halls(area);
    }

    @Override
    public <E extends WeddingRegisterEntry> Slice<E> entries(Actor actor, Class<E> kind, AreaCode area, PageRequest page) {
        actor.requireJurisdiction(area, "area", area);
        Slice<E> entries = weddings.entries(kind, area, page);
        if (actor.mayReadPersonalData()) {
            return entries;
        }
        return entries.map(e -> e instanceof WeddingRegisterEntry.FolkMaster m
                // A masked read leaves the mobile out: the model holds only valid numbers, never a masked form.
                ? kind.cast(new WeddingRegisterEntry.FolkMaster(m.id(), m.area(), PersonalData.maskName(m.name()), Optional.empty(), m.on()))
                : e);
    }

    @Override
    public Wedding wedding(Actor actor, WeddingId id) {
        return shown(actor, visibleWedding(actor, id));
    }

    @Override
    public Slice<Wedding> weddings(Actor actor, AreaCode area, PageRequest page) {
        actor.requireJurisdiction(area, "area", area);
        return weddings.weddings(area, page).map(w -> shown(actor, w));
    }

    @Override
    public List<WeddingAreaReport> report(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        actor.requireJurisdiction(area, "area", area);
        checkDays(from, to);
        return weddings.report(area, from, to);
    }

    private Wedding visibleWedding(Actor actor, WeddingId id) {
        return weddings.wedding(id).filter(w -> actor.answersFor(w.area())).orElseThrow(() -> new NotFoundException("wedding", id));
    }

    private static Wedding shown(Actor actor, Wedding w) {
        if (actor.mayReadPersonalData()) {
            return w;
        }
        return new Wedding(w.id(), w.area(), w.weddingOn(), PersonalData.maskName(w.partnerOne()), PersonalData.maskName(w.partnerTwo()),
                w.services(), w.hall(), w.pledge(), w.followUp(), w.registeredAt(), w.registeredBy());
    }

    // ---- Figures ----

    @Override
    public CampaignFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        actor.require(Permission.READ_CAMPAIGN_FIGURES);
        actor.requireJurisdiction(area, "area", area);
        checkDays(from, to);
        CampaignRepository.VenueCoverageCount coverage = campaigns.venueCoverage(area, from, to);
        List<WeddingAreaReport> lines = weddings.report(area, from, to);
        return CampaignFigures.of(area, from, to, coverage.campaigns(), coverage.pairsTargeted(), coverage.pairsReached(),
                lines.stream().mapToLong(WeddingAreaReport::weddings).sum(),
                lines.stream().mapToLong(WeddingAreaReport::followedUp).sum(),
                lines.stream().mapToLong(WeddingAreaReport::pledgesKept).sum());
    }

    @Override
    public List<CampaignFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        actor.require(Permission.READ_CAMPAIGN_FIGURES);
        actor.requireJurisdiction(within, "area", within);
        if (level == null || !within.level().isAbove(level)) {
            throw new InvalidValueException("level", "the areas counted lie below " + within + ", not at " + level);
        }
        checkDays(from, to);
        Map<AreaCode, CampaignRepository.VenueCoverageCount> coverage = campaigns.venueCoverageByArea(within, level, from, to);
        // The wedding report is already one line per registered area: each is added to the area of the level holding it.
        Map<AreaCode, long[]> weddingsByArea = new HashMap<>();
        for (WeddingAreaReport line : weddings.report(within, from, to)) {
            if (line.area().level() == level || level.isAbove(line.area().level())) {
                String digits = line.area().toString().substring(0, level.significantDigits());
                long[] w = weddingsByArea.computeIfAbsent(AreaCode.of(digits + "0".repeat(12 - digits.length())), k -> new long[3]);
                w[0] += line.weddings();
                w[1] += line.followedUp();
                w[2] += line.pledgesKept();
            }
        }
        Set<AreaCode> areas = new TreeSet<>(coverage.keySet());
        areas.addAll(weddingsByArea.keySet());
        return areas.stream().map(area -> {
            CampaignRepository.VenueCoverageCount c = coverage.getOrDefault(area, new CampaignRepository.VenueCoverageCount(0, 0, 0));
            long[] w = weddingsByArea.getOrDefault(area, new long[3]);
            return CampaignFigures.of(area, from, to, c.campaigns(), c.pairsTargeted(), c.pairsReached(), w[0], w[1], w[2]);
        }).toList();
    }

    private static void checkDays(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidValueException("from", "the first day is required");
        }
        if (to == null) {
            throw new InvalidValueException("to", "the last day is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the last day comes on or after the first day " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidValueException("to", "at most " + MAX_DAYS + " days at once");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingTime.ZONE);
    }

}
