package org.shizhi.domain.grid.model;

import java.util.List;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * The figures of a week's weekly digests (一周一结) counted once for every community of an area, so that the digests
 * of all its sub-areas come from one read ({@link WeeklyDigest#of(AreaCode, DigestWeek, java.time.Instant, DigestTallies)})
 * rather than one read per sub-area.
 *
 * @param tallies one per community, category and grade that has any event counted
 * @param signals the new risk signals of the week in the area, in the order of their reporting
 */
public record DigestTallies(List<Tally> tallies, List<WeeklyDigest.RiskSignal> signals) {

    public DigestTallies {
        tallies = List.copyOf(tallies);
        signals = List.copyOf(signals);
    }

    /**
     * The events of one community, category and grade: reported in the week; awaiting handling past their deadline at
     * the cut-off; closed in the week; given a verdict in the week, with the sum of those verdicts' satisfaction.
     */
    public record Tally(AreaCode community, EventCategory category, String gradeCode, String gradeLabel, int severity,
                        long reported, long overdue, long closed, long verdicts, long satisfactionSum) {

        public Tally {
            if (community == null || category == null || gradeCode == null) {
                throw new InvalidValueException("tally", "a tally names its community, category and grade");
            }
        }
    }
}
