package org.shizhi.domain.shared;

import static org.shizhi.domain.shared.Role.AUDITOR;
import static org.shizhi.domain.shared.Role.CITY_ADMIN;
import static org.shizhi.domain.shared.Role.COMMUNITY_STAFF;
import static org.shizhi.domain.shared.Role.DEPARTMENT;
import static org.shizhi.domain.shared.Role.GRID_WORKER;
import static org.shizhi.domain.shared.Role.INTEGRATOR;
import static org.shizhi.domain.shared.Role.MEDIATOR;
import static org.shizhi.domain.shared.Role.STREET_OFFICER;

import java.util.List;

/**
 * Who may do what: every command and query of every context with the roles allowed it, granted here and nowhere
 * else. The services check it ({@link Actor#require}, {@link Actor#acting}); the REST adapter's {@code @RolesAllowed}
 * is checked against it by a test. The order of the roles matters: a caller holding several acts, on the timeline, in
 * the first of them.
 */
public enum Permission {

    // Areas and grids
    READ_AREAS(),
    REGISTER_AREAS(CITY_ADMIN, INTEGRATOR),
    READ_GRIDS(),
    MANAGE_GRIDS(CITY_ADMIN, INTEGRATOR),
    STAFF_GRIDS(CITY_ADMIN, COMMUNITY_STAFF),

    // Registers of dwellings, residents and organisations
    READ_REGISTER_COUNTS(),
    READ_REGISTERS(GRID_WORKER, COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, AUDITOR),
    KEEP_REGISTERS(GRID_WORKER, COMMUNITY_STAFF, CITY_ADMIN, INTEGRATOR),

    // Grid events, from intake to verdict
    READ_EVENTS(),
    REPORT_EVENT(GRID_WORKER, COMMUNITY_STAFF, INTEGRATOR),
    ACCEPT_EVENT(COMMUNITY_STAFF, STREET_OFFICER),
    REJECT_EVENT(COMMUNITY_STAFF, STREET_OFFICER),
    CALL_EVENT(STREET_OFFICER, COMMUNITY_STAFF),
    DISPATCH_EVENT(STREET_OFFICER),
    START_HANDLING(DEPARTMENT),
    RESOLVE_EVENT(GRID_WORKER, COMMUNITY_STAFF, STREET_OFFICER, DEPARTMENT),
    RECORD_VERDICT(GRID_WORKER, COMMUNITY_STAFF, INTEGRATOR),
    MERGE_EVENTS(COMMUNITY_STAFF, STREET_OFFICER),
    SUMMON_DEPARTMENTS(STREET_OFFICER),
    REPORT_TO_SUMMONS(DEPARTMENT),
    /** Escalating whatever passed its deadline, events and disputes alike: the platform's own background work. */
    ESCALATE_OVERDUE(CITY_ADMIN),
    READ_WEEKLY_DIGEST(GRID_WORKER, COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, AUDITOR, INTEGRATOR),

    // Disputes and mediation
    READ_DISPUTES(),
    OPEN_DISPUTE(GRID_WORKER, COMMUNITY_STAFF, STREET_OFFICER, MEDIATOR, INTEGRATOR),
    MEDIATE_DISPUTE(MEDIATOR, COMMUNITY_STAFF, STREET_OFFICER),
    FOLLOW_UP_DISPUTE(MEDIATOR, GRID_WORKER, COMMUNITY_STAFF, STREET_OFFICER),
    READ_DISPUTE_FIGURES(CITY_ADMIN, STREET_OFFICER, AUDITOR, INTEGRATOR),
    READ_MEDIATION_CENTRES(),
    REGISTER_MEDIATION_CENTRE(CITY_ADMIN, INTEGRATOR),

    // Programmes of city plugins and their visit tasks
    READ_PROGRAMME_RUNS(CITY_ADMIN, AUDITOR, INTEGRATOR),
    READ_VISIT_TASKS(GRID_WORKER, COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, AUDITOR, INTEGRATOR),
    RECORD_FINDING(GRID_WORKER, COMMUNITY_STAFF, INTEGRATOR),

    // City plugins, campaign templates, assessment
    READ_PLUGINS(CITY_ADMIN, INTEGRATOR, AUDITOR),
    READ_CAMPAIGN_TEMPLATES(),
    READ_ASSESSMENT(STREET_OFFICER, CITY_ADMIN, AUDITOR),

    // Party organisations, members, alliances, councils and red property
    READ_PARTY(),
    KEEP_PARTY_RECORDS(COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, INTEGRATOR),

    // Moral-education campaigns, Safety Star, Good Samaritan awards, wedding-customs reform
    READ_CAMPAIGNS(),
    ORGANISE_CAMPAIGNS(CITY_ADMIN, STREET_OFFICER, COMMUNITY_STAFF),
    RECORD_CAMPAIGN_ACTIVITIES(GRID_WORKER, COMMUNITY_STAFF, STREET_OFFICER, INTEGRATOR),
    OPEN_SAFETY_STAR_ROUNDS(CITY_ADMIN, STREET_OFFICER),
    NOMINATE_SAFETY_STARS(COMMUNITY_STAFF, STREET_OFFICER, INTEGRATOR),
    CAST_SAFETY_STAR_VOTES(COMMUNITY_STAFF, GRID_WORKER, INTEGRATOR),
    KEEP_SAMARITAN_FUND(CITY_ADMIN, STREET_OFFICER),
    KEEP_WEDDING_REFORM(COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN),
    READ_CAMPAIGN_FIGURES(CITY_ADMIN, STREET_OFFICER, AUDITOR, INTEGRATOR),

    // The case archive and the audit log
    SEARCH_CASES(AUDITOR, CITY_ADMIN, STREET_OFFICER, MEDIATOR, COMMUNITY_STAFF),
    EXPORT_CASES(AUDITOR, CITY_ADMIN),
    IMPORT_CASES(CITY_ADMIN, INTEGRATOR),
    READ_AUDIT(AUDITOR);

    private final List<Role> roles;

    /** @param roles the roles allowed, in the order they are taken to act in; none listed means every role */
    Permission(Role... roles) {
        this.roles = List.of(roles.length == 0 ? Role.values() : roles);
    }

    /** The roles allowed, in the order a caller holding several acts in them. */
    public List<Role> roles() {
        return roles;
    }

    public boolean grantedTo(Actor actor) {
        return roles.stream().anyMatch(actor::has);
    }
}
