package org.shizhi.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.port.out.AreaRepository;
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
        platform.areaService().register(new RegisterAreasCommand(tree));
        long cities = tree.stream().filter(a -> a.level() == org.shizhi.domain.shared.AdminLevel.CITY).count();
        LOG.info(() -> "demo data loaded: " + tree.size() + " areas in " + cities + " cities");
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
