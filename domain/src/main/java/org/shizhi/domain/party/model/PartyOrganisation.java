package org.shizhi.domain.party.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A party organisation (党组织) in the tree: its tier, name, the area it stands in and, for the organisations that
 * sit on the ground, the grids (building sub-grids included: "a branch on every building") and estates it is bound to.
 * Every binding lies inside the organisation's area; a child's area lies inside its parent's.
 */
public record PartyOrganisation(PartyOrganisationId id, OrganisationTier tier, String name, AreaCode area,
                                Optional<PartyOrganisationId> parent, Set<GridCode> grids, Set<EstateId> estates) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_BINDINGS = 500;

    public PartyOrganisation {
        Objects.requireNonNull(id, "id");
        if (tier == null) {
            throw new InvalidValueException("tier", "tier is COMMITTEE, GENERAL_BRANCH, BRANCH or GROUP");
        }
        name = Texts.required("name", "an organisation's name", name, MAX_NAME_LENGTH);
        if (area == null) {
            throw new InvalidValueException("area", "an organisation stands in an area");
        }
        if (area.level() == AdminLevel.PROVINCE) {
            throw new InvalidValueException("area", "an organisation stands in a city, district, street or community, not a province");
        }
        parent = parent == null ? Optional.empty() : parent;
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new InvalidValueException("parentId", "an organisation cannot stand under itself");
        }
        grids = Set.copyOf(new TreeSet<>(grids == null ? Set.of() : grids));
        estates = Set.copyOf(estates == null ? Set.of() : estates);
        if (grids.size() + estates.size() > MAX_BINDINGS) {
            throw new InvalidValueException("grids", "an organisation is bound to at most " + MAX_BINDINGS + " grids and estates");
        }
        for (GridCode grid : grids) {
            if (!area.contains(grid.community())) {
                throw new InvalidValueException("grids", "grid " + grid + " lies outside the organisation's area " + area);
            }
        }
    }

    /** The same organisation bound to these grids and estates instead. */
    public PartyOrganisation boundTo(Set<GridCode> grids, Set<EstateId> estates) {
        return new PartyOrganisation(id, tier, name, area, parent, grids, estates);
    }

    /** Refuses a parent of the wrong tier or whose area does not contain this one's. */
    public void requireFitsUnder(Optional<PartyOrganisation> parentOrganisation) {
        tier.requireParent(parentOrganisation.map(PartyOrganisation::tier));
        parentOrganisation.ifPresent(p -> {
            if (!p.area().contains(area)) {
                throw new InvalidValueException("area", "a " + tier + " in " + area + " cannot stand under "
                        + p.name() + ", whose area " + p.area() + " does not contain it");
            }
        });
    }
}
