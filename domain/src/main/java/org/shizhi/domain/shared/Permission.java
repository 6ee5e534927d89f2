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
    /** A 12345 hotline work order pushed in: only a system does it (the hotline's platform, holding an integrator's token). */
    RECEIVE_HOTLINE_ORDER(INTEGRATOR),
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
    /** Escalating whatever passed its deadline, events, disputes and supervision tasks alike: the platform's own background work. */
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
    /** a grid worker's training attendance (网格员培训): recorded by the staff answering for the grid, read by them and the worker */
    RECORD_TRAINING(COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, INTEGRATOR),
    READ_TRAINING(GRID_WORKER, COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, AUDITOR, INTEGRATOR),
    /** the assessment's sum of training hours per grid worker ({@code TrainingQuery#trainingTenthsByWorker}) */
    READ_TRAINING_FIGURES(CITY_ADMIN, STREET_OFFICER, AUDITOR, INTEGRATOR),
    /** the assessment's count of visits made per grid worker ({@code VisitFiguresQuery}) */
    READ_VISIT_FIGURES(CITY_ADMIN, STREET_OFFICER, AUDITOR, INTEGRATOR),
    RECORD_FINDING(GRID_WORKER, COMMUNITY_STAFF, INTEGRATOR),

    // Law: legal aid, petitions (信访), enforcement supervision, law publicity, local regulations
    READ_LEGAL_AID(COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, AUDITOR, INTEGRATOR),
    APPLY_FOR_LEGAL_AID(COMMUNITY_STAFF, STREET_OFFICER, INTEGRATOR),
    DECIDE_LEGAL_AID(STREET_OFFICER, CITY_ADMIN),
    REGISTER_LEGAL_AID_CENTRE(CITY_ADMIN, INTEGRATOR),
    READ_PETITIONS(COMMUNITY_STAFF, STREET_OFFICER, DEPARTMENT, CITY_ADMIN, AUDITOR, INTEGRATOR),
    RECEIVE_PETITION(COMMUNITY_STAFF, STREET_OFFICER, GRID_WORKER, INTEGRATOR),
    HANDLE_PETITION(STREET_OFFICER, DEPARTMENT, CITY_ADMIN),
    ASSIGN_PETITION_LEADER(CITY_ADMIN, STREET_OFFICER),
    LINK_PETITION_DISPUTE(STREET_OFFICER, COMMUNITY_STAFF),
    READ_SUPERVISION(CITY_ADMIN, STREET_OFFICER, AUDITOR),
    FILE_SUPERVISION_COMPLAINT(COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, INTEGRATOR),
    REVIEW_SUPERVISION_COMPLAINT(CITY_ADMIN),
    READ_LAW_PUBLICITY(),
    RECORD_LAW_PUBLICITY(COMMUNITY_STAFF, STREET_OFFICER, GRID_WORKER, INTEGRATOR),
    READ_REGULATIONS(),
    KEEP_REGULATIONS(CITY_ADMIN, INTEGRATOR),
    READ_LAW_REPORTS(CITY_ADMIN, STREET_OFFICER, AUDITOR, INTEGRATOR),
    READ_LAW_FIGURES(CITY_ADMIN, STREET_OFFICER, AUDITOR, INTEGRATOR),

    // Consultation: councils and their topics, stability-risk assessment, public disclosure (三公开) and the village ledger (三资)
    READ_COUNCILS(),
    KEEP_COUNCILS(COMMUNITY_STAFF, STREET_OFFICER, CITY_ADMIN, INTEGRATOR),
    HOLD_COUNCIL_MEETINGS(COMMUNITY_STAFF, GRID_WORKER, STREET_OFFICER, INTEGRATOR),
    DECIDE_COUNCIL_TOPICS(COMMUNITY_STAFF, STREET_OFFICER),
    READ_STABILITY_RISK(STREET_OFFICER, COMMUNITY_STAFF, CITY_ADMIN, AUDITOR),
    ASSESS_STABILITY_RISK(STREET_OFFICER, CITY_ADMIN),
    APPROVE_STABILITY_RISK_PLAN(CITY_ADMIN, STREET_OFFICER),
    READ_DISCLOSURES(),
    PUBLISH_DISCLOSURES(COMMUNITY_STAFF, STREET_OFFICER, INTEGRATOR),
    KEEP_VILLAGE_ASSETS(COMMUNITY_STAFF, STREET_OFFICER, INTEGRATOR),
    READ_CONSULTATION_REPORTS(CITY_ADMIN, STREET_OFFICER, AUDITOR, INTEGRATOR),
    READ_CONSULTATION_FIGURES(CITY_ADMIN, STREET_OFFICER, AUDITOR, INTEGRATOR),

    // City plugins, campaign templates, assessment
    READ_PLUGINS(CITY_ADMIN, INTEGRATOR, AUDITOR),
    READ_CAMPAIGN_TEMPLATES(),
    READ_ASSESSMENT(STREET_OFFICER, CITY_ADMIN, AUDITOR),
    RUN_ASSESSMENT(CITY_ADMIN, STREET_OFFICER),
    DRAFT_NOTICE(CITY_ADMIN, STREET_OFFICER),
    PUBLISH_NOTICE(CITY_ADMIN),
    /** A grid worker's own commendations and criticisms: the published notices that name them. */
    READ_OWN_NOTICES(GRID_WORKER),
    // Supervision (督查督办): the supervisor answering for a notice's area opens and verifies, the unit's own staff report;
    // a criticised grid worker reads and reports their own task (GRID_WORKER last: staff who are also workers act as staff)
    OPEN_SUPERVISION_TASK(CITY_ADMIN, STREET_OFFICER),
    REPORT_RECTIFICATION(COMMUNITY_STAFF, STREET_OFFICER, DEPARTMENT, GRID_WORKER),
    VERIFY_RECTIFICATION(CITY_ADMIN, STREET_OFFICER),
    READ_SUPERVISION_TASKS(CITY_ADMIN, STREET_OFFICER, AUDITOR, COMMUNITY_STAFF, DEPARTMENT, GRID_WORKER),
    /** An area's overdue tasks: the supervisors' and the units' staff's list, not a grid worker's (who reads their own). */
    READ_OVERDUE_SUPERVISION_TASKS(CITY_ADMIN, STREET_OFFICER, AUDITOR, COMMUNITY_STAFF, DEPARTMENT),

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
    SAVE_CASE_SEARCHES(AUDITOR, CITY_ADMIN, STREET_OFFICER, MEDIATOR, COMMUNITY_STAFF),
    READ_SAVED_SEARCHES(AUDITOR, CITY_ADMIN, STREET_OFFICER, MEDIATOR, COMMUNITY_STAFF),
    READ_AUDIT(AUDITOR),
    /** One's own entries of the audit log (what one searched, read and exported): every role. */
    READ_OWN_AUDIT,

    // Webhooks for integrators: their own subscriptions, delivery logs and replays
    MANAGE_WEBHOOKS(INTEGRATOR);

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
