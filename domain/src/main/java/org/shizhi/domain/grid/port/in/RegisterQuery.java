package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.List;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * Reads the registers. Anything outside the caller's jurisdiction is answered as not found.
 * <ul>
 *   <li>{@link #counts}: {@link Permission#READ_REGISTER_COUNTS} (numbers only);</li>
 *   <li>the lists and a single dwelling, resident or organisation: {@link Permission#READ_REGISTERS}. Residents' names, ID numbers and mobiles are masked unless the caller
 *       holds {@code PERSONAL_DATA}.</li>
 * </ul>
 */
public interface RegisterQuery {

    /** Dwellings, households, residents and organisations of a community, street, district or city, in one query. */
    RegisterCounts counts(Actor actor, AreaCode area);

    /** The dwellings of exactly this grid, by address, a page after the request's position. */
    Slice<Dwelling> dwellings(Actor actor, GridCode grid, PageRequest page);

    /** @throws org.shizhi.domain.shared.NotFoundException if unknown or outside the caller's jurisdiction */
    Dwelling dwelling(Actor actor, DwellingId id);

    /** The residents of exactly this grid, by name, a page after the request's position. */
    Slice<ResidentView> residents(Actor actor, GridCode grid, PageRequest page);

    ResidentView resident(Actor actor, ResidentId id);

    /** The organisations of exactly this grid, by name, a page after the request's position. */
    Slice<Organisation> organisations(Actor actor, GridCode grid, PageRequest page);

    /** @throws org.shizhi.domain.shared.NotFoundException if unknown or outside the caller's jurisdiction */
    Organisation organisation(Actor actor, OrganisationId id);
}
