package org.shizhi.plugins.chengdu;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridRuleViolation.Enforcement;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.spi.GridRule;

/** Chengdu's grid rules; see {@link ChengduPlugin} for what each refuses and what it only reports. */
final class MicroGridRules {

    static final String TIERS = "chengdu.tiers";
    static final String HOUSEHOLDS = "chengdu.micro-grid-households";

    private MicroGridRules() {
    }

    /** 社区总网格 > 一般网格 > 微网格: a micro-grid's parent is a general grid, a general grid's the total grid. */
    static GridRule tiers() {
        return grid -> {
            Optional<GridTier> wanted = switch (grid.tier()) {
                case MICRO -> Optional.of(GridTier.GENERAL);
                case GENERAL -> Optional.of(GridTier.TOTAL);
                default -> Optional.empty();
            };
            if (wanted.isEmpty() || grid.parentTier().equals(wanted)) {
                return List.of();
            }
            String where = grid.parentTier().map(t -> "under a " + t + " grid").orElse("at the top of its community");
            // A general grid at the top: the community has not drawn its total grid (yet); reported, see ChengduPlugin.
            Enforcement enforcement = grid.tier() == GridTier.GENERAL && grid.parentTier().isEmpty() ? Enforcement.REPORT : Enforcement.REFUSE;
            return List.of(new GridRuleViolation(grid.code(), TIERS, enforcement,
                    "in Chengdu a " + grid.tier() + " grid lies under a " + wanted.get() + " grid (社区总网格 > 一般网格 > 微网格); "
                            + grid.code() + " (" + grid.name() + ") would lie " + where));
        };
    }

    /** A micro-grid holds {@code min}–{@code max} households: above is refused, below reported. */
    static GridRule households(int min, int max) {
        return grid -> {
            if (grid.tier() != GridTier.MICRO) {
                return List.of();
            }
            long households = grid.households();
            if (households > max) {
                return List.of(violation(grid, Enforcement.REFUSE, "at most " + max, households));
            }
            if (households < min) {
                return List.of(violation(grid, Enforcement.REPORT, "at least " + min, households));
            }
            return List.of();
        };
    }

    private static GridRuleViolation violation(GridStructure grid, Enforcement enforcement, String limit, long households) {
        return new GridRuleViolation(grid.code(), HOUSEHOLDS, enforcement, "a Chengdu micro-grid holds " + limit
                + " households; " + grid.code() + " (" + grid.name() + ") holds " + households);
    }
}
