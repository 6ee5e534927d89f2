package org.shizhi.domain.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting: every use case receives one, so that city isolation and jurisdiction hold in the domain
 * itself and not only at the REST layer. {@code jurisdiction} is the area the person answers for (a city
 * admin's city, a street officer's street); containment by code prefix decides what they may see.
 *
 * @param gridMember the grid member the person is on the grids, when the identity provider says so (the token's
 *                   {@code grid_member} claim); see {@link #gridMemberId()}
 */
public record Actor(String subject, AreaCode city, AreaCode jurisdiction, Set<Role> roles, Set<Privilege> privileges,
                    Optional<String> department, Optional<String> gridMember) {

    /** Someone who is not a department's staff. */
    public Actor(String subject, AreaCode city, AreaCode jurisdiction, Set<Role> roles, Set<Privilege> privileges) {
        this(subject, city, jurisdiction, roles, privileges, Optional.empty());
    }

    /** Someone whose grid member id, if they have one, is their subject. */
    public Actor(String subject, AreaCode city, AreaCode jurisdiction, Set<Role> roles, Set<Privilege> privileges,
                 Optional<String> department) {
        this(subject, city, jurisdiction, roles, privileges, department, Optional.empty());
    }

    public Actor {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("subject", "an actor needs a subject");
        }
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (city.level() != AdminLevel.CITY) {
            throw new InvalidValueException("city", "the city claim must be a city code, not a " + city.level() + " code");
        }
        if (!city.contains(jurisdiction)) {
            throw new InvalidValueException("jurisdiction", "jurisdiction " + jurisdiction + " is not inside city " + city);
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        department = department == null ? Optional.empty() : department.filter(d -> !d.isBlank());
        gridMember = gridMember == null ? Optional.empty() : gridMember.map(String::strip).filter(m -> !m.isEmpty());
        privileges = privileges.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(privileges));
    }

    /**
     * The platform acting on its own behalf for one city (demo data, scheduled escalations): a city admin
     * of that city without the personal-data privilege.
     */
    public static Actor system(AreaCode city) {
        return new Actor("system", city, city, Set.of(Role.CITY_ADMIN), Set.of());
    }

    /**
     * The grid member id the person acts as on the grids (a night visit's cadre): the {@code grid_member} claim where
     * the identity provider sets one, else the subject, for providers whose subject is the member id.
     */
    public String gridMemberId() {
        return gridMember.orElse(subject);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean mayReadPersonalData() {
        return privileges.contains(Privilege.PERSONAL_DATA);
    }

    /** Within the caller's jurisdiction (the jurisdiction itself or below it). */
    public boolean answersFor(AreaCode area) {
        return jurisdiction.contains(area);
    }

    /**
     * Visible in the area tree: inside the jurisdiction, or one of its ancestors within the city (a street
     * officer may read the names of their district and city, not those of the neighbouring streets).
     */
    public boolean maySeeInTree(AreaCode area) {
        return answersFor(area) || (city.contains(area) && area.contains(jurisdiction));
    }

    /** Refuses unless the caller holds one of the roles the permission allows. */
    public void require(Permission permission) {
        if (!permission.grantedTo(this)) {
            throw new AccessDeniedException("this needs one of the roles "
                    + permission.roles().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + "; the caller has " + (roles.isEmpty() ? "none" : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        }
    }

    /**
     * Refuses unless the caller holds one of the roles the permission allows; returns who acts in which role (the first
     * of the permission's roles the caller holds), for the timeline.
     */
    public Acting acting(Permission permission) {
        require(permission);
        Role role = permission.roles().stream().filter(this::has).findFirst().orElseThrow();
        return new Acting(subject, role);
    }

    /**
     * As {@link #acting(Permission)}, for an act counted as a grid worker's own work (reporting or resolving a grid
     * event): acting as a {@link Role#GRID_WORKER}, the act also names {@link #gridMemberId()}, the id their visits and
     * training are recorded under, so that a token with both a {@code sub} and a {@code grid_member} is one worker.
     */
    public Acting actingAsGridMember(Permission permission) {
        Acting by = acting(permission);
        return by.role() == Role.GRID_WORKER ? new Acting(subject, by.role(), Optional.of(gridMemberId())) : by;
    }


    /**
     * A department's staff act for their own department only: the token names it ({@code department} claim).
     * Refuses, as forbidden, anyone acting for another department or without one.
     */
    public void requireDepartment(String code) {
        if (department.isEmpty()) {
            throw new AccessDeniedException("acting for a department needs a token that names the caller's department");
        }
        if (!department.get().equals(code)) {
            throw new AccessDeniedException("the caller acts for department " + department.get() + ", not for " + code);
        }
    }

    /** A resource outside the caller's jurisdiction is answered as absent, so its existence does not leak. */
    public void requireJurisdiction(AreaCode area, String what, Object id) {
        if (!answersFor(area)) {
            throw new NotFoundException(what, id);
        }
    }
}
