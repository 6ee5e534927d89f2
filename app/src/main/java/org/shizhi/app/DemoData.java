package org.shizhi.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.shizhi.app.demo.DemoDisputes;
import org.shizhi.app.demo.GridDemoData;
import org.shizhi.app.demo.GridDemoServices;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * The demo cities, Chengdu (510100) and Zhanjiang (440800), loaded on the first start of an empty database
 * so that a new user finds a real area tree. Each context adds its own demo records here as it lands.
 */
final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String AREAS = "/org/shizhi/app/demo/areas.csv";

    private DemoData() {
    }

    static void loadIfEmpty(Platform platform, AreaRepository areas) {
        if (areas.count() > 0) {
            return;
        }
        List<Area> tree = areas();
        // Each city's tree is registered by that city, as its own admin would.
        Map<AreaCode, List<Area>> byCity = tree.stream()
                .collect(Collectors.groupingBy(a -> a.code().cityCode(), TreeMap::new, Collectors.toList()));
        byCity.forEach((city, cityAreas) -> platform.areaService().register(Actor.system(city), new RegisterAreasCommand(cityAreas)));
        long cities = byCity.size();
        LOG.info(() -> "demo data loaded: " + tree.size() + " areas in " + cities + " cities");
        if (!platform.settings().demoGrids()) {
            return;
        }
        // The mediation centres now (a second, before the server listens, so that no centre registered through the API
        // is ever replaced by them), the 97 ProMediConv cases as disputes in the background.
        DemoDisputes.registerCentres(platform.disputeService(), tree, new SplittableRandom(DemoDisputes.SEED));
        platform.inBackground("demo disputes", () -> DemoDisputes.openCases(platform::disputeServiceAt, tree,
                new SplittableRandom(DemoDisputes.SEED + 1), platform.clock().instant()));
        // Grids, registers and events go through the use cases as a city's staff would enter them. That takes 10-40 s on
        // two cores, so it runs in the background while the server starts: the platform answers at once and the demo
        // city fills in behind it.
        LOG.info("loading the demo cities' grids, registers and events in the background (about 10 s; stopping the platform"
                + " before it says they are loaded leaves them incomplete: delete the data directory to start over)");
        platform.inBackground("demo grids, registers and events", () -> GridDemoData.load(
                GridDemoServices.of(platform.gridService(), platform.registerService(), platform.workCalendar(),
                        platform::gridEventServiceAt),
                new SplittableRandom(GridDemoData.DEFAULT_SEED), platform.clock().instant()));
    }

    /** The demo area tree, as cities receive it: a `code,name` CSV. */
    static List<Area> areas() {
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
