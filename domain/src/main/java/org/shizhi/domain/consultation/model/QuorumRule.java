package org.shizhi.domain.consultation.model;

import org.shizhi.domain.shared.InvalidValueException;

/**
 * When a council's vote counts: at least {@code attendanceNumerator/attendanceDenominator} of the members serving on
 * the meeting's day present, and more than half of those present in favour. The villagers' committee law asks two
 * thirds present for a representatives' meeting ({@link #standard()}); a courtyard meeting may settle for less.
 */
public record QuorumRule(int attendanceNumerator, int attendanceDenominator) {

    public QuorumRule {
        if (attendanceDenominator < 1 || attendanceDenominator > 100) {
            throw new InvalidValueException("quorum.attendanceDenominator", "the denominator is 1 to 100, got " + attendanceDenominator);
        }
        if (attendanceNumerator < 1 || attendanceNumerator > attendanceDenominator) {
            throw new InvalidValueException("quorum.attendanceNumerator",
                    "the share present is more than 0 and at most 1: the numerator is 1 to " + attendanceDenominator + ", got " + attendanceNumerator);
        }
    }

    /** Two thirds of the serving members present. */
    public static QuorumRule standard() {
        return new QuorumRule(2, 3);
    }

    /** Whether {@code present} of {@code serving} members make the meeting quorate. */
    public boolean quorate(int present, int serving) {
        return serving > 0 && (long) present * attendanceDenominator >= (long) serving * attendanceNumerator;
    }

    /** The result of a vote: void without a quorum, else passed by a majority of those present. */
    public VoteResult result(int present, int serving, int inFavour) {
        if (!quorate(present, serving)) {
            return VoteResult.NO_QUORUM;
        }
        return 2L * inFavour > present ? VoteResult.PASSED : VoteResult.REJECTED;
    }
}
