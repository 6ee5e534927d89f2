package org.shizhi.domain.dispute.model;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.InvalidValueException;

/** One mediation session: its date, the mediators (ids of the centre's mediators), who attended, and notes. */
public record Session(LocalDate on, List<String> mediators, List<String> attendees, String notes) {

    public Session {
        if (on == null) {
            throw new InvalidValueException("on", "a session has a date");
        }
        if (mediators == null || mediators.isEmpty()) {
            throw new InvalidValueException("mediators", "a session has at least one mediator");
        }
        mediators = mediators.stream().map(m -> Texts.required("mediators", "a mediator's id", m, 100)).distinct().toList();
        attendees = (attendees == null ? List.<String>of() : attendees).stream()
                .map(a -> Texts.required("attendees", "an attendee's name", a, 100)).toList();
        notes = Texts.required("notes", "the session's notes", notes, 8_000);
    }
}
