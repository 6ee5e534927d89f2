package org.shizhi.domain.grid.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.shared.AreaCode;

/**
 * The base registers (人口、房屋、单位) of the grids: dwellings, residents and organisations, and the counts taken from
 * them. Residents' ID numbers and mobiles are personal data: an adapter encrypts them at rest and finds an ID number
 * by a blind index, never by the clear value in a column. Contract: {@code RegisterRepositoryContract}.
 */
public interface RegisterRepository {

    /** @throws org.shizhi.domain.shared.ConflictException if a dwelling with that id exists */
    void addDwelling(Dwelling dwelling);

    /**
     * Replaces the stored dwelling if it still has {@code expectedVersion}.
     *
     * @throws org.shizhi.domain.shared.StaleVersionException otherwise; nothing changes then
     */
    void updateDwelling(Dwelling dwelling, long expectedVersion);

    Optional<Dwelling> findDwelling(DwellingId id);

    /**
     * The dwellings registered on exactly this grid, ordered by address then id: the page after the request's
     * position ({@link #addressPosition}).
     */
    Slice<Dwelling> dwellingsOf(GridCode grid, PageRequest page);

    /** A dwelling's place in {@link #dwellingsOf}: its address, then its id. */
    static Position addressPosition(Dwelling dwelling) {
        return new Position(dwelling.address(), dwelling.id().value().toString());
    }

    /**
     * @throws org.shizhi.domain.shared.ConflictException (field {@code idNumber}) if a resident with the same ID
     *         number is registered anywhere in the same city (the first 4 digits of the grid code); the message must
     *         not say where, nor repeat the number
     */
    void addResident(Resident resident);

    Optional<Resident> findResident(ResidentId id);

    /** @throws org.shizhi.domain.shared.NotFoundException if there is no such resident */
    void removeResident(ResidentId id);

    /**
     * The residents registered on exactly this grid, ordered by name then id: the page after the request's position.
     *
     * <p>A position goes out in a cursor to callers who see residents' names masked, so the adapter writes its key,
     * the name the order needs, sealed (only the adapter reads it back), never in clear; a key it cannot read back is
     * an invalid {@code cursor}.
     */
    Slice<Resident> residentsOf(GridCode grid, PageRequest page);

    /**
     * @throws org.shizhi.domain.shared.ConflictException (field {@code creditCode}) if an organisation with the same
     *         unified social credit code is registered in the same city
     */
    void addOrganisation(Organisation organisation);

    Optional<Organisation> findOrganisation(OrganisationId id);

    /**
     * The organisations registered on exactly this grid, ordered by name then id: the page after the request's
     * position ({@link #namePosition}).
     */
    Slice<Organisation> organisationsOf(GridCode grid, PageRequest page);

    /** An organisation's place in {@link #organisationsOf}: its name, then its id. */
    static Position namePosition(Organisation organisation) {
        return new Position(organisation.name(), organisation.id().value().toString());
    }

    /**
     * The counts over every grid inside the area (grid code starts with the area's prefix): a community, street,
     * district or city, in one query. An area with nothing registered counts {@link RegisterCounts#NONE}.
     */
    RegisterCounts countsWithin(AreaCode area);

    /** The counts of each grid inside the area that has anything registered on it, in one query. */
    Map<GridCode, RegisterCounts> countsByGrid(AreaCode area);
}
