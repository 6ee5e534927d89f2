package org.shizhi.domain.law.model;

/** Enforcement-supervision figures of one agency over complaints filed in a period. */
public record AgencyFigures(String agency, int complaints, int reviewed, int reviewedOnTime, int overdue, int upheld,
                            int corrected, int dismissed) {
}
