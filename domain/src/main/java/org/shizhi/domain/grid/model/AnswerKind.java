package org.shizhi.domain.grid.model;

/** How a summoned department reported (报到). */
public enum AnswerKind {
    /** Came to the scene (到场). */
    ARRIVED,
    /** Answered without coming: by phone, in writing, by sending a plan (回应). */
    RESPONDED
}
