package org.shizhi.domain.campaign.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.AwardId;
import org.shizhi.domain.campaign.model.Ballot;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignId;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.FundIncome;
import org.shizhi.domain.campaign.model.HallId;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.NominationId;
import org.shizhi.domain.campaign.model.NomineeTally;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.RoundId;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingAreaReport;
import org.shizhi.domain.campaign.model.WeddingId;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.model.WeddingService;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** The campaign context's stores in memory, one lock for all: the reference the contracts are written against. */
public final class InMemoryCampaignStore implements CampaignRepository, SafetyStarRepository, SamaritanFund, WeddingReform {

    /** The stores' orders: newest or latest first, ties by id descending, as the SQL adapter reads them. */
    private static final Comparator<Position> NEWEST_INSTANT_FIRST = InMemoryPages.byInstant(false).reversed();
    private static final Comparator<Position> LATEST_DAY_FIRST = InMemoryPages.byDate().reversed();

    private final Map<CampaignId, Campaign> campaigns = new LinkedHashMap<>();
    private final List<Activity> activities = new ArrayList<>();
    private final Map<RoundId, VotingRound> rounds = new LinkedHashMap<>();
    private final Map<NominationId, Nomination> nominations = new LinkedHashMap<>();
    private final Map<String, NominationId> ballots = new HashMap<>();
    private final Map<AreaCode, List<FundEntry>> ledgers = new HashMap<>();
    private final Map<AwardId, SamaritanAward> awards = new HashMap<>();
    private final Map<HallId, PublicHall> halls = new LinkedHashMap<>();
    private final List<WeddingRegisterEntry> entries = new ArrayList<>();
    private final Map<WeddingId, Wedding> weddings = new LinkedHashMap<>();
    private final Set<String> bookings = new HashSet<>();

    @Override
    public synchronized void launch(Campaign campaign) {
        campaigns.put(campaign.id(), campaign);
    }

    @Override
    public synchronized Optional<Campaign> find(CampaignId id) {
        return Optional.ofNullable(campaigns.get(id));
    }

    @Override
    public synchronized Slice<Campaign> within(AreaCode area, PageRequest page) {
        return InMemoryPages.page(campaigns.values().stream().filter(c -> c.targetAreas().stream().anyMatch(area::contains)), page,
                c -> new Position(c.launchedAt().toString(), c.id().toString()), NEWEST_INSTANT_FIRST);
    }

    @Override
    public synchronized void record(Activity activity) {
        activities.add(activity);
    }

    @Override
    public synchronized Slice<Activity> activities(CampaignId campaign, PageRequest page) {
        return InMemoryPages.page(activities.stream().filter(a -> a.campaign().equals(campaign)), page,
                a -> new Position(a.heldOn().toString(), a.id().toString()), LATEST_DAY_FIRST);
    }

    @Override
    public synchronized Map<AreaCode, Set<VenueKind>> reached(CampaignId campaign) {
        Campaign c = campaigns.get(campaign);
        Map<AreaCode, Set<VenueKind>> reached = new HashMap<>();
        activities.stream().filter(a -> a.campaign().equals(campaign)).forEach(a -> c.targetAreaOf(a.area())
                .ifPresent(t -> reached.computeIfAbsent(t, k -> EnumSet.noneOf(VenueKind.class)).add(a.venueKind())));
        return reached;
    }

    @Override
    public synchronized VenueCoverageCount venueCoverage(AreaCode area, LocalDate from, LocalDate to) {
        long count = 0, targeted = 0, reached = 0;
        for (Campaign c : campaigns.values()) {
            List<AreaCode> targets = c.targetAreas().stream().filter(area::contains).toList();
            if (targets.isEmpty() || c.period().end().isBefore(from) || c.period().start().isAfter(to)) {
                continue;
            }
            count++;
            targeted += (long) targets.size() * c.targetKinds().size();
            Set<String> pairs = new HashSet<>();
            activities.stream().filter(a -> a.campaign().equals(c.id()) && !a.heldOn().isBefore(from) && !a.heldOn().isAfter(to))
                    .forEach(a -> c.targetAreaOf(a.area()).filter(targets::contains).filter(t -> c.targetKinds().contains(a.venueKind()))
                            .ifPresent(t -> pairs.add(t + "|" + a.venueKind())));
            reached += pairs.size();
        }
        return new VenueCoverageCount(count, targeted, reached);
    }

    /** Each area of the level holding a target area inside {@code within}, counted as {@link #venueCoverage} counts one area. */
    @Override
    public synchronized Map<AreaCode, VenueCoverageCount> venueCoverageByArea(AreaCode within, AdminLevel level, LocalDate from,
                                                                            LocalDate to) {
        Map<AreaCode, VenueCoverageCount> out = new TreeMap<>();
        campaigns.values().stream().flatMap(c -> c.targetAreas().stream()).filter(within::contains)
                .map(area -> unitOf(area, level)).flatMap(Optional::stream).distinct().forEach(unit -> {
                    VenueCoverageCount count = venueCoverage(unit, from, to);
                    if (count.pairsTargeted() > 0) {
                        out.put(unit, count);
                    }
                });
        return out;
    }

    /** The area of {@code level} holding {@code area}, none if {@code area} lies above that level. */
    private static Optional<AreaCode> unitOf(AreaCode area, AdminLevel level) {
        if (area.level() != level && !level.isAbove(area.level())) {
            return Optional.empty();
        }
        String digits = area.toString().substring(0, level.significantDigits());
        return Optional.of(AreaCode.of(digits + "0".repeat(12 - digits.length())));
    }

    @Override
    public synchronized void open(VotingRound round) {
        rounds.put(round.id(), round);
    }

    @Override
    public synchronized Optional<VotingRound> round(RoundId id) {
        return Optional.ofNullable(rounds.get(id));
    }

    @Override
    public synchronized Slice<VotingRound> rounds(AreaCode area, PageRequest page) {
        return InMemoryPages.page(rounds.values().stream().filter(r -> area.contains(r.area())), page,
                r -> new Position(r.voting().end().toString(), r.id().toString()), LATEST_DAY_FIRST);
    }

    @Override
    public synchronized void nominate(Nomination nomination) {
        nominations.put(nomination.id(), nomination);
    }

    @Override
    public synchronized Optional<Nomination> nomination(NominationId id) {
        return Optional.ofNullable(nominations.get(id));
    }

    @Override
    public synchronized void cast(Ballot ballot) {
        // This store lives only in tests: it keys by the number itself, where the database keeps a keyed hash.
        String key = ballot.round() + "|" + ballot.voter().value();
        if (ballots.putIfAbsent(key, ballot.nomination()) != null) {
            throw new ConflictException("voterIdNumber", "this resident has voted in round " + ballot.round() + " already");
        }
    }

    @Override
    public synchronized List<NomineeTally> results(RoundId round) {
        Map<NominationId, Long> votes = new HashMap<>();
        ballots.forEach((k, n) -> {
            if (k.startsWith(round + "|")) {
                votes.merge(n, 1L, Long::sum);
            }
        });
        return nominations.values().stream().filter(n -> n.round().equals(round))
                .map(n -> new NomineeTally(n, votes.getOrDefault(n.id(), 0L)))
                .sorted(Comparator.comparingLong(NomineeTally::votes).reversed()
                        .thenComparing(t -> t.nomination().nominatedAt()).thenComparing(t -> t.nomination().id().value()))
                .toList();
    }

    @Override
    public synchronized FundEntry receive(FundIncome income) {
        List<FundEntry> ledger = ledgers.computeIfAbsent(income.fund(), k -> new ArrayList<>());
        FundEntry entry = new FundEntry(income.fund(), ledger.size() + 1, FundEntry.Kind.INCOME, income.amount(),
                balanceOf(ledger).add(income.amount()), income.receivedOn(), income.source(), Optional.empty(), income.recordedAt());
        ledger.add(entry);
        return entry;
    }

    @Override
    public synchronized FundEntry award(SamaritanAward award) {
        List<FundEntry> ledger = ledgers.getOrDefault(award.fund(), List.of());
        BigDecimal balance = balanceOf(ledger);
        if (balance.compareTo(award.amount()) < 0) {
            throw new ConflictException("amount", "the fund of " + award.fund() + " holds " + balance.toPlainString()
                    + " yuan, less than the award of " + award.amount().toPlainString());
        }
        FundEntry entry = new FundEntry(award.fund(), ledger.size() + 1, FundEntry.Kind.AWARD, award.amount(),
                balance.subtract(award.amount()), award.actOn(), award.act(), Optional.of(award.id()), award.awardedAt());
        ledgers.get(award.fund()).add(entry);
        awards.put(award.id(), award);
        return entry;
    }

    private static BigDecimal balanceOf(List<FundEntry> ledger) {
        return ledger.isEmpty() ? new BigDecimal("0.00") : ledger.getLast().balanceAfter();
    }

    @Override
    public synchronized Optional<BigDecimal> balance(AreaCode fund) {
        return Optional.ofNullable(ledgers.get(fund)).map(InMemoryCampaignStore::balanceOf);
    }

    @Override
    public synchronized Optional<SamaritanAward> awardOf(AwardId id) {
        return Optional.ofNullable(awards.get(id));
    }

    @Override
    public synchronized Slice<FundEntry> ledger(AreaCode fund, PageRequest page) {
        return InMemoryPages.page(ledgers.getOrDefault(fund, List.of()).stream(), page,
                e -> new Position(String.format("%019d", e.seq()), Long.toString(e.seq())), InMemoryPages.byText().reversed());
    }

    @Override
    public synchronized void addHall(PublicHall hall) {
        halls.put(hall.id(), hall);
    }

    @Override
    public synchronized Optional<PublicHall> hall(HallId id) {
        return Optional.ofNullable(halls.get(id));
    }

    @Override
    public synchronized List<PublicHall> halls(AreaCode area) {
        return halls.values().stream().filter(h -> area.contains(h.area()))
                .sorted(Comparator.comparing(PublicHall::area).thenComparing(PublicHall::name)).toList();
    }

    @Override
    public synchronized void enter(WeddingRegisterEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized <E extends WeddingRegisterEntry> Slice<E> entries(Class<E> kind, AreaCode area, PageRequest page) {
        return InMemoryPages.page(entries.stream().filter(kind::isInstance).map(kind::cast).filter(e -> area.contains(e.area())), page,
                e -> new Position(e.on().toString(), e.id().toString()), LATEST_DAY_FIRST);
    }

    @Override
    public synchronized void register(Wedding wedding) {
        if (wedding.hall().isPresent() && !bookings.add(wedding.hall().get() + "|" + wedding.weddingOn())) {
            throw new ConflictException("hallId", "hall " + wedding.hall().get() + " is booked on " + wedding.weddingOn() + " already");
        }
        weddings.put(wedding.id(), wedding);
    }

    @Override
    public synchronized void followUp(Wedding checked) {
        if (weddings.get(checked.id()).followUp().isPresent()) {
            throw new ConflictException("weddingId", "wedding " + checked.id() + " was checked already");
        }
        weddings.put(checked.id(), checked);
    }

    @Override
    public synchronized Optional<Wedding> wedding(WeddingId id) {
        return Optional.ofNullable(weddings.get(id));
    }

    @Override
    public synchronized Slice<Wedding> weddings(AreaCode area, PageRequest page) {
        return InMemoryPages.page(weddings.values().stream().filter(w -> area.contains(w.area())), page,
                w -> new Position(w.weddingOn().toString(), w.id().toString()), LATEST_DAY_FIRST);
    }

    @Override
    public synchronized List<WeddingAreaReport> report(AreaCode area, LocalDate from, LocalDate to) {
        Map<AreaCode, List<Wedding>> byArea = new TreeMap<>();
        weddings.values().stream().filter(w -> area.contains(w.area()) && !w.weddingOn().isBefore(from) && !w.weddingOn().isAfter(to))
                .forEach(w -> byArea.computeIfAbsent(w.area(), k -> new ArrayList<>()).add(w));
        List<WeddingAreaReport> lines = new ArrayList<>();
        byArea.forEach((a, ws) -> {
            Map<WeddingService, Long> services = new EnumMap<>(WeddingService.class);
            ws.forEach(w -> w.services().forEach(s -> services.merge(s, 1L, Long::sum)));
            long kept = ws.stream().filter(w -> w.pledgeKept().orElse(false)).count();
            long checked = ws.stream().filter(w -> w.followUp().isPresent()).count();
            lines.add(new WeddingAreaReport(a, ws.size(), services, checked, kept, checked - kept));
        });
        return lines;
    }

}
