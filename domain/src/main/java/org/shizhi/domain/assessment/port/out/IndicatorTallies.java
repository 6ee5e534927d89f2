package org.shizhi.domain.assessment.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The store's counts behind the built-in indicators whose {@link BuiltInIndicator.Source} is grid: one aggregate query
 * per indicator, grouped by unit, never the rows themselves. Units without anything to count are left out of the
 * answers. {@code asOf} is the service clock's instant: "due" and "past due" count only what fell due before it, so
 * that a period still running is not charged with deadlines yet to come (and the database's own clock is never read).
 */
public interface IndicatorTallies {

    /**
     * A share indicator of an area subject (not the median), for every area of {@code level} inside {@code within},
     * by the area's code.
     */
    Map<AreaCode, Reading> byArea(BuiltInIndicator indicator, AreaCode within, AdminLevel level, AssessmentPeriod period,
                                  Instant asOf);

    /**
     * A grid-worker indicator for every grid worker who resolved (or, for {@link BuiltInIndicator#WORKER_EVENTS_FOUND},
     * reported) an event inside {@code within}, by the grid member id they acted as ({@code Actor#gridMemberId}, the id
     * their visits and training are recorded under), so that each worker is one unit.
     */
    Map<String, Reading> byWorker(BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period);

    /**
     * What the summonses record of every department summoned inside {@code within} in the period, by department code,
     * counted by one aggregate: the summonses; the answers to them and the unanswered ones past due before {@code asOf}
     * and the period's end (the denominator of {@link BuiltInIndicator#SUMMONS_ANSWER_RATE}); the answers; those given
     * by the deadline; those given by coming to the scene (到场). Every indicator of a department scheme reads it once.
     */
    Map<String, SummonsAnswers> summonsAnswers(AreaCode within, AssessmentPeriod period, Instant asOf);

    record SummonsAnswers(long summoned, long due, long answered, long onTime, long arrived) {
        public SummonsAnswers {
            if (due > summoned || answered > due || onTime > answered || arrived > answered || onTime < 0 || arrived < 0) {
                throw new IllegalArgumentException("answers are counted among the summonses due, and those among the summonses, got "
                        + summoned + "/" + due + "/" + answered + "/" + onTime + "/" + arrived);
            }
        }

        /**
         * {@link BuiltInIndicator#SUMMONS_LATENESS}: of the summonses, those due and not answered by their deadline (past
         * due without an answer, or answered late).
         */
        public Reading lateness() {
            return Reading.share(due - onTime, summoned);
        }
    }

    /**
     * The events closed in the period inside {@code within} (merged ones left out), counted by the area of {@code level}
     * they lie in and the working days from the day they were reported to the day they closed (days in China, counted on
     * the platform's work calendar, as {@link org.shizhi.domain.shared.WorkCalendar#workingDaysBetween} counts them),
     * with how many of them closed by their deadline: the median working days to close and the on-time closure rate
     * from one read of the period's closures, in a few dozen groups per unit rather than one per pair of days.
     *
     * @throws org.shizhi.domain.shared.MissingReferenceDataException if an event was reported or closed in a year the
     *                                                                 work calendar does not cover
     */
    List<Closings> closings(AreaCode within, AdminLevel level, AssessmentPeriod period);

    /** {@code events} closed {@code workingDays} working days after the day they were reported, {@code onTime} of them by their deadline. */
    record Closings(AreaCode unit, int workingDays, long events, long onTime) {
    }
}
