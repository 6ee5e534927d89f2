package org.shizhi.domain.grid.model;

/** What a person does on a grid (seed 000: 网格员; seed 003: 党建指导员, 楼长). */
public enum GridPost {
    /** The grid worker responsible for the grid ({@code GridWorker}, 网格员): exactly one per grid is expected. */
    RESPONSIBLE_WORKER,
    /** A grid worker who assists the responsible one. */
    ASSISTANT_WORKER,
    /** The party-building instructor assigned to the grid ({@code PartyInstructor}, 党建指导员). */
    PARTY_INSTRUCTOR,
    /** A building head ({@code BuildingHead}, 楼长 or 副楼长) of a building sub-grid. */
    BUILDING_HEAD
}
