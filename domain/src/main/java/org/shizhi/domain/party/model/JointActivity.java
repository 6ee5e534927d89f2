package org.shizhi.domain.party.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A joint activity (共建活动) an alliance held: title, date, the member organisations taking part (at least two: it is
 * joint), and the pledges it delivered, each a pledge of a participant.
 */
public record JointActivity(JointActivityId id, AllianceId alliance, String title, LocalDate on, List<String> participants,
                            Set<PledgeId> delivers) {

    public static final int MAX_TITLE_LENGTH = 200;

    public JointActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alliance, "alliance");
        title = Texts.required("title", "an activity's title", title, MAX_TITLE_LENGTH);
        if (on == null) {
            throw new InvalidValueException("on", "the date of the activity is required");
        }
        if (participants == null || new LinkedHashSet<>(participants).size() < 2) {
            throw new InvalidValueException("participants", "a joint activity has at least two different member organisations");
        }
        participants = List.copyOf(new LinkedHashSet<>(participants.stream().map(String::strip).toList()));
        delivers = Set.copyOf(delivers == null ? Set.of() : delivers);
    }

    /** Refuses participants outside the alliance, a date after today, and pledges of another alliance or a non-participant. */
    public static JointActivity held(JointActivityId id, Alliance alliance, String title, LocalDate on, List<String> participants,
                                     List<Pledge> delivered, LocalDate today) {
        JointActivity activity = new JointActivity(id, alliance.id(), title, on,
                participants, delivered.stream().map(Pledge::id).collect(java.util.stream.Collectors.toSet()));
        for (String p : activity.participants()) {
            if (!alliance.hasMember(p)) {
                throw new InvalidValueException("participants", p + " is not a member of alliance " + alliance.name());
            }
        }
        if (on.isAfter(today)) {
            throw new InvalidValueException("on", "an activity is recorded once held (dated on or before " + today + ")");
        }
        for (Pledge pledge : delivered) {
            if (!pledge.alliance().equals(alliance.id())) {
                throw new InvalidValueException("pledgeIds", "pledge " + pledge.id() + " belongs to another alliance");
            }
            if (!activity.participants().contains(pledge.memberName())) {
                throw new InvalidValueException("pledgeIds", "pledge " + pledge.id() + " is " + pledge.memberName()
                        + "'s, who did not take part");
            }
        }
        return activity;
    }
}
