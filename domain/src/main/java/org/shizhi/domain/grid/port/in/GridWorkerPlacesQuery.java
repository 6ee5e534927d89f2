package org.shizhi.domain.grid.port.in;

import java.util.List;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.Actor;

/**
 * Where a grid member works, for another context that places a person by their grids: the assessment's supervision of a
 * criticised grid worker is placed on the worker's grid and supervised by who answers for it.
 */
public interface GridWorkerPlacesQuery {

    /** The grids inside the caller's jurisdiction on which the member holds a post, by code; none elsewhere. */
    List<GridCode> gridsOf(Actor actor, MemberId member);
}
