package org.shizhi.domain.grid.service;

import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.StaleVersionException;

/** The checks grid services make besides permissions: personal data shown, the version a change was based on. */
final class Access {

    private Access() {
    }

    /** Personal data as this caller may see it. */
    static PersonalData shownTo(Actor actor) {
        return PersonalData.shownAs(actor.mayReadPersonalData());
    }

    /** Refuses a change based on an older copy (412 over HTTP): nothing is written. */
    static void requireVersion(String what, Object id, long stored, long expected) {
        StaleVersionException.requireVersion(what + " " + id, stored, expected);
    }
}
