package org.shizhi.adapters.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridRuleViolation.Enforcement;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterDwellingCommand;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.CreateGridCommand;
import org.shizhi.domain.grid.port.out.InMemoryAreaRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridRepository;
import org.shizhi.domain.grid.port.out.InMemoryRegisterRepository;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.GridRule;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/** Grid rules side by side in the two demo cities, with the shipped plugins enabled as the platform's settings do. */
class PluginGridRulesTest {

    private static final AreaCode CHENGDU = AreaCode.of("510100");
    private static final AreaCode ZHANJIANG = AreaCode.of("440800");
    private static final AreaCode ZONGFU = AreaCode.of("510104021001");
    private static final AreaCode JINSHAWAN = AreaCode.of("440802006001");

    private static Config config(Map<String, String> values) {
        return TestConfig.of(values);
    }

    private static PluginRegistry shipped(Map<String, String> values) {
        return PluginRegistry.configure(PluginLoader.load(PluginGridRulesTest.class.getClassLoader(), Optional.empty()), config(values));
    }

    private static final Map<String, String> DEMO = Map.of(
            "shizhi.city.440800.plugins", "zhanjiang", "shizhi.city.510100.plugins", "chengdu");

    /** Each city's community with a total grid, a general grid under it and a micro-grid under that. */
    private final InMemoryAreaRepository areas = new InMemoryAreaRepository();
    private final InMemoryGridRepository grids = new InMemoryGridRepository();
    private final InMemoryRegisterRepository registers = new InMemoryRegisterRepository();

    PluginGridRulesTest() {
        areas.addAll(List.of(new Area(CHENGDU, "成都市"), new Area(AreaCode.of("510104"), "锦江区"),
                new Area(AreaCode.of("510104021000"), "春熙路街道"), new Area(ZONGFU, "总府路社区"),
                new Area(ZHANJIANG, "湛江市"), new Area(AreaCode.of("440802"), "赤坎区"),
                new Area(AreaCode.of("440802006000"), "沙湾街道"), new Area(JINSHAWAN, "金沙湾社区")));
        for (AreaCode community : List.of(ZONGFU, JINSHAWAN)) {
            grids.add(Grid.create(GridCode.of(community, 0), GridTier.TOTAL, "总网格", Optional.empty(), Optional.empty()));
            grids.add(Grid.create(GridCode.of(community, 1), GridTier.GENERAL, "第一网格", Optional.of(GridCode.of(community, 0)), Optional.empty()));
            grids.add(Grid.create(GridCode.of(community, 2), GridTier.MICRO, "第1微网格", Optional.of(GridCode.of(community, 1)), Optional.empty()));
        }
    }

    @Test
    void chengduEnforcesItsMicroGridMaximumWhileZhanjiangDoesNot() {
        PluginGridRules rules = new PluginGridRules(shipped(DEMO));
        RegisterService service = new RegisterService(grids, registers, rules);

        for (AreaCode community : List.of(ZONGFU, JINSHAWAN)) {
            service.registerDwelling(Actor.system(community.cityCode()), new RegisterDwellingCommand(GridCode.of(community, 2), "1栋", 90));
        }
        assertThatThrownBy(() -> service.registerDwelling(Actor.system(CHENGDU),
                new RegisterDwellingCommand(GridCode.of(ZONGFU, 2), "2栋", 20)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("a Chengdu micro-grid holds at most 100 households; 510104021001002 (第1微网格) holds 110")
                .hasMessageContaining("rule chengdu.micro-grid-households");
        var zhanjiang = service.registerDwelling(Actor.system(ZHANJIANG), new RegisterDwellingCommand(GridCode.of(JINSHAWAN, 2), "2栋", 20));

        assertThat(zhanjiang.grid()).isEqualTo(GridCode.of(JINSHAWAN, 2));
        assertThat(registers.countsByGrid(ZONGFU).get(GridCode.of(ZONGFU, 2)).households()).isEqualTo(90);
        assertThat(registers.countsByGrid(JINSHAWAN).get(GridCode.of(JINSHAWAN, 2)).households()).isEqualTo(110);
    }

    @Test
    void chengduRefusesAMicroGridRightUnderItsTotalGridAndListsSmallMicroGrids() {
        GridService service = new GridService(areas, grids, registers, new PluginGridRules(shipped(DEMO)));

        assertThatThrownBy(() -> service.createGrid(Actor.system(CHENGDU), new CreateGridCommand(ZONGFU, GridTier.MICRO, "第2微网格",
                Optional.of(GridCode.of(ZONGFU, 0)), Optional.empty())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("rule chengdu.tiers");
        service.createGrid(Actor.system(ZHANJIANG), new CreateGridCommand(JINSHAWAN, GridTier.MICRO, "第2微网格",
                Optional.of(GridCode.of(JINSHAWAN, 0)), Optional.empty()));

        assertThat(service.ruleViolations(Actor.system(CHENGDU), ZONGFU)).singleElement().satisfies(v -> {
            assertThat(v.grid()).isEqualTo(GridCode.of(ZONGFU, 2));
            assertThat(v.enforcement()).isEqualTo(Enforcement.REPORT);
            assertThat(v.message()).contains("at least 30", "holds 0");
        });
        assertThat(service.ruleViolations(Actor.system(ZHANJIANG), JINSHAWAN)).isEmpty();
    }

    @Test
    void theLimitsAreSetPerCity() {
        PluginGridRules rules = new PluginGridRules(shipped(Map.of("shizhi.city.510100.plugins", "chengdu",
                "shizhi.city.510100.chengdu.micro-grid-max-households", "80")));
        RegisterService service = new RegisterService(grids, registers, rules);

        assertThatThrownBy(() -> service.registerDwelling(Actor.system(CHENGDU),
                new RegisterDwellingCommand(GridCode.of(ZONGFU, 2), "1栋", 81)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("at most 80");
    }

    @Test
    void settingsThePluginRefusesStopStartUpNamingThePluginAndCity() {
        assertThatThrownBy(() -> shipped(Map.of("shizhi.city.510100.plugins", "chengdu",
                "shizhi.city.510100.chengdu.micro-grid-min-households", "120")))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("plugin 'chengdu' refused its settings for city 510100")
                .hasMessageContaining("micro-grid-max-households must be at least 1 and at least micro-grid-min-households (120), got 100");
    }

    /** A second plugin with a rule of its own: any grid named 测试 is reported. */
    record NamingPlugin(String id) implements CityPlugin {
        @Override
        public String name() {
            return "naming";
        }

        @Override
        public SpiVersion spiVersion() {
            return new SpiVersion(1, 1);
        }

        @Override
        public List<GridRule> gridRules(PluginSettings settings) {
            return List.of(grid -> grid.name().contains("测试")
                    ? List.of(new GridRuleViolation(grid.code(), "naming.no-test", Enforcement.REPORT, "test name on " + grid.code()))
                    : List.of());
        }
    }

    @Test
    void theRulesOfSeveralEnabledPluginsApplyTogether() {
        List<LoadedPlugin> loaded = new java.util.ArrayList<>(PluginLoader.load(getClass().getClassLoader(), Optional.empty()));
        loaded.add(new LoadedPlugin(new NamingPlugin("naming"), "classpath"));
        PluginRegistry registry = PluginRegistry.configure(loaded, config(Map.of("shizhi.city.510100.plugins", "chengdu,naming")));
        PluginGridRules rules = new PluginGridRules(registry);

        GridStructure grid = new GridStructure(GridCode.of(ZONGFU, 3), GridTier.MICRO, "测试微网格", Optional.of(GridTier.TOTAL), 0,
                org.shizhi.domain.grid.model.RegisterCounts.NONE);
        assertThat(rules.check(CHENGDU, grid)).extracting(GridRuleViolation::rule)
                .containsExactly("chengdu.tiers", "chengdu.micro-grid-households", "naming.no-test");
        assertThat(rules.check(ZHANJIANG, grid)).isEmpty();
        assertThat(registry.gridRules(ZHANJIANG)).isEmpty();
    }
}
