package org.shizhi.domain.grid.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Texts;

/**
 * A grid (网格): a bounded part of one community with the people who answer for it. Household and resident counts
 * are not fields: they are counted from the registers ({@code RegisterRepository}) whenever they are read.
 *
 * <p>Immutable; each change returns a new grid with {@code version} one higher, which the repository uses to refuse
 * a change made against an older copy.
 *
 * @param parent   the grid this one lies in, within the same community; absent for a total grid and for a
 *                 general grid of a community without one
 * @param boundary the outline, if drawn
 */
public record Grid(GridCode code, GridTier tier, String name, Optional<GridCode> parent, Optional<Boundary> boundary,
                   List<GridMember> members, long version) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_MEMBERS = 50;

    public Grid {
        if (code == null) {
            throw new InvalidValueException("gridCode", "grid code is required");
        }
        if (tier == null) {
            throw new InvalidValueException("tier", "grid tier is required (TOTAL, GENERAL, MICRO or BUILDING)");
        }
        name = Texts.required("name", "a grid's name", name, MAX_NAME_LENGTH);
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(boundary, "boundary");
        members = List.copyOf(members);
        if (version < 1) {
            throw new InvalidValueException("version", "a grid's version starts at 1, got " + version);
        }
        checkCode(code, tier, parent);
        checkMembers(tier, members);
    }

    /** A grid as first created: no members, version 1. */
    public static Grid create(GridCode code, GridTier tier, String name, Optional<GridCode> parent, Optional<Boundary> boundary) {
        return new Grid(code, tier, name, parent, boundary, List.of(), 1);
    }

    public AreaCode community() {
        return code.community();
    }

    /** The responsible grid worker, if one is assigned. */
    public Optional<GridMember> responsibleWorker() {
        return members.stream().filter(m -> m.post() == GridPost.RESPONSIBLE_WORKER).findFirst();
    }

    /**
     * True if the grid lacks the responsible worker it should have: every grid but a building sub-grid, which its
     * building heads lead instead.
     */
    public boolean lacksResponsibleWorker() {
        return tier != GridTier.BUILDING && responsibleWorker().isEmpty();
    }

    public Grid withBoundary(Optional<Boundary> newBoundary) {
        return new Grid(code, tier, name, parent, newBoundary, members, version + 1);
    }

    /**
     * The grid with one more member. A new responsible worker takes over from the current one, who is returned in
     * {@link Staffed#replaced()} so that a handover leaves no moment without a responsible worker.
     */
    public Staffed assign(GridMember member) {
        List<GridMember> kept = new ArrayList<>(members.size() + 1);
        GridMember replaced = null;
        for (GridMember m : members) {
            if (m.post() == GridPost.RESPONSIBLE_WORKER && member.post() == GridPost.RESPONSIBLE_WORKER) {
                replaced = m;
            } else {
                kept.add(m);
            }
        }
        if (members.stream().anyMatch(m -> m.id().equals(member.id()))) {
            throw new ConflictException("memberId", "member " + member.id() + " is already on grid " + code);
        }
        if (kept.size() >= MAX_MEMBERS) {
            throw new ConflictException("members", "a grid may have at most " + MAX_MEMBERS + " members; grid " + code + " is full");
        }
        kept.add(member);
        return new Staffed(new Grid(code, tier, name, parent, boundary, kept, version + 1), Optional.ofNullable(replaced));
    }

    /** The grid without the member. */
    public Grid release(MemberId member) {
        List<GridMember> kept = members.stream().filter(m -> !m.id().equals(member)).toList();
        if (kept.size() == members.size()) {
            throw new NotFoundException("member", member + " on grid " + code);
        }
        return new Grid(code, tier, name, parent, boundary, kept, version + 1);
    }

    /** A grid after a member was assigned, and the responsible worker it replaced, if any. */
    public record Staffed(Grid grid, Optional<GridMember> replaced) {
    }

    private static void checkCode(GridCode code, GridTier tier, Optional<GridCode> parent) {
        if (tier == GridTier.TOTAL && (code.isBuilding() || code.serial() != 0)) {
            throw new InvalidValueException("gridCode", "a total grid has serial 000 in its community, got " + code);
        }
        if (tier != GridTier.TOTAL && !code.isBuilding() && code.serial() == 0) {
            throw new InvalidValueException("gridCode", "serial 000 is reserved for the community's total grid, got a "
                    + tier + " grid " + code);
        }
        if ((tier == GridTier.BUILDING) != code.isBuilding()) {
            throw new InvalidValueException("gridCode", tier == GridTier.BUILDING
                    ? "a building sub-grid's code is its parent's code + B + serial, got " + code
                    : "only a building sub-grid has a B in its code, got a " + tier + " grid " + code);
        }
        if (tier.needsParent() && parent.isEmpty()) {
            throw new InvalidValueException("parent", "a " + tier + " grid needs a parent grid");
        }
        if (tier == GridTier.TOTAL && parent.isPresent()) {
            throw new InvalidValueException("parent", "a total grid is the top of its community and has no parent");
        }
        parent.ifPresent(p -> {
            if (!p.community().equals(code.community())) {
                throw new InvalidValueException("parent", "parent grid " + p + " lies in another community than " + code);
            }
            if (p.equals(code)) {
                throw new InvalidValueException("parent", "a grid cannot be its own parent");
            }
        });
        if (code.isBuilding() && !code.enclosingGrid().equals(parent)) {
            throw new InvalidValueException("parent", "building sub-grid " + code + " must have parent "
                    + code.enclosingGrid().orElseThrow() + ", the grid its code extends");
        }
    }

    private static void checkMembers(GridTier tier, List<GridMember> members) {
        if (members.size() > MAX_MEMBERS) {
            throw new InvalidValueException("members", "a grid may have at most " + MAX_MEMBERS + " members");
        }
        long responsible = members.stream().filter(m -> m.post() == GridPost.RESPONSIBLE_WORKER).count();
        if (responsible > 1) {
            throw new InvalidValueException("members", "a grid has one responsible grid worker, got " + responsible);
        }
        if (tier != GridTier.BUILDING && members.stream().anyMatch(m -> m.post() == GridPost.BUILDING_HEAD)) {
            throw new InvalidValueException("post", "building heads lead building sub-grids; this is a " + tier + " grid");
        }
        if (members.stream().map(GridMember::id).distinct().count() != members.size()) {
            throw new InvalidValueException("members", "a member appears twice on the grid");
        }
    }
}
