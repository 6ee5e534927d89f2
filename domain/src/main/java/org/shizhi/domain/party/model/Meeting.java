package org.shizhi.domain.party.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A council meeting: the date, the seats present (at least three of five: a quorum), the topics discussed and the
 * decisions taken.
 */
public record Meeting(MeetingId id, CouncilId council, LocalDate on, Set<Seat> present, List<String> topics, List<String> decisions) {

    public static final int QUORUM = 3;
    public static final int MAX_ITEMS = 20;
    public static final int MAX_ITEM_LENGTH = 500;

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        if (on == null) {
            throw new InvalidValueException("on", "the date of the meeting is required");
        }
        present = present == null || present.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(present));
        if (present.size() < QUORUM) {
            throw new InvalidValueException("present", "a council meets with at least " + QUORUM + " of its five seats present, got " + present.size());
        }
        topics = items("topics", "a topic", topics, 1);
        decisions = items("decisions", "a decision", decisions, 0);
    }

    private static List<String> items(String field, String what, List<String> items, int min) {
        List<String> given = items == null ? List.of() : items;
        if (given.size() < min || given.size() > MAX_ITEMS) {
            throw new InvalidValueException(field, field + " must hold " + min + " to " + MAX_ITEMS + " items, got " + given.size());
        }
        return given.stream().map(t -> Texts.required(field, what, t, MAX_ITEM_LENGTH)).toList();
    }

    /** Refuses a meeting dated after {@code today}. */
    public static Meeting held(MeetingId id, CouncilId council, LocalDate on, Set<Seat> present, List<String> topics,
                               List<String> decisions, LocalDate today) {
        Meeting meeting = new Meeting(id, council, on, present, topics, decisions);
        if (on.isAfter(today)) {
            throw new InvalidValueException("on", "a meeting is recorded once held (dated on or before " + today + ")");
        }
        return meeting;
    }
}
