package org.shizhi.domain.spi;

import java.util.Objects;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;

/** One person on one grid in one post, as programmes and indicators see it: no name, no contact. */
public record StaffPlacement(GridCode grid, GridTier tier, MemberId member, GridPost post) {

    public StaffPlacement {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(post, "post");
    }
}
