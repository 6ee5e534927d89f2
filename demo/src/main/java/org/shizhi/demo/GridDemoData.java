package org.shizhi.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.shizhi.demo.DemoAreas.Community;
import org.shizhi.demo.DemoGridLoader.DemoCounts;
import org.shizhi.demo.DemoGridLoader.DemoGrid;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.AreaCode;

/**
 * The grid context's demo data for the two demo cities, 成都 (510100) and 湛江 (440800), over the communities of
 * {@code areas.csv}: grids of every tier with their workers, instructors and building heads; dwellings, about three
 * thousand residents and the organisations of the registers; about three hundred grid events in every state, category
 * and channel, some with summonses, some merged as duplicates, some overdue now.
 *
 * <p>Everything goes through the grid context's use cases with the actor who would act (never around them), so the
 * data obeys every rule a user's data obeys. A seed gives the same data (the same grids, people, numbers, texts and
 * times; only the random UUIDs of records differ). Residents' ID numbers and mobiles are made up but valid, and never
 * logged: the {@link Summary} counts, it does not list.
 *
 * <p>Load it once, on the first start of an empty database, right after the area tree: the areas must be registered.
 * If the grids of the first demo community already exist, {@link #load} loads nothing and says so.
 */
public final class GridDemoData {

    private static final Logger LOG = Logger.getLogger(GridDemoData.class.getName());

    /** The seed the platform loads the demo with, so every demo installation shows the same data. */
    public static final long DEFAULT_SEED = 20_240_101L;

    /** How many days before {@code now} the calendar must cover: the oldest events are reported 76 days before. */
    static final int DAYS_BEFORE = 80;
    /**
     * How many days after {@code now} it must cover: the deadlines of the latest events, 5 working days after a step
     * taken just before now, which around the Spring Festival span two weeks.
     */
    static final int DAYS_AFTER = 16;

    /** How many communities (and cities, for the events) are loaded at once by default. */
    public static final int DEFAULT_PARALLELISM = 2;

    private GridDemoData() {
    }

    /** {@link #load(GridDemoServices, RandomGenerator, Instant, int)} with {@link #DEFAULT_PARALLELISM}. */
    public static Summary load(GridDemoServices services, RandomGenerator random, Instant now) {
        return load(services, random, now, DEFAULT_PARALLELISM);
    }

    /**
     * Loads the demo grids, registers and events of both demo cities.
     *
     * <p>Communities are loaded {@code parallelism} at a time, then the events of the two cities side by side: each
     * community's grids and registers, and each city's events, are independent of the others' (their own grids,
     * actors and versions). The data does not depend on the parallelism: every community and city draws from a
     * generator of its own, seeded from {@code random} in a fixed order before anything is loaded.
     *
     * @param services    the grid use cases, and the event use cases on a clock the loader moves
     * @param random      where every choice comes from: the same seed gives the same data
     * @param now         the present: events are reported in the weeks before it and some are overdue at it. The work
     *                    calendar must cover the 80 days before it and the 16 after, else nothing is loaded
     * @param parallelism how many communities are loaded at once (1 for one thread; at most the connection pool's size
     *                    is useful)
     * @return what was loaded; {@link Summary#loaded()} false, saying why, if the demo grids were there already or
     *         the calendar does not cover the weeks around {@code now} (nothing is written then)
     */
    public static Summary load(GridDemoServices services, RandomGenerator random, Instant now, int parallelism) {
        return load(services, random, now, parallelism, () -> false);
    }

    /**
     * {@link #load(GridDemoServices, RandomGenerator, Instant, int)} that stops at the next safe point once {@code stop}
     * says so (the platform is stopping): before each community and before the events, never inside one, so that no
     * thread is interrupted in the middle of a database write.
     *
     * @throws Stopped when it stopped; what was loaded stays, incomplete
     */
    public static Summary load(GridDemoServices services, RandomGenerator random, Instant now, int parallelism,
                               java.util.function.BooleanSupplier stop) {
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(now, "now");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        long started = System.nanoTime();
        // Events are reported up to 76 days before now, and deadlines run up to a few weeks after it.
        LocalDate earliest = WorkingTime.dateOf(now).minusDays(DAYS_BEFORE);
        LocalDate latest = WorkingTime.dateOf(now).plusDays(DAYS_AFTER);
        Set<Integer> covered = services.calendar().coveredYears();
        if (!covered.contains(earliest.getYear()) || !covered.contains(latest.getYear())) {
            String why = "the work calendar covers " + new TreeSet<>(covered) + "; the demo events need " + earliest + " to " + latest;
            LOG.warning(() -> "grid demo data not loaded: " + why);
            return Summary.notLoaded(why);
        }
        Map<AreaCode, List<Community>> byCity = DemoAreas.communities().stream()
                .collect(Collectors.groupingBy(Community::city, TreeMap::new, Collectors.toList()));
        for (var city : byCity.entrySet()) {
            if (!services.query().gridsOfCommunity(Actor.system(city.getKey()), city.getValue().getFirst().code(),
                    PageRequest.first(1)).items().isEmpty()) {
                String why = "community " + city.getValue().getFirst().code() + " has grids already";
                LOG.info(() -> "grid demo data not loaded: " + why);
                return Summary.notLoaded(why);
            }
        }

        // Every seed is drawn before anything runs, so that threads cannot change what anyone draws.
        record CommunityJob(Community community, int index, long seed) {
        }
        List<CommunityJob> jobs = new ArrayList<>();
        byCity.values().forEach(communities -> {
            for (int i = 0; i < communities.size(); i++) {
                jobs.add(new CommunityJob(communities.get(i), i, random.nextLong()));
            }
        });
        Map<AreaCode, Long> eventSeeds = new TreeMap<>();
        byCity.keySet().forEach(city -> eventSeeds.put(city, random.nextLong()));

        ExecutorService pool = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().name("grid-demo-", 1).daemon().factory());
        try {
            record CommunityLoaded(List<DemoGrid> grids, DemoCounts counts) {
            }
            List<Future<CommunityLoaded>> communities = new ArrayList<>();
            for (CommunityJob job : jobs) {
                communities.add(pool.submit(() -> {
                    if (stop.getAsBoolean()) {
                        throw new Stopped();
                    }
                    RandomGenerator own = new SplittableRandom(job.seed());
                    DemoCounts counts = new DemoCounts();
                    // A community's people get ID numbers of their own police station: no two communities share one.
                    DemoGridLoader loader = new DemoGridLoader(services, new DemoPeople(own, job.index() % 100), own, counts);
                    return new CommunityLoaded(loader.load(job.community(), job.index()), counts);
                }));
            }
            DemoCounts counts = new DemoCounts();
            Map<AreaCode, List<DemoGrid>> gridsByCity = new TreeMap<>();
            for (int i = 0; i < jobs.size(); i++) {
                CommunityLoaded loaded = await(communities.get(i));
                counts.add(loaded.counts());
                gridsByCity.computeIfAbsent(jobs.get(i).community().city(), c -> new ArrayList<>()).addAll(loaded.grids());
            }

            if (stop.getAsBoolean()) {
                throw new Stopped();
            }
            Map<AreaCode, Future<DemoEventLoader>> eventsByCity = new TreeMap<>();
            gridsByCity.forEach((city, grids) -> eventsByCity.put(city, pool.submit(() -> {
                RandomGenerator own = new SplittableRandom(eventSeeds.get(city));
                DemoEventLoader.MovableClock clock = new DemoEventLoader.MovableClock(now);
                DemoEventLoader events = new DemoEventLoader(services.eventsAt().apply(clock), clock, own, new DemoPeople(own, 0), now);
                events.load(grids);
                return events;
            })));
            Map<GridEventId, GridEventView> views = new LinkedHashMap<>();
            DemoEventLoader.EventTally tally = new DemoEventLoader.EventTally();
            for (Future<DemoEventLoader> future : eventsByCity.values()) {
                DemoEventLoader events = await(future);
                views.putAll(events.finalViews());
                tally.add(events.tally());
            }

            int gaps = (int) gridsByCity.values().stream().flatMap(List::stream)
                    .filter(g -> g.tier != GridTier.BUILDING && g.responsibleWorker.isEmpty()).count();
            Summary summary = Summary.of(byCity.size(), jobs.size(), counts, gaps, views.values(), tally, now,
                    Duration.ofNanos(System.nanoTime() - started));
            LOG.info(summary::describe);
            return summary;
        } finally {
            // Not shutdownNow: an interrupt in the middle of a write would close the embedded database's file under it.
            // Communities not begun stop at their safe point at once; the ones running finish theirs.
            pool.shutdown();
            try {
                pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The load stopped at a safe point because the platform is stopping. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("the grid demo data load stopped with the platform", null, false, false);
        }
    }

    /** The task's result, or its failure as thrown by the use case (a refusal, say) rather than wrapped. */
    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the grid demo data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the grid demo data could not be loaded", e.getCause());
        }
    }

    /**
     * What a load did, in counts only (no names, ID numbers or mobiles).
     *
     * @param gridsWithoutResponsibleWorker grids other than building sub-grids without a responsible worker: the gap list
     * @param lateSummonsReports            summoned departments that reported after the deadline or had not reported
     *                                      by {@code now} though it had passed
     */
    public record Summary(boolean loaded, Optional<String> notLoadedBecause, int cities, int communities, Map<GridTier, Integer> gridsByTier,
                          int gridsWithoutResponsibleWorker, Map<GridPost, Integer> membersByPost, int dwellings,
                          long households, int residents, int organisations, Map<EventState, Integer> eventsByState,
                          Map<EventCategory, Integer> eventsByCategory, Map<EventChannel, Integer> eventsByChannel,
                          int overdueAtNow, int summonses, int lateSummonsReports, int mergedDuplicates,
                          int satisfiedVerdicts, int dissatisfiedVerdicts, Duration took) {

        public Summary {
            Objects.requireNonNull(notLoadedBecause, "notLoadedBecause");
            gridsByTier = Collections.unmodifiableMap((copy(gridsByTier, GridTier.class)));
            membersByPost = Collections.unmodifiableMap((copy(membersByPost, GridPost.class)));
            eventsByState = Collections.unmodifiableMap((copy(eventsByState, EventState.class)));
            eventsByCategory = Collections.unmodifiableMap((copy(eventsByCategory, EventCategory.class)));
            eventsByChannel = Collections.unmodifiableMap((copy(eventsByChannel, EventChannel.class)));
        }

        /** Nothing loaded, for the reason given. */
        public static Summary notLoaded(String why) {
            return new Summary(false, Optional.of(why), 0, 0, Map.of(), 0, Map.of(), 0, 0, 0, 0, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, 0, 0,
                    Duration.ZERO);
        }

        static Summary of(int cities, int communities, DemoCounts counts, int gaps,
                          java.util.Collection<GridEventView> events, DemoEventLoader.EventTally tally, Instant now, Duration took) {
            Map<EventState, Integer> byState = new EnumMap<>(EventState.class);
            Map<EventCategory, Integer> byCategory = new EnumMap<>(EventCategory.class);
            Map<EventChannel, Integer> byChannel = new EnumMap<>(EventChannel.class);
            int overdue = 0;
            int summonses = 0;
            int late = 0;
            for (GridEventView event : events) {
                byState.merge(event.state(), 1, Integer::sum);
                byCategory.merge(event.category(), 1, Integer::sum);
                byChannel.merge(event.channel(), 1, Integer::sum);
                if (event.state().awaitsHandling() && event.deadline().hasPassed(now)) {
                    overdue++;
                }
                summonses += event.summonses().size();
                late += DemoEventLoader.lateDepartments(event, now);
            }
            return new Summary(true, Optional.empty(), cities, communities, counts.gridsByTier, gaps, counts.membersByPost, counts.dwellings,
                    counts.households, counts.residents, counts.organisations, byState, byCategory, byChannel, overdue,
                    summonses, late, tally.merged, tally.satisfied, tally.dissatisfied, took);
        }

        public int grids() {
            return gridsByTier.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int members() {
            return membersByPost.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int events() {
            return eventsByState.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** One line for the log. */
        public String describe() {
            if (!loaded) {
                return "grid demo data not loaded: " + notLoadedBecause.orElse("");
            }
            return "grid demo data loaded in " + took.toMillis() + " ms: " + cities + " cities, " + communities + " communities, "
                    + grids() + " grids " + gridsByTier + " (" + gridsWithoutResponsibleWorker + " without a responsible worker), "
                    + members() + " members " + membersByPost + ", " + dwellings + " dwellings of " + households + " households, "
                    + residents + " residents, " + organisations + " organisations; " + events() + " events " + eventsByState
                    + " by category " + eventsByCategory + " by channel " + eventsByChannel + ", " + overdueAtNow + " overdue, "
                    + summonses + " summonses (" + lateSummonsReports + " late departments), " + mergedDuplicates
                    + " duplicates merged, verdicts " + satisfiedVerdicts + " satisfied / " + dissatisfiedVerdicts + " dissatisfied";
        }

        private static <K extends Enum<K>> Map<K, Integer> copy(Map<K, Integer> map, Class<K> type) {
            Map<K, Integer> copy = new EnumMap<>(type);
            copy.putAll(map);
            return copy;
        }
    }
}
