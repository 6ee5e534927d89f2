package org.shizhi.domain.archive.model;

/** Where a case record came from. */
public enum CaseSource {
    /** A closed grid event (网格事件), through the grid context's outbox. */
    GRID_EVENT,
    /** A concluded dispute (矛盾纠纷), through the dispute context's outbox. */
    DISPUTE,
    /** A historical case imported from a city's old archive. */
    HISTORICAL
}
