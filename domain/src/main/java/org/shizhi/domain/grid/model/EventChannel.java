package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.PublishedModel;

/** How an event reached the platform; recorded on intake. */
@PublishedModel
public enum EventChannel {
    /** Found and reported by a grid worker on their rounds (网格员上报). */
    GRID_WORKER,
    /** Raised by a resident (in person, by the community's app or a mini-program). */
    RESIDENT,
    /** Forwarded from the 12345 government service hotline (12345政务服务便民热线, seed 001). */
    HOTLINE_12345
}
