package org.shizhi.domain.shared;

/** A change was based on an older copy than the stored one; nothing was changed. Reload and try again. */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String message) {
        super("version", message);
    }

    /** Refuses a change to {@code what} based on version {@code expected} when {@code stored} is the stored one (412 over HTTP). */
    public static void requireVersion(String what, long stored, long expected) {
        if (stored != expected) {
            throw new StaleVersionException(what + " is at version " + stored + "; the change was based on version " + expected
                    + ": reload it and try again");
        }
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.STALE_VERSION;
    }
}
