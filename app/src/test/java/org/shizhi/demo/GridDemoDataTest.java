package org.shizhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shizhi.demo.DemoAreas.Community;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.Summons;
import org.shizhi.domain.grid.model.SummonsAnswer;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The demo data loaded into the domain's in-memory repositories through the real services: every tier in both
 * cities, a gap in the staffing, thousands of residents with valid and unique ID numbers, events in every state and
 * category with some overdue and some late summonses, the same data for the same seed, and no second load.
 */
class GridDemoDataTest {

    /** Friday 2026-11-20 10:00 in China. */
    static final Instant NOW = ZonedDateTime.of(2026, 11, 20, 10, 0, 0, 0, WorkingTime.ZONE).toInstant();
    static final List<AreaCode> CITIES = List.of(DemoAreas.ZHANJIANG, DemoAreas.CHENGDU);

    private static DemoWorld world;
    private static GridDemoData.Summary summary;

    @BeforeAll
    static void load() {
        world = new DemoWorld();
        summary = GridDemoData.load(world.services(), new SplittableRandom(GridDemoData.DEFAULT_SEED), NOW);
        System.out.println(summary.describe());
    }

    @Test
    void everyTierIsPresentInBothCities() {
        for (AreaCode city : CITIES) {
            Map<GridTier, Integer> tiers = new EnumMap<>(GridTier.class);
            grids(city).forEach(g -> tiers.merge(g.tier(), 1, Integer::sum));
            assertThat(tiers.keySet()).as("tiers in %s", city).containsExactlyInAnyOrder(GridTier.values());
        }
        for (Community community : DemoAreas.communities()) {
            List<Grid> grids = world.grids.ofCommunity(community.code());
            assertThat(grids.stream().filter(g -> g.tier() == GridTier.TOTAL)).as("total grid of %s", community.name()).hasSize(1);
            assertThat(grids.stream().filter(g -> g.tier() == GridTier.GENERAL).count()).as(community.name()).isBetween(2L, 4L);
        }
        // 金沙湾's building sub-grids, each led by building heads (seed 003).
        List<Grid> jinshawan = world.grids.ofCommunity(DemoAreas.JINSHAWAN).stream().filter(g -> g.tier() == GridTier.BUILDING).toList();
        assertThat(jinshawan).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(g -> assertThat(g.members()).isNotEmpty().allMatch(m -> m.post() == GridPost.BUILDING_HEAD));
        assertThat(summary.gridsByTier().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(
                CITIES.stream().mapToInt(c -> grids(c).size()).sum());
    }

    /** Loaded under Chengdu's grid rules: nothing refused; village micro-grids of a few houses are reported. */
    @Test
    void chengdusMicroGridsKeepToItsGridRules() {
        List<GridRuleViolation> violations = DemoAreas.communities().stream()
                .filter(c -> c.code().cityCode().equals(DemoAreas.CHENGDU))
                .flatMap(c -> world.gridService.ruleViolations(Actor.system(DemoAreas.CHENGDU), c.code()).stream())
                .toList();
        assertThat(violations).noneMatch(GridRuleViolation::refuses)
                .allSatisfy(v -> assertThat(v.rule()).isEqualTo("chengdu.micro-grid-households"));
        List<GridRuleViolation> zhanjiang = DemoAreas.communities().stream()
                .filter(c -> c.code().cityCode().equals(DemoAreas.ZHANJIANG))
                .flatMap(c -> world.gridService.ruleViolations(Actor.system(DemoAreas.ZHANJIANG), c.code()).stream())
                .toList();
        assertThat(zhanjiang).as("Zhanjiang enables no grid rules").isEmpty();
    }

    @Test
    void namesAreChineseAndRealistic() {
        Grid total = world.grids.ofCommunity(DemoAreas.ZONGFU).getFirst();
        assertThat(total.name()).isEqualTo("总府路社区总网格");
        assertThat(world.grids.ofCommunity(DemoAreas.ZONGFU)).extracting(Grid::name)
                .contains("总府路社区第一网格", "总府路社区第二网格")
                .anyMatch(n -> n.matches("第\\d+微网格（.+）"))
                .anyMatch(n -> n.matches("\\d+栋"));
        for (AreaCode city : CITIES) {
            for (Grid grid : grids(city)) {
                grid.members().forEach(m -> {
                    assertThat(m.name()).matches("\\p{IsHan}{2,4}");
                    assertThat(PhoneNumber.parse(m.contact().value())).isEqualTo(m.contact());
                });
            }
        }
    }

    @Test
    void someGridsLackAResponsibleWorkerAndShowInTheGapList() {
        for (AreaCode city : CITIES) {
            assertThat(world.grids.withoutResponsibleWorker(city, PageRequest.first(500)).items()).as("gaps in %s", city).isNotEmpty();
        }
        assertThat(summary.gridsWithoutResponsibleWorker()).isPositive()
                .isLessThan(summary.grids() / 10);
        assertThat(summary.membersByPost()).containsKeys(GridPost.values());
    }

    @Test
    void thousandsOfResidentsWithValidUniqueIdNumbers() {
        Set<String> idNumbers = new HashSet<>();
        Set<String> regions = new HashSet<>();
        int residents = 0;
        for (AreaCode city : CITIES) {
            for (Grid grid : grids(city)) {
                for (Resident resident : all(p -> world.registers.residentsOf(grid.code(), p))) {
                    residents++;
                    IdNumber parsed = IdNumber.parse(resident.idNumber().value());
                    assertThat(idNumbers.add(parsed.value())).as("ID numbers are unique").isTrue();
                    regions.add(parsed.regionCode());
                    assertThat(parsed.birthDate()).isBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2010, 12, 31));
                    assertThat(resident.name()).matches("\\p{IsHan}{2,4}");
                    resident.mobile().ifPresent(m -> assertThat(PhoneNumber.parse(m.value())).isEqualTo(m));
                }
            }
        }
        assertThat(residents).isBetween(2_000, 5_000).isEqualTo(summary.residents());
        // Most people were born in the district they live in.
        assertThat(regions).contains("510104", "510107", "440802", "440881");
    }

    @Test
    void dwellingsAndOrganisationsAreRegistered() {
        Set<String> codes = new HashSet<>();
        int dwellings = 0;
        int organisations = 0;
        for (AreaCode city : CITIES) {
            for (Grid grid : grids(city)) {
                for (Dwelling dwelling : all(p -> world.registers.dwellingsOf(grid.code(), p))) {
                    dwellings++;
                    assertThat(dwelling.address()).matches(".*(\\d+栋\\d+单元|\\d+队\\d+号)");
                }
                for (Organisation organisation : all(p -> world.registers.organisationsOf(grid.code(), p))) {
                    organisations++;
                    assertThat(codes.add(UnifiedSocialCreditCode.parse(organisation.creditCode().value()).value())).isTrue();
                }
            }
        }
        assertThat(dwellings).isEqualTo(summary.dwellings()).isGreaterThan(500);
        assertThat(organisations).isEqualTo(summary.organisations()).isGreaterThan(200);
        // Chengdu's micro-grids are compounds of 30-100 households (seed 001), their blocks' included.
        var admin = org.shizhi.domain.shared.Actor.system(DemoAreas.CHENGDU);
        assertThat(grids(DemoAreas.CHENGDU).stream().filter(g -> g.tier() == GridTier.MICRO))
                .hasSizeGreaterThan(300)
                .allSatisfy(g -> assertThat(world.gridService.grid(admin, g.code()).counts().households()).isBetween(30L, 100L));
    }

    @Test
    void eventsInEveryStateCategoryAndChannel() {
        List<GridEvent> events = events();
        assertThat(events).hasSize(summary.events()).hasSizeBetween(250, 350);
        assertThat(events.stream().map(GridEvent::state).distinct()).containsExactlyInAnyOrder(EventState.values());
        assertThat(events.stream().map(GridEvent::category).distinct()).containsExactlyInAnyOrder(EventCategory.values());
        assertThat(events.stream().map(e -> e.intake().channel()).distinct()).containsExactlyInAnyOrder(EventChannel.values());
        for (AreaCode city : CITIES) {
            List<GridEvent> ofCity = events.stream().filter(e -> city.contains(e.community())).toList();
            assertThat(ofCity.stream().map(GridEvent::state).distinct()).as("states in %s", city).hasSize(EventState.values().length);
        }
        // Dispute texts come from the ProMediConv cases.
        Set<String> disputes = new HashSet<>(DemoTexts.disputes().stream().map(DemoTexts.Dispute::description).toList());
        assertThat(events.stream().filter(e -> e.category() == EventCategory.DISPUTE))
                .allMatch(e -> disputes.stream().anyMatch(d -> e.text().endsWith(d)));
        assertThat(events.stream().filter(e -> e.verdict().isPresent() && !e.verdict().get().isSatisfied())).isNotEmpty();
        assertThat(events.stream().filter(e -> e.verdict().isPresent() && e.verdict().get().isSatisfied())).isNotEmpty();
        assertThat(events.stream().filter(e -> e.mergedInto().isPresent())).hasSize(summary.mergedDuplicates()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(events.stream().filter(e -> e.handlingLevel() == org.shizhi.domain.shared.AdminLevel.DISTRICT)).isNotEmpty();
    }

    @Test
    void someEventsAreOverdueNowAndSomeSummonsesLate() {
        for (AreaCode city : CITIES) {
            assertThat(world.events.overdue(city, NOW, PageRequest.first(500)).items()).as("overdue in %s", city).isNotEmpty();
        }
        List<GridEvent> events = events();
        long overdue = events.stream().filter(e -> e.isOverdue(NOW)).count();
        assertThat(overdue).isEqualTo(summary.overdueAtNow()).isLessThan(events.size() / 3);
        assertThat(events.stream().filter(e -> e.state().awaitsHandling() && !e.isOverdue(NOW))).as("and some in time").isNotEmpty();

        List<Summons> summonses = events.stream().flatMap(e -> e.summonses().stream()).toList();
        assertThat(summonses).hasSize(summary.summonses()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(summonses.stream().flatMap(s -> s.answers().stream()).filter(SummonsAnswer::late)).as("late reports").isNotEmpty();
        assertThat(summonses.stream().flatMap(s -> s.answers().stream()).filter(a -> !a.late())).as("reports in time").isNotEmpty();
        assertThat(summary.lateSummonsReports()).isPositive();
    }

    @Test
    void timelinesRunForwardInThePastInTheActorsJurisdiction() {
        Instant earliest = NOW.minus(Duration.ofDays(80));
        for (GridEvent event : events()) {
            List<TimelineEntry> timeline = world.events.timeline(event.id());
            assertThat(timeline).isNotEmpty();
            for (int i = 0; i < timeline.size(); i++) {
                TimelineEntry entry = timeline.get(i);
                assertThat(entry.at()).isBefore(NOW).isAfter(earliest);
                if (i > 0) {
                    assertThat(entry.at()).as("timeline of %s", event.id()).isAfterOrEqualTo(timeline.get(i - 1).at());
                }
            }
        }
        // A closed event took days, not milliseconds.
        assertThat(events().stream().filter(e -> e.closedAt().isPresent() && e.mergedInto().isEmpty())
                .mapToLong(e -> Duration.between(e.reportedAt(), e.closedAt().get()).toHours()).max().orElse(0)).isGreaterThan(48);
    }

    @Test
    void theSameSeedGivesTheSameDataOnAnyNumberOfThreadsAndAnotherSeedOtherData() {
        DemoWorld again = new DemoWorld();
        // On one thread this time: the data does not depend on how many communities are loaded at once.
        GridDemoData.Summary second = GridDemoData.load(again.services(), new SplittableRandom(GridDemoData.DEFAULT_SEED), NOW, 1);
        assertThat(fingerprint(again)).isEqualTo(fingerprint(world));
        assertThat(second.describe().replaceAll("loaded in \\d+ ms", ""))
                .isEqualTo(summary.describe().replaceAll("loaded in \\d+ ms", ""));

        DemoWorld other = new DemoWorld();
        GridDemoData.load(other.services(), new SplittableRandom(7), NOW);
        assertThat(fingerprint(other)).isNotEqualTo(fingerprint(world));
    }

    @Test
    void aSecondLoadLoadsNothing() {
        int grids = world.grids.size();
        int events = world.events.size();
        GridDemoData.Summary second = GridDemoData.load(world.services(), new SplittableRandom(1), NOW);
        assertThat(second.loaded()).isFalse();
        assertThat(second.notLoadedBecause()).hasValueSatisfying(why -> assertThat(why).contains("has grids already"));
        assertThat(world.grids.size()).isEqualTo(grids);
        assertThat(world.events.size()).isEqualTo(events);
    }

    @Test
    void nothingIsWrittenWhenTheCalendarDoesNotCoverTheWeeksAroundNow() {
        DemoWorld fresh = new DemoWorld();
        Instant newYear2027 = ZonedDateTime.of(2026, 12, 20, 10, 0, 0, 0, WorkingTime.ZONE).toInstant();
        GridDemoData.Summary refused = GridDemoData.load(fresh.services(), new SplittableRandom(1), newYear2027);
        assertThat(refused.loaded()).isFalse();
        assertThat(refused.notLoadedBecause()).hasValueSatisfying(why -> assertThat(why).contains("2024, 2025, 2026").contains("2027-01-05"));
        assertThat(fresh.grids.size()).isZero();
        assertThat(fresh.events.size()).isZero();
    }

    @Test
    void theSummaryCountsButNeverListsPersonalData() {
        String line = summary.describe();
        assertThat(line).doesNotContainPattern("\\d{11}").doesNotContainPattern("\\p{IsHan}{2,3}[，,]");
    }

    @Test
    void everyLeafGridOfBothCitiesHasABoundaryNearItsCityAndNoTwoBoundariesOfACommunityOverlap() {
        for (AreaCode city : CITIES) {
            List<Grid> grids = grids(city);
            java.util.Set<org.shizhi.domain.grid.model.GridCode> parents = new java.util.HashSet<>();
            grids.forEach(g -> g.parent().ifPresent(parents::add));
            List<Grid> leaves = grids.stream().filter(g -> !parents.contains(g.code())).toList();
            assertThat(leaves).isNotEmpty().allSatisfy(g -> assertThat(g.boundary()).as("%s", g.code()).isPresent());
            assertThat(grids.stream().filter(g -> parents.contains(g.code())))
                    .as("a grid that others lie in has none, so the map shows no grid over another")
                    .allSatisfy(g -> assertThat(g.boundary()).isEmpty());
            double lon = city.equals(DemoAreas.CHENGDU) ? 104.0 : 110.3;
            double lat = city.equals(DemoAreas.CHENGDU) ? 30.6 : 21.2;
            for (Grid leaf : leaves) {
                assertThat(leaf.boundary().orElseThrow().ring()).as("%s near its city", leaf.code()).allSatisfy(p -> {
                    assertThat(p.lon()).isBetween(lon - 0.1, lon + 0.3);
                    assertThat(p.lat()).isBetween(lat - 0.1, lat + 0.3);
                });
            }
            // Each boundary within its own box, and no two boxes overlapping: no two boundaries overlap.
            List<double[]> boxes = leaves.stream().map(g -> box(g.boundary().orElseThrow().ring())).toList();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] a = boxes.get(i);
                    double[] b = boxes.get(j);
                    boolean apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
                    assertThat(apart).as("%s and %s", leaves.get(i).code(), leaves.get(j).code()).isTrue();
                }
            }
        }
    }

    /** West, south, east, north. */
    private static double[] box(List<org.shizhi.domain.grid.model.Position> ring) {
        return new double[] {ring.stream().mapToDouble(p -> p.lon()).min().orElseThrow(), ring.stream().mapToDouble(p -> p.lat()).min().orElseThrow(),
                ring.stream().mapToDouble(p -> p.lon()).max().orElseThrow(), ring.stream().mapToDouble(p -> p.lat()).max().orElseThrow()};
    }

    private static List<Grid> grids(AreaCode city) {
        List<Grid> result = new ArrayList<>();
        for (Community community : DemoAreas.communities()) {
            if (community.city().equals(city)) {
                result.addAll(world.grids.ofCommunity(community.code()));
            }
        }
        return result;
    }

    private static List<GridEvent> events() {
        return events(world);
    }

    private static List<GridEvent> events(DemoWorld in) {
        List<GridEvent> result = new ArrayList<>();
        for (AreaCode city : CITIES) {
            result.addAll(all(p -> in.events.within(EventFilter.within(city), p)));
        }
        return result;
    }

    private static <T> List<T> all(java.util.function.Function<PageRequest, Slice<T>> read) {
        List<T> result = new ArrayList<>();
        Optional<Position> after = Optional.empty();
        do {
            Slice<T> page = read.apply(new PageRequest(after, PageRequest.MAX_LIMIT));
            result.addAll(page.items());
            after = page.next();
        } while (after.isPresent());
        return result;
    }

    /** Everything loaded but the random UUIDs of records. */
    private static String fingerprint(DemoWorld in) {
        StringBuilder print = new StringBuilder();
        for (Community community : DemoAreas.communities()) {
            for (Grid grid : in.grids.ofCommunity(community.code())) {
                print.append(grid.code()).append(grid.tier()).append(grid.name()).append(grid.parent()).append(grid.version());
                grid.members().forEach(m -> print.append(m.post()).append(m.name()).append(m.contact().value()));
                // Records of one grid are ordered by name or address, then by their random id: sort them by content.
                List<String> records = new ArrayList<>();
                all(p -> in.registers.dwellingsOf(grid.code(), p)).forEach(d -> records.add(d.address() + d.households()));
                all(p -> in.registers.residentsOf(grid.code(), p)).forEach(r -> records.add(r.name() + r.idNumber().value()
                        + r.mobile().map(PhoneNumber::value).orElse("-")));
                all(p -> in.registers.organisationsOf(grid.code(), p)).forEach(o -> records.add(o.name()
                        + o.creditCode().value() + o.kind() + o.address()));
                records.stream().sorted().forEach(print::append);
                print.append('\n');
            }
        }
        events(in).stream().sorted(Comparator.comparing(GridEvent::reportedAt).thenComparing(GridEvent::text)).forEach(e -> {
            print.append(e.grid()).append(e.category()).append(e.text()).append(e.intake().channel())
                    .append(e.intake().reporter().name()).append(e.intake().reporter().phone().map(PhoneNumber::value).orElse("-"))
                    .append(e.intake().location()).append(e.intake().attachments().size()).append(e.grade().code())
                    .append(e.state()).append(e.reportedAt()).append(e.deadline()).append(e.dispatchedTo()).append(e.version())
                    .append(e.closedAt()).append(e.mergedInto().isPresent());
            e.summonses().forEach(s -> print.append(s.departments()).append(s.dueAt()).append(s.answers().size()));
            in.events.timeline(e.id()).forEach(t -> print.append(t.at()).append(t.actor()).append(t.kind())
                    .append(t.note().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")));
            print.append('\n');
        });
        return print.toString();
    }
}
