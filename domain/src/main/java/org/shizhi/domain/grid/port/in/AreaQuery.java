package org.shizhi.domain.grid.port.in;

import java.util.List;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.AreaCode;

/** Reads the area tree. */
public interface AreaQuery {

    /** The area, or a NotFoundException. */
    Area area(AreaCode code);

    /** The direct children of an existing area, ordered by code. */
    List<Area> children(AreaCode parent);
}
