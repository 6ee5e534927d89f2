package org.shizhi.demo;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The demo cities, Chengdu (510100) and Zhanjiang (440800), loaded on the first start of an empty database
 * so that a new user finds a real area tree. Each context adds its own demo records here as it lands.
 * <p>
 * A CDI bean of its own module: it runs only where its jar is on the class path ({@code ./shizhi start} and the tests put
 * it there; the production release does not contain it), and it goes through the services the application produces.
 * It observes the container's start, which is before the server listens.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String AREAS = "/org/shizhi/demo/areas.csv";

    /** One thread, one load after the other: the disputes, then the grids, registers and events. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("shizhi-demo-data").daemon().factory());
    /** Set when the platform stops: loads not begun are skipped, the grid load stops at its next safe point. */
    private volatile boolean stopping;

    void loadIfEmpty(@Observes @Initialized(ApplicationScoped.class) Object started, Config config, AreaService areaService,
                     DisputeService disputeService, Function<Clock, DisputeService> disputesAt, GridService gridService,
                     RegisterService registerService, WorkCalendar workCalendar, Function<Clock, GridEventService> eventsAt,
                     Function<Clock, org.shizhi.domain.campaign.service.CampaignService> campaignsAt, Clock clock,
                     org.shizhi.domain.party.port.in.OrganisePartyUseCase organiseParty,
                     org.shizhi.domain.party.port.in.KeepMembersUseCase partyMembers,
                     org.shizhi.domain.party.port.in.AllianceUseCase partyAlliances,
                     org.shizhi.domain.party.port.in.CouncilUseCase partyCouncils,
                     org.shizhi.domain.grid.port.in.RecordTrainingUseCase recordTraining) {
        DemoSettings settings = DemoSettings.from(config);
        if (!settings.areas() || !areaService.cities().isEmpty()) {
            return;
        }
        List<Area> tree = areas();
        // Each city's tree is registered by that city, as its own admin would.
        Map<AreaCode, List<Area>> byCity = tree.stream()
                .collect(Collectors.groupingBy(a -> a.code().cityCode(), TreeMap::new, Collectors.toList()));
        byCity.forEach((city, cityAreas) -> areaService.register(Actor.system(city), new RegisterAreasCommand(cityAreas)));
        long cities = byCity.size();
        LOG.info(() -> "demo data loaded: " + tree.size() + " areas in " + cities + " cities");
        if (!settings.grids()) {
            return;
        }
        // The mediation centres now (a second, before the server listens, so that no centre registered through the API
        // is ever replaced by them), the 97 ProMediConv cases as disputes in the background.
        DemoDisputes.registerCentres(disputeService, tree, new SplittableRandom(DemoDisputes.SEED));
        inBackground("demo disputes", () -> DemoDisputes.openCases(disputesAt, tree,
                new SplittableRandom(DemoDisputes.SEED + 1), clock.instant()));
        inBackground("demo campaigns", () -> DemoCampaigns.load(campaignsAt, tree, new SplittableRandom(DemoCampaigns.SEED),
                clock.instant()));
        // Grids, registers and events go through the use cases as a city's staff would enter them. That takes 10-40 s on
        // two cores, so it runs in the background while the server starts: the platform answers at once and the demo
        // city fills in behind it.
        LOG.info("loading the demo cities' grids, registers and events in the background (about 10 s; stopping the platform"
                + " before it says they are loaded leaves them incomplete: delete the data directory to start over)");
        inBackground("demo grids, registers and events", () -> GridDemoData.load(
                GridDemoServices.of(gridService, registerService, workCalendar, eventsAt).withTraining(recordTraining),
                new SplittableRandom(GridDemoData.DEFAULT_SEED), clock.instant(), GridDemoData.DEFAULT_PARALLELISM,
                () -> stopping));
        // Party records bind organisations to grids: after the grids, on the same thread.
        DemoParty.Services party = new DemoParty.Services(organiseParty, partyMembers, partyAlliances, partyCouncils, gridService);
        inBackground("demo party records", () -> DemoParty.load(party, tree, new SplittableRandom(DemoParty.SEED), clock.instant()));
    }

    /**
     * A failure is logged, never thrown at the container. Runs after every load queued before it, on the one demo thread
     * (the assessment's demo, {@link DemoAssessmentData}, queues itself after the grids and the party records).
     */
    void inBackground(String what, Runnable job) {
        background.execute(() -> {
            if (stopping) {
                return;
            }
            try {
                job.run();
            } catch (RuntimeException e) {
                if (stopping) {
                    // A normal stop, not a failure: one line, no stack trace.
                    LOG.info(() -> what + ": stopped with the platform before complete (delete the data directory to load"
                            + " the demo again)");
                } else {
                    LOG.log(Level.WARNING, what + " failed", e);
                }
            }
        });
    }

    /**
     * The platform is stopping (its beans, the database among them, go next): loads not begun are skipped, the one
     * running stops at its next safe point, waited for here. Never interrupted: an interrupt in the middle of a write
     * would close the embedded database's file under it.
     */
    void stopBeforeTheDatabaseCloses(@Observes @BeforeDestroyed(ApplicationScoped.class) Object shuttingDown) {
        stop();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        background.shutdown();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.info("the demo data load did not reach a safe point within 30 s; stopping without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The demo area tree, as cities receive it: a `code,name` CSV. */
    public static List<Area> areas() {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(DemoData.class.getResourceAsStream(AREAS), AREAS), StandardCharsets.UTF_8)) {
            List<Area> result = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                result.add(new Area(AreaCode.of(row.get("code")), row.get("name")));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
