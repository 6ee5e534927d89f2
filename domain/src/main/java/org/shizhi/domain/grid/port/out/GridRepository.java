package org.shizhi.domain.grid.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Where grids are kept, with their members and boundaries. Contract: {@code GridRepositoryContract}. */
public interface GridRepository {

    /**
     * Stores a new grid (version 1).
     *
     * @throws org.shizhi.domain.shared.ConflictException (field {@code gridCode}) if a grid with that code exists, for
     *         instance when two administrators take the same serial at once; nothing is stored then
     */
    void add(Grid grid);

    /**
     * Replaces the stored grid by {@code grid} if the stored one still has {@code expectedVersion}.
     *
     * @throws org.shizhi.domain.shared.StaleVersionException if it has another version, and
     *         {@link org.shizhi.domain.shared.NotFoundException} if there is no such grid; nothing changes then
     */
    void update(Grid grid, long expectedVersion);

    Optional<Grid> find(GridCode code);

    /** True if the grid is stored: what intake needs to know, without reading its people. */
    boolean exists(GridCode code);

    /** Every grid of the community, building sub-grids included, ordered by code. */
    List<Grid> ofCommunity(AreaCode community);

    /** The grids of the community, building sub-grids included, by code: the page after the request's position. */
    Slice<Grid> ofCommunity(AreaCode community, PageRequest page);

    /**
     * The grids inside {@code within} (their code starts with its {@link AreaCode#prefix()}) that are not building
     * sub-grids and have no {@code RESPONSIBLE_WORKER} member, ordered by code: the page after the request's position,
     * filtered in the query so that a page is full while such grids remain.
     */
    Slice<Grid> withoutResponsibleWorker(AreaCode within, PageRequest page);

    /** The codes of the grids on which the member holds a post, ordered by code (none for a member on no grid). */
    List<GridCode> gridsOf(MemberId member);

    /** A grid's place in the lists by code: the code is key and id both. */
    static Position codePosition(Grid grid) {
        return new Position(grid.code().value(), grid.code().value());
    }
}
