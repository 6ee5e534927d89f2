package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.service.GridWorld.CITY_ADMIN;
import static org.shizhi.domain.grid.service.GridWorld.STAFF;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridRuleViolation.Enforcement;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.ChangeHouseholdsCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterDwellingCommand;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.CreateGridCommand;
import org.shizhi.domain.grid.port.out.GridRules;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;

/** The grid and register services asking a city's grid rules (a double here) where a grid's structure changes. */
class GridRulesServiceTest {

    private static final AreaCode CHENGDU = AreaCode.of("510100");

    /** At most 5 households on a micro-grid (refused), at least 2 (reported); no micro-grid right under a total grid. */
    static final class Rules implements GridRules {
        final List<AreaCode> cities = new ArrayList<>();
        final List<GridStructure> seen = new ArrayList<>();

        @Override
        public List<GridRuleViolation> check(AreaCode city, GridStructure grid) {
            cities.add(city);
            seen.add(grid);
            List<GridRuleViolation> found = new ArrayList<>();
            if (grid.tier() == GridTier.MICRO && grid.parentTier().equals(Optional.of(GridTier.TOTAL))) {
                found.add(new GridRuleViolation(grid.code(), "test.tiers", Enforcement.REFUSE, "micro under total: " + grid.code()));
            }
            if (grid.tier() == GridTier.MICRO && grid.households() > 5) {
                found.add(new GridRuleViolation(grid.code(), "test.max", Enforcement.REFUSE, grid.code() + " would hold " + grid.households()));
            }
            if (grid.tier() == GridTier.MICRO && grid.households() < 2) {
                found.add(new GridRuleViolation(grid.code(), "test.min", Enforcement.REPORT, grid.code() + " holds " + grid.households()));
            }
            return found;
        }
    }

    private final GridWorld world = new GridWorld();
    private final Rules rules = new Rules();
    private final GridService grids = new GridService(world.areas, world.grids, world.registers, rules);
    private final RegisterService registers = new RegisterService(world.grids, world.registers, rules);

    private GridCode micro(GridCode parent) {
        return grids.createGrid(CITY_ADMIN, new CreateGridCommand(SampleEvents.ZONGFU_1.community(), GridTier.MICRO, "微网格",
                Optional.of(parent), Optional.empty())).code();
    }

    @Test
    void aNewGridIsCheckedEmptyWithItsParentsTierAndTheCityOfItsCommunity() {
        GridCode code = micro(SampleEvents.ZONGFU_1);

        GridStructure checked = rules.seen.getLast();
        assertThat(checked.code()).isEqualTo(code);
        assertThat(checked.parentTier()).contains(GridTier.GENERAL);
        assertThat(checked.households()).isZero();
        assertThat(checked.subGrids()).isZero();
        assertThat(rules.cities).containsOnly(CHENGDU);
    }

    @Test
    void aRefusingRuleRefusesTheNewGridAndNothingIsStored() {
        int before = world.grids.ofCommunity(SampleEvents.ZONGFU_1.community()).size();

        assertThatThrownBy(() -> micro(GridCode.of(SampleEvents.ZONGFU_1.community(), 0)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("micro under total").hasMessageContaining("rule test.tiers");
        assertThat(world.grids.ofCommunity(SampleEvents.ZONGFU_1.community())).hasSize(before);
    }

    @Test
    void registersMayFillAMicroGridUpToTheMaximumButNotBeyond() {
        GridCode code = micro(SampleEvents.ZONGFU_1);
        registers.registerDwelling(STAFF, new RegisterDwellingCommand(code, "总府路1号", 3));
        var second = registers.registerDwelling(STAFF, new RegisterDwellingCommand(code, "总府路2号", 2));

        assertThatThrownBy(() -> registers.registerDwelling(STAFF, new RegisterDwellingCommand(code, "总府路3号", 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("would hold 6");
        assertThatThrownBy(() -> registers.changeHouseholds(STAFF, new ChangeHouseholdsCommand(second.dwelling(), second.version(), 3)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("would hold 6");
        assertThat(world.registers.countsByGrid(code.community()).get(code).households()).isEqualTo(5);

        // Taking households away is never refused.
        var fewer = registers.changeHouseholds(STAFF, new ChangeHouseholdsCommand(second.dwelling(), second.version(), 1));
        assertThat(fewer.households()).isEqualTo(1);
    }

    @Test
    void householdsOnABuildingSubGridCountForTheMicroGridAboveIt() {
        GridCode code = micro(SampleEvents.ZONGFU_1);
        GridCode block = grids.createGrid(CITY_ADMIN, new CreateGridCommand(code.community(), GridTier.BUILDING, "1栋",
                Optional.of(code), Optional.empty())).code();
        registers.registerDwelling(STAFF, new RegisterDwellingCommand(code, "总府路1号", 4));

        assertThatThrownBy(() -> registers.registerDwelling(STAFF, new RegisterDwellingCommand(block, "1栋1单元", 2)))
                .isInstanceOf(ConflictException.class).hasMessageContaining(code + " would hold 6");
        registers.registerDwelling(STAFF, new RegisterDwellingCommand(block, "1栋1单元", 1));
        GridStructure microChecked = rules.seen.stream().filter(g -> g.code().equals(code)).toList().getLast();
        assertThat(microChecked.subGrids()).isEqualTo(1);
        assertThat(microChecked.households()).isEqualTo(5);
    }

    @Test
    void theQueryListsReportedViolationsOfStoredGrids() {
        GridCode empty = micro(SampleEvents.ZONGFU_1);
        GridCode full = micro(SampleEvents.ZONGFU_2);
        registers.registerDwelling(STAFF, new RegisterDwellingCommand(full, "总府路9号", 5));

        assertThat(grids.ruleViolations(STAFF, empty.community()))
                .extracting(GridRuleViolation::grid, GridRuleViolation::rule, GridRuleViolation::enforcement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(empty, "test.min", Enforcement.REPORT));
    }

    @Test
    void withoutRulesNothingIsRefused() {
        GridService plain = new GridService(world.areas, world.grids, world.registers, GridRules.NONE);
        var created = plain.createGrid(CITY_ADMIN, new CreateGridCommand(SampleEvents.ZONGFU_1.community(), GridTier.MICRO, "微网格",
                Optional.of(GridCode.of(SampleEvents.ZONGFU_1.community(), 0)), Optional.empty()));
        assertThat(plain.ruleViolations(STAFF, created.code().community())).isEmpty();
    }
}
