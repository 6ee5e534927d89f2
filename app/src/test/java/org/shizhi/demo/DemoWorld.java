package org.shizhi.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.shizhi.adapters.plugins.PluginEventGrading;
import org.shizhi.adapters.plugins.PluginGridRules;
import org.shizhi.adapters.plugins.PluginLoader;
import org.shizhi.adapters.plugins.PluginRegistry;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.port.out.EventGrading;
import org.shizhi.domain.grid.port.out.GridRules;
import org.shizhi.domain.grid.port.out.InMemoryAreaRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridEventRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridRepository;
import org.shizhi.domain.grid.port.out.InMemoryRegisterRepository;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.HolidayCalendar;
import org.shizhi.domain.shared.OfficialCalendarYears;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The grid context in memory, wired as the platform wires it: the domain's in-memory repositories, the real services,
 * the official 2024–2026 calendar, and the grading and grid rules the platform runs (Zhanjiang's three whistles,
 * Chengdu the default grader and its micro-grid rules). The area tree of {@code areas.csv} is registered by each
 * city's system admin, as DemoData does.
 */
final class DemoWorld {

    final InMemoryAreaRepository areas = new InMemoryAreaRepository();
    final InMemoryGridRepository grids = new InMemoryGridRepository();
    final InMemoryRegisterRepository registers = new InMemoryRegisterRepository();
    final InMemoryGridEventRepository events = new InMemoryGridEventRepository();
    final WorkCalendar calendar = new HolidayCalendar(OfficialCalendarYears.years2024To2026());
    final PluginRegistry plugins = platformPlugins();
    final EventGrading grading = new PluginEventGrading(plugins);
    final GridRules gridRules = new PluginGridRules(plugins);
    final GridService gridService = new GridService(areas, grids, registers, gridRules);
    final RegisterService registerService = new RegisterService(grids, registers, gridRules);

    DemoWorld() {
        Map<AreaCode, List<Area>> byCity = areaTree().stream()
                .collect(Collectors.groupingBy(a -> a.code().cityCode(), TreeMap::new, Collectors.toList()));
        AreaService areaService = new AreaService(areas);
        byCity.forEach((city, cityAreas) -> areaService.register(Actor.system(city), new RegisterAreasCommand(cityAreas)));
    }

    /** The services as Platform should build them for the demo. */
    GridDemoServices services() {
        return GridDemoServices.of(gridService, registerService, calendar,
                clock -> new GridEventService(grids, events, grading,
                        new org.shizhi.adapters.plugins.PluginEventRouting(plugins, org.shizhi.domain.grid.model.DeadlinePolicy.standard()), calendar, clock));
    }

    static List<Area> areaTree() {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(DemoWorld.class.getResourceAsStream(DemoAreas.AREAS)),
                StandardCharsets.UTF_8)) {
            List<Area> result = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                result.add(new Area(AreaCode.of(row.get("code")), row.get("name")));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped plugins, each demo city enabling its own as the platform's default settings do. */
    private static PluginRegistry platformPlugins() {
        Map<String, String> values = Map.of("shizhi.city.440800.plugins", "zhanjiang", "shizhi.city.510100.plugins", "chengdu,red-culture");
        var config = org.shizhi.app.TestConfig.of(values);
        return PluginRegistry.configure(PluginLoader.load(DemoWorld.class.getClassLoader(), Optional.empty()), config);
    }
}
