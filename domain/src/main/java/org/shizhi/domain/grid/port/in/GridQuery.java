package org.shizhi.domain.grid.port.in;

import java.util.List;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * Reads grids. Every role may read the grids of its jurisdiction; a grid or area outside it is answered as not
 * found. Members' names and mobiles are masked unless the caller holds {@code PERSONAL_DATA}.
 */
public interface GridQuery {

    /** One grid, with the counts of its registers including the grids below it. */
    GridView grid(Actor actor, GridCode code);

    /**
     * The grids of a community, ordered by code, a page after the request's position, each with the counts of its
     * registers including the grids below it.
     */
    Slice<GridView> gridsOfCommunity(Actor actor, AreaCode community, PageRequest page);

    /**
     * The grids inside the area with no responsible worker (building sub-grids excepted), ordered by code, a page
     * after the request's position. Each carries the counts of its registers including the grids below it.
     */
    Slice<GridView> withoutResponsibleWorker(Actor actor, AreaCode area, PageRequest page);

    /**
     * What the grids of a community break of their city's grid rules ({@code GridRules}), refusing and reported
     * alike, ordered by grid code: e.g. a micro-grid with fewer households than its city wants.
     */
    List<GridRuleViolation> ruleViolations(Actor actor, AreaCode community);
}
