package org.shizhi.domain.grid.port.in;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.grid.model.RegisterCounts;

/**
 * A grid as a reader sees it: its members' names and mobiles clear or masked by the reader's privilege, whether it
 * lacks a responsible worker, and the counts of its registers including the grids below it.
 */
public record GridView(GridCode code, GridTier tier, String name, Optional<GridCode> parent, Optional<Boundary> boundary,
                       List<MemberView> members, boolean lacksResponsibleWorker, RegisterCounts counts, long version) {

    public GridView {
        members = List.copyOf(members);
    }

    /** A member as a reader sees them; {@code name} and {@code contact} are masked unless the reader may see personal data. */
    public record MemberView(MemberId id, GridPost post, String name, String contact) {

        static MemberView of(GridMember member, PersonalData shown) {
            return new MemberView(member.id(), member.post(), shown.name(member.name()), shown.phone(member.contact()));
        }
    }

    public static GridView of(Grid grid, RegisterCounts counts, PersonalData shown) {
        return new GridView(grid.code(), grid.tier(), grid.name(), grid.parent(), grid.boundary(),
                grid.members().stream().map(m -> MemberView.of(m, shown)).toList(), grid.lacksResponsibleWorker(), counts,
                grid.version());
    }
}
