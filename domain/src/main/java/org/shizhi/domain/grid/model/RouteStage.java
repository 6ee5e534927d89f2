package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.PublishedModel;

/**
 * The stages an event may pass through on its way to being handled, in the only order they may come (seed 001:
 * 社区发现、街道呼叫、集中派单、协同整治; seed 003: 镇街吹哨、部门报到). A route names the stages it uses.
 */
@PublishedModel
public enum RouteStage {
    /** The community handles the event itself (社区/村 handles what it can). */
    COMMUNITY_HANDLES,
    /** The event is called to the street (街道呼叫), which handles it or summons departments. */
    STREET_CALL,
    /** The street dispatches the event to departments (集中派单). */
    CENTRAL_DISPATCH,
    /** Departments are summoned to remedy the event together (协同整治, 吹哨报到) and report by a deadline. */
    JOINT_REMEDIATION
}
