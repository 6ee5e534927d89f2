package org.shizhi.domain.grid.service;

import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.Role;

/** The checks every grid service makes on the caller and on the version a change was based on. */
final class Access {

    /** Reading what every role may read. */
    static final Role[] EVERY_ROLE = Role.values();

    private Access() {
    }

    /**
     * Refuses (403) unless the caller holds one of the roles; returns who acts in which role, the first of
     * {@code allowed} the caller holds, for the timeline.
     */
    static Acting acting(Actor actor, Role... allowed) {
        actor.requireAnyRole(allowed);
        for (Role role : allowed) {
            if (actor.has(role)) {
                return new Acting(actor.subject(), role);
            }
        }
        throw new IllegalStateException("requireAnyRole let through a caller without any of the roles");
    }

    /** Personal data as this caller may see it. */
    static PersonalData shownTo(Actor actor) {
        return PersonalData.shownAs(actor.mayReadPersonalData());
    }

    /** Refuses a change based on an older copy (412 over HTTP): nothing is written. */
    static void requireVersion(String what, Object id, long stored, long expected) {
        if (stored != expected) {
            throw new StaleVersionException(what + " " + id + " is at version " + stored
                    + "; the change was based on version " + expected + ": reload it and try again");
        }
    }
}
