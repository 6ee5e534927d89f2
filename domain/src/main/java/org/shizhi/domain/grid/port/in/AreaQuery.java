package org.shizhi.domain.grid.port.in;

import java.util.List;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * Reads the area tree. A caller sees their jurisdiction, everything below it, and the ancestors on the way up
 * to their city; anything else is answered as not found.
 */
public interface AreaQuery {

    /** The area, or a NotFoundException. */
    Area area(Actor actor, AreaCode code);

    /** The direct children of a visible area that the caller may see, ordered by code. */
    List<Area> children(Actor actor, AreaCode parent);
}
