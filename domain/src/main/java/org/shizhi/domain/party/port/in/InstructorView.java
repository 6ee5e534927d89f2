package org.shizhi.domain.party.port.in;

import java.util.Objects;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.shared.Position;

/**
 * A party instructor (党建指导员) on one of a community's grids as the reader sees them (name and mobile masked without
 * {@code PERSONAL_DATA}). The instructor stays a grid post ({@code GridPost.PARTY_INSTRUCTOR}): the party context reads
 * it through the grid context's {@code GridQuery} and keeps no copy.
 */
public record InstructorView(GridCode grid, String gridName, GridView.MemberView member) {

    public InstructorView {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(gridName, "gridName");
        Objects.requireNonNull(member, "member");
    }

    /** A community's instructors are listed by grid code, then by the post's id. */
    public Position position() {
        return new Position(grid.value(), member.id().toString());
    }
}
