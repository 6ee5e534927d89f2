package org.shizhi.domain.grid.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.AreaCode;

/** Where the area tree is kept. */
public interface AreaRepository {

    /** Stores all areas or none; the caller has checked that no code exists yet. */
    void addAll(Collection<Area> areas);

    Optional<Area> find(AreaCode code);

    /** Which of the given codes are stored, in one round trip. */
    Set<AreaCode> existing(Collection<AreaCode> codes);

    /** The direct children of an area, ordered by code. */
    List<Area> children(AreaCode parent);

    long count();

    /** The cities of this deployment, ordered by code. */
    List<Area> cities();
}
