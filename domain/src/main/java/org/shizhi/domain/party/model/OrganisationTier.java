package org.shizhi.domain.party.model;

import java.util.Optional;
import java.util.Set;

/**
 * The tiers of the party organisation tree: 党委 (committee), 党总支 (general branch), 党支部 (branch), 党小组 (group).
 * A committee stands at the top or under a committee; a general branch under a committee; a branch under a committee
 * or a general branch; a group under a branch. Branches and groups are what "a branch on every grid" counts.
 */
public enum OrganisationTier {
    COMMITTEE,
    GENERAL_BRANCH,
    BRANCH,
    GROUP;

    /** The tiers an organisation of this tier may stand under; empty parent allowed only for a committee. */
    public Set<OrganisationTier> parentTiers() {
        return switch (this) {
            case COMMITTEE -> Set.of(COMMITTEE);
            case GENERAL_BRANCH -> Set.of(COMMITTEE);
            case BRANCH -> Set.of(COMMITTEE, GENERAL_BRANCH);
            case GROUP -> Set.of(BRANCH);
        };
    }

    public boolean mayStandAtTop() {
        return this == COMMITTEE;
    }

    /** Counts for coverage (a grid or estate "has a branch"). */
    public boolean covers() {
        return this == BRANCH || this == GROUP;
    }

    /** Refuses a parent of the wrong tier, or a missing parent where one is needed. */
    public void requireParent(Optional<OrganisationTier> parent) {
        if (parent.isEmpty()) {
            if (!mayStandAtTop()) {
                throw new org.shizhi.domain.shared.InvalidValueException("parentId",
                        "a " + this + " must stand under a " + parentTiers().stream().map(Enum::name).sorted().toList()
                                + "; only a COMMITTEE stands at the top");
            }
        } else if (!parentTiers().contains(parent.get())) {
            throw new org.shizhi.domain.shared.InvalidValueException("parentId",
                    "a " + this + " may stand under " + parentTiers().stream().map(Enum::name).sorted().toList()
                            + ", not under a " + parent.get());
        }
    }
}
