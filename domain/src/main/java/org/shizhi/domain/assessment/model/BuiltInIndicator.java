package org.shizhi.domain.assessment.model;

import static org.shizhi.domain.assessment.model.IndicatorDefinition.Direction.HIGHER_IS_BETTER;
import static org.shizhi.domain.assessment.model.IndicatorDefinition.Direction.LOWER_IS_BETTER;
import static org.shizhi.domain.assessment.model.IndicatorDefinition.Subject.AREA;
import static org.shizhi.domain.assessment.model.IndicatorDefinition.Subject.DEPARTMENT;
import static org.shizhi.domain.assessment.model.IndicatorDefinition.Subject.GRID_WORKER;
import static org.shizhi.domain.assessment.model.IndicatorDefinition.Unit.COUNT;
import static org.shizhi.domain.assessment.model.IndicatorDefinition.Unit.HOURS;
import static org.shizhi.domain.assessment.model.IndicatorDefinition.Unit.SHARE;
import static org.shizhi.domain.assessment.model.IndicatorDefinition.Unit.WORKING_DAYS;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's own indicators over what its contexts record, so that a city without a plugin is still assessed.
 * "In the period" is the assessment period's days in China. Each counts in storage ({@link Source}).
 */
public enum BuiltInIndicator {

    EVENT_CLOSURE_RATE(Source.GRID, new IndicatorDefinition("event-closure-rate", "事件办结率", SHARE, HIGHER_IS_BETTER, AREA,
            "events due in the period and closed before its end", "events due in the period, neither rejected nor merged")),
    EVENT_ON_TIME_CLOSURE_RATE(Source.GRID, new IndicatorDefinition("event-on-time-closure-rate", "按时办结率", SHARE, HIGHER_IS_BETTER, AREA,
            "events closed in the period by their deadline", "events closed in the period")),
    EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE(Source.GRID, new IndicatorDefinition("event-median-working-days-to-close", "办结用时中位数(工作日)",
            WORKING_DAYS, LOWER_IS_BETTER, AREA, "working days from report to closure, summed", "events closed in the period")),
    RESIDENT_SATISFACTION(Source.GRID, new IndicatorDefinition("resident-satisfaction", "群众满意率", SHARE, HIGHER_IS_BETTER, AREA,
            "verdicts recorded in the period rating 4 or 5 of 5", "verdicts recorded in the period")),
    SUMMONS_LATENESS(Source.GRID, new IndicatorDefinition("summons-lateness", "吹哨报到迟到率", SHARE, LOWER_IS_BETTER, DEPARTMENT,
            "summonses answered late, or unanswered and past due at the period's end",
            "summonses of the department issued in the period")),
    DISPUTE_RESOLUTION_RATE(Source.DISPUTE, new IndicatorDefinition("dispute-resolution-rate", "矛盾纠纷化解率", SHARE, HIGHER_IS_BETTER, AREA,
            "disputes opened in the period concluded with an agreement", "disputes opened in the period and concluded")),
    FOLLOW_UP_COVERAGE(Source.DISPUTE, new IndicatorDefinition("follow-up-coverage", "回访覆盖率", SHARE, HIGHER_IS_BETTER, AREA,
            "agreements followed up at least once", "disputes opened in the period concluded with an agreement")),
    RELAPSE_RATE(Source.DISPUTE, new IndicatorDefinition("relapse-rate", "纠纷反弹率", SHARE, LOWER_IS_BETTER, AREA,
            "agreements that relapsed at least once", "disputes opened in the period concluded with an agreement")),
    MEMBER_CHECK_IN_RATE(Source.PARTY, new IndicatorDefinition("member-check-in-rate", "在职党员报到率", SHARE, HIGHER_IS_BETTER, AREA,
            "employed members checked in with a community", "employed members of the area's organisations, as things stand")),
    BRANCH_COVERAGE(Source.PARTY, new IndicatorDefinition("branch-coverage", "党组织网格覆盖率", SHARE, HIGHER_IS_BETTER, AREA,
            "grids with a branch or group bound to them", "grids of the area other than building sub-grids, as things stand")),
    CAMPAIGN_VENUE_COVERAGE(Source.CAMPAIGN, new IndicatorDefinition("campaign-venue-coverage", "阵地覆盖率", SHARE, HIGHER_IS_BETTER, AREA,
            "target (area, venue kind) pairs reached by an activity in the period",
            "target (area, venue kind) pairs of the campaigns running in the period")),
    LEGAL_AID_ON_TIME(Source.LAW, new IndicatorDefinition("legal-aid-on-time", "法律援助按时审查率", SHARE, HIGHER_IS_BETTER, AREA,
            "applications received in the period decided by their deadline", "applications received in the period and decided")),
    PETITION_REPLIES_ON_TIME(Source.LAW, new IndicatorDefinition("petition-replies-on-time", "信访按期答复率", SHARE, HIGHER_IS_BETTER, AREA,
            "petitions received in the period replied by their reply date",
            "petitions received in the period replied, or past their reply date unanswered")),
    PETITION_BACKLOG(Source.LAW, new IndicatorDefinition("petition-backlog", "信访积案", COUNT, LOWER_IS_BETTER, AREA,
            "petitions in the backlog as things stand", "—")),
    TOPICS_CLOSED_WITH_FEEDBACK(Source.CONSULTATION, new IndicatorDefinition("topics-closed-with-feedback", "议题反馈办结率", SHARE,
            HIGHER_IS_BETTER, AREA, "topics raised in the period closed, with their feedback to residents",
            "topics raised in the period")),
    DISCLOSURE_COVERAGE(Source.CONSULTATION, new IndicatorDefinition("disclosure-coverage", "三公开覆盖率", SHARE, HIGHER_IS_BETTER, AREA,
            "disclosure boards that published an item in the period", "disclosure boards open by the period's end")),
    WORKER_ON_TIME_RESOLUTION(Source.GRID, new IndicatorDefinition("worker-on-time-resolution", "网格员按时办结率", SHARE,
            HIGHER_IS_BETTER, GRID_WORKER, "events the worker resolved that closed in the period by their deadline",
            "events the worker resolved that closed in the period")),
    WORKER_SATISFACTION(Source.GRID, new IndicatorDefinition("worker-satisfaction", "网格员群众满意率", SHARE, HIGHER_IS_BETTER,
            GRID_WORKER, "verdicts recorded in the period on events the worker resolved, rating 4 or 5 of 5",
            "verdicts recorded in the period on events the worker resolved")),
    WORKER_EVENTS_FOUND(Source.GRID, new IndicatorDefinition("worker-events-found", "网格员发现上报事件数", COUNT, HIGHER_IS_BETTER,
            GRID_WORKER, "events the worker found and reported through intake in the period, neither rejected nor merged", "—")),
    WORKER_EVENTS_HANDLED(Source.GRID, new IndicatorDefinition("worker-events-handled", "网格员办理事件数", COUNT, HIGHER_IS_BETTER,
            GRID_WORKER, "events the worker resolved in the period, not merged", "—")),
    WORKER_VISITS(Source.PEOPLE, new IndicatorDefinition("worker-visits", "网格员走访次数", COUNT, HIGHER_IS_BETTER, GRID_WORKER,
            "the worker's visit tasks for days of the period on which a finding was recorded", "—")),
    WORKER_TRAINING_HOURS(Source.PEOPLE, new IndicatorDefinition("worker-training-hours", "网格员培训学时", HOURS, HIGHER_IS_BETTER,
            GRID_WORKER, "hours of training the worker attended on days of the period, in tenths", "10 (tenths to an hour)")),
    SUMMONS_ANSWER_RATE(Source.GRID, new IndicatorDefinition("summons-answer-rate", "吹哨报到响应率", SHARE, HIGHER_IS_BETTER,
            DEPARTMENT, "summonses the department answered",
            "summonses of the department issued in the period, answered or past due at the period's end")),
    SUMMONS_ON_TIME_ANSWER_RATE(Source.GRID, new IndicatorDefinition("summons-on-time-answer-rate", "按时报到率", SHARE,
            HIGHER_IS_BETTER, DEPARTMENT, "answers given by the summons' deadline",
            "the department's answers to summonses issued in the period")),
    SUMMONS_ARRIVAL_RATE(Source.GRID, new IndicatorDefinition("summons-arrival-rate", "到场报到率", SHARE, HIGHER_IS_BETTER,
            DEPARTMENT, "answers by coming to the scene (到场)", "the department's answers to summonses issued in the period"));

    /** Which context's records an indicator counts, and so how the assessment reads it. */
    public enum Source {
        /** grid events and summonses, counted by the assessment's own store query ({@code IndicatorTallies}) */
        GRID,
        /** through the dispute context's {@code DisputeFiguresQuery}, every unit in one aggregate */
        DISPUTE,
        /** through the party context's {@code PartyFiguresQuery}, every unit in one aggregate */
        PARTY,
        /** through the campaign context's {@code CampaignFiguresQuery}, one unit at a time */
        CAMPAIGN,
        /** through the law context's {@code LawFiguresQuery}, one unit at a time */
        LAW,
        /** through the consultation context's {@code ConsultationFiguresQuery}, every unit in one aggregate */
        CONSULTATION,
        /**
         * a grid worker's visits through the programme context's {@code VisitFiguresQuery} and training through the grid
         * context's {@code TrainingQuery}, every worker in one aggregate, keyed by grid member id
         */
        PEOPLE
    }

    private final Source source;
    private final IndicatorDefinition definition;

    BuiltInIndicator(Source source, IndicatorDefinition definition) {
        this.source = source;
        this.definition = definition;
    }

    public Source source() {
        return source;
    }

    public IndicatorDefinition definition() {
        return definition;
    }

    public String id() {
        return definition.id();
    }

    public static Optional<BuiltInIndicator> byId(String id) {
        return Arrays.stream(values()).filter(i -> i.id().equals(id)).findFirst();
    }
}
