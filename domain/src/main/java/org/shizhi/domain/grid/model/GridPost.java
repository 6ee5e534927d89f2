package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.PublishedModel;

/** What a person does on a grid (seed 000: 网格员; seed 003: 党建指导员, 楼长). */
@PublishedModel
public enum GridPost {
    /** The grid worker responsible for the grid ({@code GridWorker}, 网格员): exactly one per grid is expected. */
    RESPONSIBLE_WORKER,
    /** A grid worker who assists the responsible one. */
    ASSISTANT_WORKER,
    /** The party-building instructor assigned to the grid ({@code PartyInstructor}, 党建指导员). */
    PARTY_INSTRUCTOR,
    /** A building head ({@code BuildingHead}, 楼长 or 副楼长) of a building sub-grid. */
    BUILDING_HEAD,
    /**
     * The county or district leader linked to the grid's village or community (挂点县领导): one of the five responsibles
     * (五者同责, seed 003), with the next three.
     */
    COUNTY_LEADER,
    /** The town or street leader linked to it (挂点镇领导). */
    TOWN_LEADER,
    /** The head of a county-level department linked to it (挂点县直单位主要领导). */
    DEPARTMENT_HEAD,
    /** The cadre stationed in the village (驻村干部). */
    RESIDENT_CADRE
}
