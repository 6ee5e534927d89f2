package org.shizhi.domain.spi;

import java.util.List;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridStructure;

/**
 * Extension point (SPI 1.1): one rule of a city for the structure of its grids. It is given one grid as it stands, or
 * would stand after a change, and answers the violations, each either refusing the change or only reported. A rule
 * must be thread-safe, must not fail, and should answer only for the tiers it is about.
 */
@FunctionalInterface
public interface GridRule {

    List<GridRuleViolation> check(GridStructure grid);
}
