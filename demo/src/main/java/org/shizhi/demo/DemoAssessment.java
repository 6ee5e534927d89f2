package org.shizhi.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.NoticeSummary;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.assessment.model.SupervisionTask.Evidence;
import org.shizhi.domain.assessment.model.SupervisionTask.Verdict;
import org.shizhi.domain.assessment.port.in.EscalateOverdueSupervisionUseCase;
import org.shizhi.domain.assessment.port.in.NoticeUseCase;
import org.shizhi.domain.assessment.port.in.RunAssessmentUseCase;
import org.shizhi.domain.assessment.port.in.SupervisionUseCase;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The assessment's demo records for Chengdu (锦江区) and Zhanjiang (赤坎区), entered through the use cases on clocks in the
 * past, after the demo's events, disputes and party records: the default street scheme run for the previous quarter and
 * twice for the current one (two versions to compare); a notice of the latest version commending the best streets and
 * criticising the worst, published by the city; the grid workers, the departments and (in Chengdu) the 1136 plugin
 * scheme run for the previous month; and supervision tasks (督查督办) for the criticised streets in every state
 * — one rectified and accepted, one sent back with a new deadline, one open, and one left overdue and escalated.
 */
public final class DemoAssessment {

    private static final Logger LOG = Logger.getLogger(DemoAssessment.class.getName());
    private static final String SCHEME = "street-quarterly";

    /** The use cases on a clock. */
    public record Services(Function<Clock, ? extends RunAssessmentUseCase> runsAt, Function<Clock, ? extends NoticeUseCase> noticesAt,
                           Function<Clock, ? extends SupervisionUseCase> supervisionAt,
                           Function<Clock, ? extends EscalateOverdueSupervisionUseCase> escalationAt) {
    }

    /** What was loaded. */
    public record Loaded(int results, int notices, int tasks, int escalated) {
    }

    private DemoAssessment() {
    }

    /** Loads both cities' records, each unless it has notices already. */
    public static Loaded load(Services s, Instant now) {
        int[] n = new int[4];
        for (AreaCode district : List.of(AreaCode.of("510104"), AreaCode.of("440802"))) {
            AreaCode city = district.cityCode();
            Actor system = Actor.system(city);
            if (!s.noticesAt().apply(Clock.systemUTC()).notices(system, city, NoticeSummary.Filter.ALL, PageRequest.first(1)).items()
                    .isEmpty()) {
                continue;
            }
            loadCity(s, system, district, now, n);
        }
        Loaded loaded = new Loaded(n[0], n[1], n[2], n[3]);
        LOG.info(() -> "demo assessment loaded: " + loaded);
        return loaded;
    }

    private static void loadCity(Services s, Actor system, AreaCode district, Instant now, int[] n) {
        LocalDate today = WorkingTime.dateOf(now);
        AssessmentPeriod current = AssessmentPeriod.containing(AssessmentPeriod.Cadence.QUARTERLY, today);
        AssessmentPeriod previous = AssessmentPeriod.containing(AssessmentPeriod.Cadence.QUARTERLY, current.from().minusDays(1));
        Actor supervisor = new Actor("demo-supervisor-" + district.prefix(), system.city(), district, Set.of(Role.STREET_OFFICER),
                Set.of());
        Instant start = now.minus(Duration.ofDays(14));
        s.runsAt().apply(at(start)).run(system, new RunAssessmentUseCase.RunAssessmentCommand(SCHEME, previous, district));
        s.runsAt().apply(at(start.plus(Duration.ofHours(1)))).run(supervisor,
                new RunAssessmentUseCase.RunAssessmentCommand(SCHEME, current, district));
        // Re-run once the month's late closures were entered: the second version of the same quarter.
        AssessmentResult latest = s.runsAt().apply(at(start.plus(Duration.ofDays(1)))).run(supervisor,
                new RunAssessmentUseCase.RunAssessmentCommand(SCHEME, current, district));
        n[0] += 3;
        // The people of the previous month: grid workers on their own work, departments on their answers to summonses;
        // and Chengdu's 1136, its plugin's scheme, stored like the configured ones.
        AssessmentPeriod month = AssessmentPeriod.containing(AssessmentPeriod.Cadence.MONTHLY, today.withDayOfMonth(1).minusDays(1));
        List<String> monthly = new java.util.ArrayList<>(List.of("grid-worker-monthly", "department-monthly"));
        if (district.cityCode().equals(AreaCode.of("510100"))) {
            monthly.add("chengdu.cadence-1136");
        }
        for (String scheme : monthly) {
            s.runsAt().apply(at(start.plus(Duration.ofHours(2)))).run(supervisor,
                    new RunAssessmentUseCase.RunAssessmentCommand(scheme, month, district));
            n[0]++;
        }
        long scored = latest.units().stream().filter(u -> u.score().isPresent()).count();
        if (scored < 2) {
            LOG.info(() -> "demo assessment: " + district + " has " + scored + " scored streets, no notice");
            return;
        }
        int bottom = (int) Math.min(2, scored / 2);
        int top = (int) Math.min(2, scored - bottom);
        Instant drafted = start.plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
        Notice draft = s.noticesAt().apply(at(drafted)).draft(supervisor, new NoticeUseCase.DraftNotice(SCHEME, district, current,
                Optional.of(latest.version()), bottom, top));
        Notice notice = s.noticesAt().apply(at(drafted.plus(Duration.ofHours(3)))).publish(system, draft.id());
        n[1]++;
        List<String> criticised = notice.of(Notice.Kind.CRITICISE).stream().map(Notice.Entry::unit).map(RankedUnit::unit)
                .map(u -> u.key()).toList();
        String first = criticised.getFirst();
        String last = criticised.getLast();
        Instant opened = drafted.plus(Duration.ofDays(1));

        // Rectified and accepted.
        SupervisionTask accepted = open(s, supervisor, notice, first, "事件按时办结率低于目标：逐件清理超期事件，建立办结台账", 10, opened);
        accepted = s.supervisionAt().apply(at(opened.plus(Duration.ofDays(4)))).report(staff(system, first),
                new SupervisionUseCase.ReportRectification(accepted.id(), accepted.version(), "已对超期事件逐件督办，全部办结并回访，建立周调度台账",
                        List.of(new Evidence("办结台账", Optional.of("台账-" + first + "-01")), new Evidence("回访记录表", Optional.empty()))));
        s.supervisionAt().apply(at(opened.plus(Duration.ofDays(5)))).verify(system, new SupervisionUseCase.VerifyRectification(
                accepted.id(), accepted.version(), Verdict.ACCEPTED, Optional.empty(), Optional.empty()));
        // Sent back with a reason and a new deadline.
        SupervisionTask sentBack = open(s, supervisor, notice, last, "群众满意率偏低：对不满意事件逐件回访，查找原因并整改", 10, opened);
        sentBack = s.supervisionAt().apply(at(opened.plus(Duration.ofDays(5)))).report(staff(system, last),
                new SupervisionUseCase.ReportRectification(sentBack.id(), sentBack.version(), "已召开整改专题会，部署回访工作",
                        List.of(new Evidence("会议纪要", Optional.of("纪要-" + last + "-07")))));
        s.supervisionAt().apply(at(opened.plus(Duration.ofDays(7)))).verify(supervisor, new SupervisionUseCase.VerifyRectification(
                sentBack.id(), sentBack.version(), Verdict.SENT_BACK, Optional.of("只有会议部署，未见逐件回访记录和整改结果"),
                Optional.of(15)));
        // Left overdue: three working days, nothing reported; the escalation below takes it up once.
        open(s, supervisor, notice, last, "矛盾纠纷化解率偏低：三个工作日内报送未化解纠纷清单及包案领导", 3, opened);
        // Open, its deadline still running.
        open(s, supervisor, notice, first, "吹哨报到响应慢：与派驻机构建立响应时限约定", 20, now.minus(Duration.ofDays(1)));
        n[2] += 4;
        n[3] += s.escalationAt().apply(at(now)).escalateOverdue(system, 100).escalated().size();
    }

    private static SupervisionTask open(Services s, Actor supervisor, Notice notice, String unit, String issue, int days, Instant at) {
        return s.supervisionAt().apply(at(at)).open(supervisor, new SupervisionUseCase.OpenTask(notice.id(), unit, issue,
                List.of(), days));
    }

    /** The criticised street's own staff. */
    private static Actor staff(Actor system, String street) {
        return new Actor("demo-street-" + street, system.city(), AreaCode.of(street), Set.of(Role.STREET_OFFICER), Set.of());
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, WorkingTime.ZONE);
    }
}
