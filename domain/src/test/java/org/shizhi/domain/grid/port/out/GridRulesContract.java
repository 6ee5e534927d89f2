package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.shared.AreaCode;

/**
 * What every {@link GridRules} promises: nothing beyond the domain's own rules in a city that has none, and the same
 * answer for the same structure (the services ask for the new grid and again for every grid above it).
 */
public abstract class GridRulesContract {

    protected abstract GridRules rules();

    /** A community of a city that enables no grid rule. */
    protected abstract AreaCode communityOfACityWithoutRules();

    /** Communities of any city, with or without rules. */
    protected abstract List<AreaCode> communities();

    private static List<GridStructure> structures(AreaCode community) {
        GridCode total = GridCode.of(community, 0);
        GridCode general = GridCode.of(community, 1);
        GridCode micro = GridCode.of(community, 2);
        return List.of(
                new GridStructure(total, GridTier.TOTAL, "总网格", Optional.empty(), 1, RegisterCounts.NONE),
                new GridStructure(general, GridTier.GENERAL, "第一网格", Optional.of(GridTier.TOTAL), 1,
                        new RegisterCounts(40, 150, 400, 3)),
                new GridStructure(micro, GridTier.MICRO, "第1微网格", Optional.of(GridTier.GENERAL), 0,
                        new RegisterCounts(40, 150, 400, 3)),
                new GridStructure(micro, GridTier.MICRO, "第1微网格", Optional.of(GridTier.GENERAL), 0, RegisterCounts.NONE));
    }

    @Test
    void aCityWithoutRulesFindsNothingInAnyStructure() {
        AreaCode community = communityOfACityWithoutRules();
        for (GridStructure structure : structures(community)) {
            assertThat(rules().check(community.cityCode(), structure))
                    .as("no violation of a city without rules: %s", structure).isEmpty();
        }
    }

    @Test
    void theSameStructureGetsTheSameAnswer() {
        GridRules rules = rules();
        for (AreaCode community : communities()) {
            for (GridStructure structure : structures(community)) {
                List<GridRuleViolation> first = rules.check(community.cityCode(), structure);
                assertThat(first).as("a list, possibly empty, for %s", structure).isNotNull();
                assertThat(rules.check(community.cityCode(), structure)).as("asked again: %s", structure).isEqualTo(first);
            }
        }
    }
}
