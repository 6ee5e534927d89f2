package org.shizhi.domain.law.model;

/**
 * Where a petition stands: received; accepted or not accepted (within the acceptance deadline); replied; reopened
 * when the petitioner's matter comes back after a reply; cleared (办结/化解) once an outcome and the petitioner's
 * response are recorded.
 */
public enum PetitionState {
    RECEIVED, ACCEPTED, NOT_ACCEPTED, REPLIED, REOPENED, CLEARED;

    /** Accepted and not cleared: the reply deadline runs or ran. */
    public boolean isOpenCase() {
        return this == ACCEPTED || this == REPLIED || this == REOPENED;
    }
}
