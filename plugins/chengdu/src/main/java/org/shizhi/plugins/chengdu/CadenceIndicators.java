package org.shizhi.plugins.chengdu;

import java.util.List;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.IndicatorValue;

/**
 * Chengdu's 1136 推进机制 (seed 001: 一月一现场会、一月一调度、一季一督导、半年一拉练) as an assessment scheme. The seed names
 * the four meetings and their cadence, not what they look at; the platform measures what it holds, so each meeting is
 * given the indicator it would review: the on-site meeting the share of the month's events closed, the monthly
 * dispatch the share handled without passing their deadline, the quarterly supervision how many micro-grids have their
 * responsible worker, the half-yearly review (拉练) the share of the half-year's events closed.
 */
final class CadenceIndicators {

    static final String CLOSED = "chengdu.events-closed";
    static final String ON_TIME = "chengdu.events-on-time";
    static final String MICRO_GRIDS_STAFFED = "chengdu.micro-grids-staffed";

    private CadenceIndicators() {
    }

    static List<Indicator> all() {
        return List.of(closed(), onTime(), microGridsStaffed());
    }

    static AssessmentScheme scheme1136() {
        return new AssessmentScheme("chengdu.cadence-1136", "1136 重点工作推进机制",
                "一月一现场会、一月一调度、一季一督导、半年一拉练 (seed 001)", List.of(
                new AssessmentScheme.Item("一月一现场会", AssessmentPeriod.Cadence.MONTHLY, CLOSED, 30),
                new AssessmentScheme.Item("一月一调度", AssessmentPeriod.Cadence.MONTHLY, ON_TIME, 30),
                new AssessmentScheme.Item("一季一督导", AssessmentPeriod.Cadence.QUARTERLY, MICRO_GRIDS_STAFFED, 20),
                new AssessmentScheme.Item("半年一拉练", AssessmentPeriod.Cadence.HALF_YEARLY, CLOSED, 20)),
                AssessmentScheme.Units.STREET); // the 1136's meetings review the streets of a district
    }

    private static List<GridEvent> reportedIn(AreaCode area, AssessmentPeriod period, AssessmentReads reads) {
        return reads.events(area, period).stream()
                .filter(e -> !e.reportedAt().isBefore(period.start()) && e.reportedAt().isBefore(period.end()))
                .filter(e -> e.mergedInto().isEmpty() && e.state() != EventState.REJECTED)
                .toList();
    }

    private static Indicator closed() {
        return new Named(CLOSED, "办结率: events reported in the period and closed by its end") {
            @Override
            public IndicatorValue evaluate(AreaCode area, AssessmentPeriod period, AssessmentReads reads) {
                List<GridEvent> events = reportedIn(area, period, reads);
                long closed = events.stream().filter(e -> e.closedAt().filter(at -> at.isBefore(period.end())).isPresent()).count();
                return new IndicatorValue(id(), area, period, closed, events.size(), closed + " of " + events.size() + " events closed");
            }
        };
    }

    private static Indicator onTime() {
        return new Named(ON_TIME, "按期率: events reported in the period not past their deadline at its end, nor escalated") {
            @Override
            public IndicatorValue evaluate(AreaCode area, AssessmentPeriod period, AssessmentReads reads) {
                List<GridEvent> events = reportedIn(area, period, reads);
                long onTime = events.stream().filter(e -> e.escalations() == 0 && !e.isOverdue(period.end())).count();
                return new IndicatorValue(id(), area, period, onTime, events.size(), onTime + " of " + events.size() + " events on time");
            }
        };
    }

    private static Indicator microGridsStaffed() {
        return new Named(MICRO_GRIDS_STAFFED, "微网格责任人: micro-grids with a responsible grid worker (明确责任人)") {
            @Override
            public IndicatorValue evaluate(AreaCode area, AssessmentPeriod period, AssessmentReads reads) {
                List<AssessmentReads.GridStaffing> micro = reads.grids(area).stream().filter(g -> g.tier() == GridTier.MICRO).toList();
                long staffed = micro.stream().filter(g -> g.staff().stream().anyMatch(s -> s.post() == GridPost.RESPONSIBLE_WORKER)).count();
                return new IndicatorValue(id(), area, period, staffed, micro.size(),
                        staffed + " of " + micro.size() + " micro-grids have their responsible worker (as the registers stand now)");
            }
        };
    }

    private abstract static class Named implements Indicator {
        private final String id;
        private final String name;

        Named(String id, String name) {
            this.id = id;
            this.name = name;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return name;
        }
    }
}
