package org.shizhi.domain.assessment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.IndicatorDefinition;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.Ranking;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.model.Scheme;
import org.shizhi.domain.assessment.model.Scoring;
import org.shizhi.domain.assessment.port.in.AssessmentQuery;
import org.shizhi.domain.assessment.port.in.RunAssessmentUseCase;
import org.shizhi.domain.assessment.port.out.AssessmentResults;
import org.shizhi.domain.assessment.port.out.IndicatorTallies;
import org.shizhi.domain.campaign.port.in.CampaignFiguresQuery;
import org.shizhi.domain.campaign.port.in.CampaignFiguresQuery.CampaignFigures;
import org.shizhi.domain.consultation.model.ConsultationFigures;
import org.shizhi.domain.consultation.port.in.ConsultationFiguresQuery;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.dispute.port.in.DisputeFiguresQuery;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.law.port.in.LawFiguresQuery;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.port.in.PartyFiguresQuery;
import org.shizhi.domain.programme.port.in.VisitFiguresQuery;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * Runs configured schemes over the built-in indicators: finds the units, reads every indicator for all of them (the
 * store's aggregates of grid events; the dispute, party, consultation, campaign and law contexts' figures for every
 * unit at once through their ports; each read once per run however many indicators it serves), scores, ranks against
 * the previous period and stores the result as the next version. Every "now" is the injected clock's.
 */
public final class SchemeAssessmentService implements RunAssessmentUseCase, AssessmentQuery {

    private final List<Scheme> schemes;
    private final IndicatorTallies tallies;
    private final AssessmentResults results;
    private final AreaQuery areas;
    private final ContextFigures figures;
    private final Clock clock;
    private final PeopleFigures people;
    private final PluginSchemes plugins;
    /** Where a run's indicator reads go, side by side (the caller's thread, one after the other, unless given). */
    private final Executor reads;

    /** What other contexts record of grid workers' own work, read through their ports. */
    public record PeopleFigures(VisitFiguresQuery visits, org.shizhi.domain.grid.port.in.TrainingQuery training) {
        public PeopleFigures {
            Objects.requireNonNull(visits, "visits");
            Objects.requireNonNull(training, "training");
        }
    }

    /** The figures the other contexts expose through their ports, which the assessment reads rather than their tables. */
    public record ContextFigures(DisputeFiguresQuery disputes, PartyFiguresQuery party, CampaignFiguresQuery campaigns,
                                 LawFiguresQuery law, ConsultationFiguresQuery consultation) {
        public ContextFigures {
            Objects.requireNonNull(disputes, "disputes");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(campaigns, "campaigns");
            Objects.requireNonNull(law, "law");
            Objects.requireNonNull(consultation, "consultation");
        }
    }

    /** {@code schemes}: every scheme configured, the defaults (no city) and the cities' own. */
    public SchemeAssessmentService(List<Scheme> schemes, IndicatorTallies tallies, AssessmentResults results, AreaQuery areas,
                                   ContextFigures figures, Clock clock) {
        this.schemes = List.copyOf(schemes);
        this.tallies = tallies;
        this.results = results;
        this.areas = areas;
        this.figures = Objects.requireNonNull(figures, "figures");
        this.clock = clock;
        this.people = null;
        this.plugins = PluginSchemes.NONE;
        this.reads = Runnable::run;
    }

    /**
     * With the grid workers' visits ({@code people}) and the city plugins' schemes, which are listed and run beside the
     * configured ones.
     */
    public SchemeAssessmentService(List<Scheme> schemes, IndicatorTallies tallies, AssessmentResults results, AreaQuery areas,
                                   ContextFigures figures, PeopleFigures people, PluginSchemes plugins, Clock clock) {
        this(schemes, tallies, results, areas, figures, people, plugins, clock, Runnable::run);
    }

    /**
     * As above, a run's indicators read on {@code reads} side by side: each is one aggregate of its own, and a scheme
     * of fifteen read one after the other kept one core of the database busy while the others waited.
     */
    public SchemeAssessmentService(List<Scheme> schemes, IndicatorTallies tallies, AssessmentResults results, AreaQuery areas,
                                   ContextFigures figures, PeopleFigures people, PluginSchemes plugins, Clock clock, Executor reads) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.schemes = List.copyOf(schemes);
        this.tallies = tallies;
        this.results = results;
        this.areas = areas;
        this.figures = Objects.requireNonNull(figures, "figures");
        this.clock = clock;
        this.people = Objects.requireNonNull(people, "people");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public AssessmentResult run(Actor actor, RunAssessmentCommand command) {
        actor.require(Permission.RUN_ASSESSMENT);
        AreaCode within = command.within();
        actor.requireJurisdiction(within, "area", within);
        Scheme scheme = scheme(within, command.scheme());
        AssessmentPeriod period = command.period();
        if (period.cadence() != scheme.cadence()) {
            throw new InvalidValueException("period", "scheme " + scheme.id() + " is assessed " + scheme.cadence()
                    + ", so its period is one of those, not " + period + " (" + period.cadence() + ")");
        }
        Instant asOf = clock.instant();
        // A plugin's scheme of areas is evaluated by its own indicators; one of grid workers or departments by built-ins.
        Optional<PluginSchemes.Run> plugin = scheme.source() == Scheme.Source.PLUGIN && scheme.units().level().isPresent()
                ? plugins.run(within, scheme.id()) : Optional.empty();
        List<Ranking.Scored> scored = plugin.isPresent()
                ? pluginUnits(actor, plugin.get(), within, period)
                : scheme.units().level()
                .map(level -> areaUnits(actor, scheme, within, level, period, asOf))
                .orElseGet(() -> scheme.units() == Scheme.Units.GRID_WORKER ? workerUnits(actor, scheme, within, period)
                        : departmentUnits(scheme, within, period, asOf));
        AssessmentPeriod before = AssessmentPeriod.containing(scheme.cadence(), period.from().minusDays(1));
        Map<String, RankedUnit> previous = results.find(scheme.id(), within, before, Optional.empty())
                .map(r -> r.units().stream().collect(Collectors.toMap(u -> u.unit().key(), Function.identity())))
                .orElse(Map.of());
        List<RankedUnit> ranked = Ranking.rank(scored, previous);
        return results.save(new AssessmentResult(scheme.id(), scheme.name(), within, period, 1, asOf,
                actor.subject(), ranked));
    }

    @Override
    public AssessmentResult result(Actor actor, String scheme, AreaCode within, AssessmentPeriod period, Optional<Integer> version) {
        actor.require(Permission.READ_ASSESSMENT);
        actor.requireJurisdiction(within, "area", within);
        return results.find(scheme, within, period, version).orElseThrow(() -> new NotFoundException("assessment",
                scheme + " " + within + " " + period + version.map(v -> " version " + v).orElse("")));
    }

    @Override
    public List<IndicatorDefinition> indicators(Actor actor) {
        actor.require(Permission.READ_ASSESSMENT);
        return java.util.Arrays.stream(BuiltInIndicator.values()).map(BuiltInIndicator::definition).toList();
    }

    @Override
    public List<Scheme> schemes(Actor actor) {
        actor.require(Permission.READ_ASSESSMENT);
        List<Scheme> out = new ArrayList<>(schemes.stream().filter(s -> s.appliesTo(actor.city())).toList());
        out.addAll(plugins.schemes(actor.city()));
        return out;
    }

    private Scheme scheme(AreaCode within, String id) {
        // A city's own scheme of an id stands in for a default of the same id; a plugin's scheme has its plugin's name in
        // its id, so that no configured one shares it.
        return schemes.stream().filter(s -> s.id().equals(id) && s.appliesTo(within))
                .min((a, b) -> Boolean.compare(a.city().isEmpty(), b.city().isEmpty()))
                .or(() -> plugins.run(within, id).map(PluginSchemes.Run::scheme))
                .orElseThrow(() -> new NotFoundException("scheme", id));
    }

    /** The areas of the scheme's level inside the run's area, each evaluated by the plugin's indicators item by item. */
    private List<Ranking.Scored> pluginUnits(Actor actor, PluginSchemes.Run run, AreaCode within, AssessmentPeriod period) {
        Scheme scheme = run.scheme();
        AdminLevel level = scheme.units().level().orElseThrow(() -> new IllegalStateException("a plugin's scheme assesses areas"));
        if (!within.level().isAbove(level)) {
            throw new InvalidValueException("within", "scheme " + scheme.id() + " assesses the " + scheme.units()
                    + " areas inside an area above that level, not inside " + within);
        }
        List<Area> units = new ArrayList<>();
        collect(actor, within, level, units);
        return units.stream().map(a -> new Ranking.Scored(new AssessedUnit(Subject.AREA, a.code().toString(), a.name()),
                Scoring.lines(scheme, plugins.readings(run, a.code(), period)))).toList();
    }

    private List<Ranking.Scored> areaUnits(Actor actor, Scheme scheme, AreaCode within, AdminLevel level, AssessmentPeriod period,
                                           Instant asOf) {
        if (!within.level().isAbove(level)) {
            throw new InvalidValueException("within", "scheme " + scheme.id() + " assesses the " + scheme.units()
                    + " areas inside an area above that level, not inside " + within);
        }
        List<Area> units = new ArrayList<>();
        collect(actor, within, level, units);
        Map<String, Map<String, Reading>> readings = new HashMap<>();
        RunReads runReads = new RunReads(actor, within, level, period);
        List<BuiltInIndicator> indicators = scheme.items().stream()
                .map(item -> BuiltInIndicator.byId(item.indicator().id()).orElseThrow()).toList();
        List<Map<AreaCode, Reading>> read = sideBySide(indicators,
                indicator -> areaReadings(actor, indicator, within, level, period, units, asOf, runReads));
        for (int i = 0; i < indicators.size(); i++) {
            String id = indicators.get(i).id();
            read.get(i).forEach((unit, reading) -> readings.computeIfAbsent(unit.toString(), k -> new HashMap<>()).put(id, reading));
        }
        return units.stream().map(a -> new Ranking.Scored(new AssessedUnit(Subject.AREA, a.code().toString(), a.name()),
                Scoring.lines(scheme, readings.getOrDefault(a.code().toString(), Map.of())))).toList();
    }

    /**
     * {@code read} of each of {@code keys} on the run's executor, answered in their order; the first failure is thrown as
     * it was thrown (a refusal stays a refusal), after every read has finished.
     */
    private <K, V> List<V> sideBySide(List<K> keys, Function<K, V> read) {
        List<CompletableFuture<V>> pending = keys.stream().map(key -> CompletableFuture.supplyAsync(() -> read.apply(key), reads)).toList();
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private void collect(Actor actor, AreaCode parent, AdminLevel level, List<Area> into) {
        for (Area child : areas.children(actor, parent)) {
            if (child.code().level() == level) {
                into.add(child);
            } else if (child.code().level().isAbove(level)) {
                collect(actor, child.code(), level, into);
            }
        }
    }

    private Map<AreaCode, Reading> areaReadings(Actor actor, BuiltInIndicator indicator, AreaCode within, AdminLevel level,
                                                AssessmentPeriod period, List<Area> units, Instant asOf, RunReads reads) {
        LocalDate from = period.from();
        LocalDate to = period.until().minusDays(1);
        return switch (indicator.source()) {
            case GRID -> switch (indicator) {
                case EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE -> medians(reads.closings());
                case EVENT_ON_TIME_CLOSURE_RATE -> onTime(reads.closings());
                default -> tallies.byArea(indicator, within, level, period, asOf);
            };
            case DISPUTE -> byArea(reads.disputes(), DisputeTally::area, t -> switch (indicator) {
                case DISPUTE_RESOLUTION_RATE -> Reading.share(t.agreements(), t.concluded());
                case FOLLOW_UP_COVERAGE -> Reading.share(t.agreementsFollowedUp(), t.agreements());
                case RELAPSE_RATE -> Reading.share(t.agreementsRelapsed(), t.agreements());
                default -> throw new IllegalStateException("not a dispute indicator: " + indicator);
            });
            case PARTY -> byArea(reads.party(), PartyReports.Tally::area, t -> switch (indicator) {
                case MEMBER_CHECK_IN_RATE -> Reading.share(t.checkedIn(), t.employedMembers());
                case BRANCH_COVERAGE -> Reading.share(t.coveredGrids(), t.grids());
                default -> throw new IllegalStateException("not a party indicator: " + indicator);
            });
            case CONSULTATION -> byArea(reads.consultation(), ConsultationFigures::area,
                    f -> switch (indicator) {
                        case TOPICS_CLOSED_WITH_FEEDBACK -> Reading.share(f.topicsClosedWithFeedback(), f.topicsRaised());
                        case DISCLOSURE_COVERAGE -> Reading.share(f.boardsDisclosing(), f.boards());
                        default -> throw new IllegalStateException("not a consultation indicator: " + indicator);
                    });
            case PEOPLE -> throw new IllegalStateException("not an area indicator: " + indicator);
            // Every unit has these figures, zero where the context counted nothing (a backlog of 0 is a value).
            case CAMPAIGN -> eachUnit(units, unit -> {
                CampaignFigures f = reads.campaigns().getOrDefault(unit, CampaignFigures.of(unit, from, to, 0, 0, 0, 0, 0, 0));
                return Reading.share(f.venuePairsReached(), f.venuePairsTargeted());
            });
            case LAW -> eachUnit(units, unit -> {
                LawFigures f = reads.law().getOrDefault(unit, new LawFigures(unit, from, to, 0, 0, 0, 0, 0, 0));
                return switch (indicator) {
                    case LEGAL_AID_ON_TIME -> Reading.share(f.legalAidDecidedOnTime(), f.legalAidDecided());
                    case PETITION_REPLIES_ON_TIME -> Reading.share(f.petitionsRepliedOnTime(), f.petitionsReplied() + f.petitionsLateUnanswered());
                    case PETITION_BACKLOG -> Reading.count(f.petitionBacklog());
                    default -> throw new IllegalStateException("not a law indicator: " + indicator);
                };
            });
        };
    }

    /**
     * What one run reads once for several indicators, on first need: the period's closings (median and on-time closure),
     * and the dispute, party, consultation, campaign and law contexts' figures for every unit of the level. Indicators
     * read side by side share them: the second to need one waits for the first's read, and for that one only.
     */
    private final class RunReads {
        private final Once<List<IndicatorTallies.Closings>> closings;
        private final Once<List<DisputeTally>> disputes;
        private final Once<List<PartyReports.Tally>> party;
        private final Once<List<ConsultationFigures>> consultation;
        private final Once<Map<AreaCode, CampaignFigures>> campaigns;
        private final Once<Map<AreaCode, LawFigures>> law;

        RunReads(Actor actor, AreaCode within, AdminLevel level, AssessmentPeriod period) {
            LocalDate from = period.from();
            LocalDate to = period.until().minusDays(1);
            closings = new Once<>(() -> tallies.closings(within, level, period));
            disputes = new Once<>(() -> figures.disputes().tallies(actor, within, level, from, to));
            party = new Once<>(() -> figures.party().tallies(actor, within, level));
            consultation = new Once<>(() -> figures.consultation().figuresByArea(actor, within, level, from, to));
            campaigns = new Once<>(() -> byUnit(figures.campaigns().figuresByArea(actor, within, level, from, to), CampaignFigures::area));
            law = new Once<>(() -> byUnit(figures.law().figuresByArea(actor, within, level, from, to), LawFigures::area));
        }

        List<IndicatorTallies.Closings> closings() {
            return closings.get();
        }

        List<DisputeTally> disputes() {
            return disputes.get();
        }

        List<PartyReports.Tally> party() {
            return party.get();
        }

        List<ConsultationFigures> consultation() {
            return consultation.get();
        }

        Map<AreaCode, CampaignFigures> campaigns() {
            return campaigns.get();
        }

        Map<AreaCode, LawFigures> law() {
            return law.get();
        }

        private static <F> Map<AreaCode, F> byUnit(List<F> rows, Function<F, AreaCode> area) {
            Map<AreaCode, F> out = new HashMap<>();
            rows.forEach(row -> out.put(area.apply(row), row));
            return out;
        }
    }

    /** A value read on first need and kept: concurrent first needs wait for the one read. */
    private static final class Once<T> {
        private final java.util.function.Supplier<T> read;
        private T value;

        Once(java.util.function.Supplier<T> read) {
            this.read = read;
        }

        synchronized T get() {
            if (value == null) {
                value = read.get();
            }
            return value;
        }
    }

    /** A context's per-area figures, read as one indicator. */
    private static <F> Map<AreaCode, Reading> byArea(List<F> rows, Function<F, AreaCode> area, Function<F, Reading> read) {
        Map<AreaCode, Reading> out = new HashMap<>();
        rows.forEach(row -> out.put(area.apply(row), read.apply(row)));
        return out;
    }

    private static Map<AreaCode, Reading> eachUnit(List<Area> units, Function<AreaCode, Reading> read) {
        Map<AreaCode, Reading> out = new LinkedHashMap<>();
        for (Area unit : units) {
            out.put(unit.code(), read.apply(unit.code()));
        }
        return out;
    }

    /** The median working days from report to closure per unit, from the store's events counted by working days. */
    static Map<AreaCode, Reading> medians(List<IndicatorTallies.Closings> groups) {
        Map<AreaCode, TreeMap<Integer, Long>> histograms = new HashMap<>();
        for (IndicatorTallies.Closings g : groups) {
            histograms.computeIfAbsent(g.unit(), k -> new TreeMap<>()).merge(Math.max(0, g.workingDays()), g.events(), Long::sum);
        }
        Map<AreaCode, Reading> out = new HashMap<>();
        histograms.forEach((unit, histogram) -> out.put(unit, median(histogram)));
        return out;
    }

    /** The on-time closure rate per unit: of the events closed in the period, those closed by their deadline. */
    static Map<AreaCode, Reading> onTime(List<IndicatorTallies.Closings> groups) {
        Map<AreaCode, long[]> counts = new HashMap<>();
        for (IndicatorTallies.Closings g : groups) {
            long[] c = counts.computeIfAbsent(g.unit(), k -> new long[2]);
            c[0] += g.onTime();
            c[1] += g.events();
        }
        Map<AreaCode, Reading> out = new HashMap<>();
        counts.forEach((unit, c) -> out.put(unit, Reading.share(c[0], c[1])));
        return out;
    }

    static Reading median(TreeMap<Integer, Long> histogram) {
        long count = histogram.values().stream().mapToLong(Long::longValue).sum();
        long total = histogram.entrySet().stream().mapToLong(e -> (long) e.getKey() * e.getValue()).sum();
        if (count == 0) {
            return Reading.median(0, 0, 0);
        }
        return Reading.median(total, count, (nth(histogram, (count - 1) / 2) + nth(histogram, count / 2)) / 2.0);
    }

    /** The {@code index}-th (from 0) smallest value the histogram counts. */
    private static int nth(TreeMap<Integer, Long> histogram, long index) {
        long seen = 0;
        for (var e : histogram.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("index beyond the histogram");
    }

    /**
     * The grid workers with work counted inside the area (events found, resolved or judged; visits made), each on their
     * own work, known everywhere by their grid member id ({@code Actor#gridMemberId}): the events they reported and
     * resolved record it beside the token's subject, and visits and training are recorded under it.
     */
    private List<Ranking.Scored> workerUnits(Actor actor, Scheme scheme, AreaCode within, AssessmentPeriod period) {
        Map<String, Map<String, Reading>> readings = new TreeMap<>();
        for (Scheme.Item item : scheme.items()) {
            BuiltInIndicator indicator = BuiltInIndicator.byId(item.indicator().id()).orElseThrow();
            workerReadings(actor, indicator, within, period)
                    .forEach((worker, reading) -> readings.computeIfAbsent(worker, k -> new HashMap<>()).put(indicator.id(), reading));
        }
        return readings.keySet().stream().map(worker -> new Ranking.Scored(
                new AssessedUnit(Subject.GRID_WORKER, worker, worker), Scoring.lines(scheme, readings.get(worker)))).toList();
    }

    private Map<String, Reading> workerReadings(Actor actor, BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period) {
        if (indicator.source() != BuiltInIndicator.Source.PEOPLE) {
            return tallies.byWorker(indicator, within, period);
        }
        if (people == null) {
            throw new IllegalStateException("this assessment was built without the visit and training figures");
        }
        Map<String, Reading> out = new HashMap<>();
        LocalDate from = period.from();
        LocalDate to = period.until().minusDays(1);
        switch (indicator) {
            case WORKER_VISITS -> people.visits().visitsMadeByWorker(actor, within, from, to)
                    .forEach((member, visits) -> out.put(member.value().toString(), Reading.count(visits)));
            case WORKER_TRAINING_HOURS -> people.training().trainingTenthsByWorker(actor, within, from, to)
                    .forEach((member, tenths) -> out.put(member.value().toString(), Reading.hours(tenths)));
            default -> throw new IllegalStateException("not a people indicator: " + indicator);
        }
        return out;
    }

    private List<Ranking.Scored> departmentUnits(Scheme scheme, AreaCode within, AssessmentPeriod period, Instant asOf) {
        Map<String, Map<String, Reading>> readings = new TreeMap<>();
        // What the summonses record of the answers, read once for every indicator of the scheme.
        Once<Map<String, IndicatorTallies.SummonsAnswers>> answers = new Once<>(() -> tallies.summonsAnswers(within, period, asOf));
        List<BuiltInIndicator> indicators = scheme.items().stream()
                .map(item -> BuiltInIndicator.byId(item.indicator().id()).orElseThrow()).toList();
        List<Map<String, Reading>> read = sideBySide(indicators, indicator -> {
            Map<String, Reading> byDepartment = new HashMap<>();
            for (var entry : answers.get().entrySet()) {
                IndicatorTallies.SummonsAnswers a = entry.getValue();
                byDepartment.put(entry.getKey(), switch (indicator) {
                    case SUMMONS_ANSWER_RATE -> Reading.share(a.answered(), a.due());
                    case SUMMONS_ON_TIME_ANSWER_RATE -> Reading.share(a.onTime(), a.answered());
                    case SUMMONS_ARRIVAL_RATE -> Reading.share(a.arrived(), a.answered());
                    case SUMMONS_LATENESS -> a.lateness();
                    default -> throw new IllegalStateException("not a department indicator: " + indicator);
                });
            }
            return byDepartment;
        });
        for (int i = 0; i < indicators.size(); i++) {
            String id = indicators.get(i).id();
            read.get(i).forEach((dept, reading) -> readings.computeIfAbsent(dept, k -> new HashMap<>()).put(id, reading));
        }
        return new TreeSet<>(readings.keySet()).stream().map(dept -> new Ranking.Scored(
                new AssessedUnit(Subject.DEPARTMENT, dept, dept), Scoring.lines(scheme, readings.get(dept)))).toList();
    }
}
