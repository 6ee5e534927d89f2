package org.shizhi.domain.dispute.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The figures the assessment needs, over the disputes of an area opened in [{@code from}, {@code to}):
 * <ul>
 * <li>resolution rate (化解率): agreements ÷ concluded;</li>
 * <li>fulfilment at follow-up: agreements whose last follow-up found them HOLDING ÷ agreements followed up;</li>
 * <li>follow-up coverage: agreements followed up at least once ÷ agreements;</li>
 * <li>relapse rate: agreements that relapsed at least once ÷ agreements;</li>
 * <li>median working days from opening to conclusion, over the concluded;</li>
 * <li>share escalated: disputes escalated at least once ÷ disputes opened.</li>
 * </ul>
 * A rate with nothing to divide by is absent, not zero.
 */
public record DisputeFigures(AreaCode area, LocalDate from, LocalDate to, int opened, int concluded, int resolved,
                             int followedUp, int fulfilled, int relapsed, int escalated,
                             Optional<Double> resolutionRate, Optional<Double> fulfilledAtFollowUp,
                             Optional<Double> followUpCoverage, Optional<Double> relapseRate,
                             Optional<Double> medianWorkingDaysToConclusion, Optional<Double> shareEscalated) {

    public static DisputeFigures of(AreaCode area, LocalDate from, LocalDate to, List<Dispute> disputes, WorkCalendar calendar) {
        int opened = disputes.size();
        List<Dispute> concluded = disputes.stream().filter(d -> d.outcome().isPresent()).toList();
        List<Dispute> agreements = concluded.stream().filter(d -> d.outcome().get() instanceof Outcome.Agreement).toList();
        int followedUp = (int) agreements.stream().filter(d -> !d.followUps().isEmpty()).count();
        int fulfilled = (int) agreements.stream().filter(d -> !d.followUps().isEmpty()
                && d.followUps().getLast().result() == FollowUp.Result.HOLDING).count();
        int relapsed = (int) agreements.stream().filter(d -> d.relapses() > 0).count();
        int escalated = (int) disputes.stream().filter(d -> d.escalations() > 0).count();
        List<Integer> days = concluded.stream().map(d -> calendar.workingDaysBetween(WorkingTime.dateOf(d.openedAt()),
                WorkingTime.dateOf(d.concludedAt().orElseThrow()))).sorted().toList();
        Optional<Double> median = days.isEmpty() ? Optional.empty() : Optional.of(days.size() % 2 == 1
                ? days.get(days.size() / 2) : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0);
        return new DisputeFigures(area, from, to, opened, concluded.size(), agreements.size(), followedUp, fulfilled,
                relapsed, escalated, rate(agreements.size(), concluded.size()), rate(fulfilled, followedUp),
                rate(followedUp, agreements.size()), rate(relapsed, agreements.size()), median, rate(escalated, opened));
    }

    private static Optional<Double> rate(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
    }
}
