package org.shizhi.domain.shared;

/** What a person does on the platform; a token carries one or more. */
public enum Role {
    GRID_WORKER,
    COMMUNITY_STAFF,
    STREET_OFFICER,
    /** A functional department (civil affairs, police, housing…) that is summoned and dispatched to. */
    DEPARTMENT,
    MEDIATOR,
    CITY_ADMIN,
    /** Reads and searches the record, never changes it. */
    AUDITOR,
    /** A system calling the API on a city's behalf. */
    INTEGRATOR
}
