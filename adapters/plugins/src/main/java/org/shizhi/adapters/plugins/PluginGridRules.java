package org.shizhi.adapters.plugins;

import java.util.List;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.port.out.GridRules;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.GridRule;

/** The grid context's grid rules: those of every plugin the city enables, together; none where it enables none. */
public final class PluginGridRules implements GridRules {

    private final PluginRegistry registry;

    public PluginGridRules(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<GridRuleViolation> check(AreaCode city, GridStructure structure) {
        List<GridRule> rules = registry.gridRules(city);
        if (rules.isEmpty()) {
            return List.of();
        }
        return rules.stream().flatMap(rule -> rule.check(structure).stream()).toList();
    }
}
