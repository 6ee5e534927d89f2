package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.Optional;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * Puts people on grids and takes them off: grid workers, party instructors, building heads (elected by the
 * building's residents and entered by the community). Permission: {@link Permission#STAFF_GRIDS}; the grid
 * must lie in the caller's jurisdiction (else 404).
 */
public interface StaffGridsUseCase {

    /**
     * Assigns a person to a post. A new responsible worker takes over from the current one in the same change, so a
     * handover leaves no moment without one; a building head only on a building sub-grid (400).
     */
    MemberAssigned assign(Actor actor, AssignMemberCommand command);

    /** Takes a person off a grid; a grid left without a responsible worker shows up in the gap list. */
    MemberReleased release(Actor actor, ReleaseMemberCommand command);

    record AssignMemberCommand(GridCode grid, long expectedVersion, GridPost post, String name, PhoneNumber contact) {
        public AssignMemberCommand {
            if (grid == null) {
                throw new InvalidValueException("grid", "which grid is required");
            }
            Versions.check(expectedVersion);
            if (post == null) {
                throw new InvalidValueException("post", "a post is required (RESPONSIBLE_WORKER, ASSISTANT_WORKER,"
                        + " PARTY_INSTRUCTOR or BUILDING_HEAD)");
            }
            name = Texts.required("name", "a member's name", name, GridMember.MAX_NAME_LENGTH);
            if (contact == null) {
                throw new InvalidValueException("contact", "a member needs a mobile contact");
            }
        }
    }

    record ReleaseMemberCommand(GridCode grid, long expectedVersion, MemberId member) {
        public ReleaseMemberCommand {
            if (grid == null || member == null) {
                throw new InvalidValueException(grid == null ? "grid" : "member", "which grid and which member are required");
            }
            Versions.check(expectedVersion);
        }
    }

    /** @param replaced the responsible worker the new one took over from */
    record MemberAssigned(GridCode grid, MemberId member, Optional<MemberId> replaced, long version) {
    }

    record MemberReleased(GridCode grid, MemberId member, boolean gridLacksResponsibleWorker, long version) {
    }
}
