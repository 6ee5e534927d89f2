package org.shizhi.domain.shared;

/** The platform has no reference data to answer with (a calendar year nobody loaded); never guessed. */
public final class MissingReferenceDataException extends DomainException {

    public MissingReferenceDataException(String message) {
        super(null, message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.MISSING_REFERENCE_DATA;
    }
}
