package org.shizhi.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shizhi.demo.DemoAreas.Community;
import org.shizhi.demo.DemoGridLoader.DemoGrid;
import org.shizhi.demo.DemoPeople.Person;
import org.shizhi.domain.grid.model.AnswerKind;
import org.shizhi.domain.grid.model.Attachment;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.Summons;
import org.shizhi.domain.grid.model.SummonsAnswer;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.grid.port.in.EventChanged;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.AcceptEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.CallEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.DispatchEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.RecordVerdictCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.RejectEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.ResolveEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.StartHandlingCommand;
import org.shizhi.domain.grid.port.in.MergeEventsUseCase.MergeEventsCommand;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.ReportEventCommand;
import org.shizhi.domain.grid.port.in.SummonsUseCase.ReportToSummonsCommand;
import org.shizhi.domain.grid.port.in.SummonsUseCase.SummonDepartmentsCommand;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;

/**
 * Reports and handles the demo's grid events through the event use cases, each command by the person who would give
 * it (a grid worker of the community, its staff, the street's officer, a district department, the 12345 hotline's
 * system) and at the time it would be given: the services run on a clock the loader sets before each command, so an
 * event reported five weeks ago and never taken in hand is overdue now, and the timeline of a closed one spans the
 * days it took.
 *
 * <p>The path of each event follows its grade, which the city's grader gives on intake: an event the community may
 * handle is resolved by it, one for the street is called to the street, one for the district goes to its
 * departments (社区发现、街道呼叫、集中派单、协同整治). Some calls bring a summons of departments (镇街吹哨、部门报到), with
 * a department that reports late; some events come in twice and the second is merged into the first.
 */
final class DemoEventLoader {

    /** The events of one city by the state they end in (CLOSED_AFTER_REOPEN: dissatisfied once, then satisfied). */
    enum Goal { REPORTED, ACCEPTED, CALLED, DISPATCHED, IN_PROGRESS, RESOLVED, CLOSED, CLOSED_AFTER_REOPEN, REOPENED, REJECTED }

    private static final Map<Goal, Integer> PLAN = planOf();
    /** Duplicates reported per city and merged into their originals. */
    static final int DUPLICATES_PER_CITY = 5;

    private static final Map<EventCategory, Integer> CATEGORY_WEIGHTS = categoryWeights();

    private enum Step {
        ACCEPT, REJECT, CALL, SUMMON, DISPATCH, START, RESOLVE_COMMUNITY, RESOLVE_STREET, RESOLVE_DEPARTMENT, VERDICT_OK,
        VERDICT_BAD
    }

    private enum Pace { FRESH, RECENT, STALE }

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final ZoneId ZONE = WorkingTime.ZONE;
    private static final LocalTime OFFICE_OPENS = LocalTime.of(8, 30);
    private static final LocalTime OFFICE_CLOSES = LocalTime.of(19, 0);

    private final GridDemoServices.EventServices services;
    private final MovableClock clock;
    private final RandomGenerator random;
    private final DemoPeople people;
    private final Instant now;
    private final List<DemoTexts.Dispute> disputes;
    private int nextDispute;
    private final Map<GridEventId, GridEventView> finalViews = new LinkedHashMap<>();
    private final EventTally tally = new EventTally();

    DemoEventLoader(GridDemoServices.EventServices services, MovableClock clock, RandomGenerator random, DemoPeople people,
                    Instant now) {
        this.services = services;
        this.clock = clock;
        this.random = random;
        this.people = people;
        this.now = now;
        this.disputes = shuffled(DemoTexts.disputes());
    }

    /** Counts of the handling that the final views do not show directly. */
    static final class EventTally {
        int satisfied;
        int dissatisfied;
        int merged;

        void add(EventTally other) {
            satisfied += other.satisfied;
            dissatisfied += other.dissatisfied;
            merged += other.merged;
        }
    }

    EventTally tally() {
        return tally;
    }

    /** Every event loaded, as it stands after its last command. */
    Map<GridEventId, GridEventView> finalViews() {
        return finalViews;
    }

    /** One event's story as it unfolds. */
    private final class Story {
        final DemoGrid grid;
        final Community community;
        final EventCategory category;
        final EventChannel channel;
        final String baseText;
        final String ownResolution;
        GridEventView view;
        Instant at;

        Story(DemoGrid grid, EventCategory category, EventChannel channel, String[] textAndResolution) {
            this.grid = grid;
            this.community = grid.community;
            this.category = category;
            this.channel = channel;
            this.baseText = textAndResolution[0];
            this.ownResolution = textAndResolution[1];
        }

        void changed(EventChanged changed) {
            view = changed.event();
            finalViews.put(view.id(), view);
        }
    }

    /** Reports and handles the events of one city on its grids. */
    void load(List<DemoGrid> cityGrids) {
        List<DemoGrid> grids = cityGrids.stream().filter(g -> g.tier != GridTier.TOTAL || random.nextInt(100) < 20).toList();
        List<Goal> goals = new ArrayList<>();
        PLAN.forEach((goal, count) -> {
            for (int i = 0; i < count; i++) {
                goals.add(goal);
            }
        });
        List<Goal> order = shuffled(goals);
        List<EventCategory> categories = shuffled(categories(order.size()));
        boolean[] lateSummonsMade = {false};
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Story story = tell(people.pick(grids), categories.get(i), order.get(i), lateSummonsMade);
            stories.add(story);
        }
        List<Story> originals = new ArrayList<>(stories.stream()
                .filter(s -> s.category != EventCategory.DISPUTE && s.view.rejectionReason().isEmpty()
                        && s.view.reportedAt().isAfter(now.minus(Duration.ofDays(30)))
                        && s.view.reportedAt().isBefore(now.minus(Duration.ofHours(4))))
                .toList());
        for (int i = 0; i < DUPLICATES_PER_CITY && !originals.isEmpty(); i++) {
            duplicate(originals.remove(random.nextInt(originals.size())));
        }
    }

    private Story tell(DemoGrid grid, EventCategory category, Goal goal, boolean[] lateSummonsMade) {
        EventChannel channel = channel();
        Story story = new Story(grid, category, channel, text(category, grid));
        Pace pace = pace(goal);
        Instant reportedAt = reportTime(goal, pace, channel);
        Instant end = endOfHandling(goal, pace, reportedAt);
        report(story, reportedAt, channelText(channel, category, story.baseText));
        List<Step> steps = plan(goal, story.view.handlingLevel());
        perform(story, steps, end, lateSummonsMade);
        return story;
    }

    private void report(Story story, Instant at, String text) {
        clock.set(at);
        Actor actor;
        Reporter reporter;
        DemoGrid grid = story.grid;
        switch (story.channel) {
            case GRID_WORKER -> {
                DemoGrid answering = grid.answeringGrid();
                actor = worker(answering);
                reporter = new Reporter(answering.responsibleWorker.orElse("网格员"), Optional.empty());
            }
            case RESIDENT -> {
                actor = random.nextInt(100) < 60 ? residentApp(story.community) : staff(story.community);
                Person resident = residentOf(grid);
                reporter = resident == null ? new Reporter(people.name(story.community.zhanjiang(), people.sex(), people.between(1950, 2000)),
                        Optional.of(people.mobile())) : new Reporter(resident.name(), resident.mobile());
            }
            case HOTLINE_12345 -> {
                actor = hotline(story.community);
                reporter = new Reporter(people.surname(story.community.zhanjiang()) + (random.nextBoolean() ? "女士" : "先生"),
                        Optional.of(people.mobile()));
            }
            default -> throw new IllegalStateException("unknown channel " + story.channel);
        }
        Optional<Position> location = random.nextInt(100) < 60
                ? Optional.of(DemoAreas.somewhereIn(story.community, random.nextDouble(), random.nextDouble())) : Optional.empty();
        var reported = services.report().report(actor, new ReportEventCommand(new EventIntake(grid.code, story.category, text,
                story.channel, reporter, location, attachments(story.channel, at))));
        story.view = reported.event();
        story.at = at;
        finalViews.put(story.view.id(), story.view);
    }

    private Person residentOf(DemoGrid grid) {
        List<Person> adults = new ArrayList<>(grid.adults);
        for (DemoGrid child : grid.children) {
            adults.addAll(child.adults);
        }
        return adults.isEmpty() ? null : people.pick(adults);
    }

    /** The steps after the report that bring the event to its goal, given the level its grade sets. */
    private List<Step> plan(Goal goal, AdminLevel level) {
        List<Step> steps = new ArrayList<>();
        switch (goal) {
            case REPORTED -> {
            }
            case ACCEPTED -> steps.add(Step.ACCEPT);
            case REJECTED -> {
                if (random.nextInt(100) < 40) {
                    steps.add(Step.ACCEPT);
                }
                steps.add(Step.REJECT);
            }
            case CALLED -> steps.addAll(List.of(Step.ACCEPT, Step.CALL));
            case DISPATCHED -> steps.addAll(List.of(Step.ACCEPT, Step.CALL, Step.DISPATCH));
            case IN_PROGRESS -> steps.addAll(List.of(Step.ACCEPT, Step.CALL, Step.DISPATCH, Step.START));
            case RESOLVED -> {
                steps.add(Step.ACCEPT);
                resolution(steps, level);
            }
            case CLOSED -> {
                steps.add(Step.ACCEPT);
                resolution(steps, level);
                steps.add(Step.VERDICT_OK);
            }
            case REOPENED -> {
                steps.add(Step.ACCEPT);
                resolution(steps, level);
                steps.add(Step.VERDICT_BAD);
            }
            case CLOSED_AFTER_REOPEN -> {
                steps.add(Step.ACCEPT);
                resolution(steps, level);
                steps.add(Step.VERDICT_BAD);
                resolution(steps, level);
                steps.add(Step.VERDICT_OK);
            }
            default -> throw new IllegalStateException("unknown goal " + goal);
        }
        // A street that has an event called to it summons departments to about a third of them.
        int call = steps.indexOf(Step.CALL);
        if (call >= 0 && random.nextInt(100) < 35) {
            steps.add(call + 1, Step.SUMMON);
        }
        return steps;
    }

    /** From ACCEPTED or REOPENED to RESOLVED, by the community, the street or the departments as the level allows. */
    private void resolution(List<Step> steps, AdminLevel level) {
        if (level == AdminLevel.COMMUNITY && random.nextInt(100) < 75) {
            steps.add(Step.RESOLVE_COMMUNITY);
            return;
        }
        steps.add(Step.CALL);
        if (!level.isAbove(AdminLevel.STREET) && random.nextInt(100) < 60) {
            steps.add(Step.RESOLVE_STREET);
        } else {
            steps.addAll(List.of(Step.DISPATCH, Step.START, Step.RESOLVE_DEPARTMENT));
        }
    }

    private void perform(Story story, List<Step> steps, Instant end, boolean[] lateSummonsMade) {
        boolean reopened = false;
        for (int i = 0; i < steps.size(); i++) {
            Instant at = nextTime(story.at, end, steps.size() - i);
            if (at == null) {
                return; // no time left before now: the event stays where it is
            }
            clock.set(at);
            story.at = at;
            GridEventView view = story.view;
            Community c = story.community;
            EventChanged changed = switch (steps.get(i)) {
                case ACCEPT -> services.handle().accept(staff(c), new AcceptEventCommand(view.id(), view.version(),
                        people.pick(DemoTexts.ACCEPT_REMARKS)));
                case REJECT -> services.handle().reject(staff(c), new RejectEventCommand(view.id(), view.version(),
                        people.pick(DemoTexts.REJECTION_REASONS)));
                case CALL -> services.handle().call(random.nextInt(100) < 60 ? staff(c) : officer(c),
                        new CallEventCommand(view.id(), view.version(), people.pick(DemoTexts.CALL_REMARKS)));
                case DISPATCH -> {
                    List<DepartmentCode> to = departments(story, 1 + (random.nextInt(100) < 30 ? 1 : 0));
                    String labels = String.join("、", to.stream().map(d -> label(c, d)).toList());
                    yield services.handle().dispatch(officer(c), new DispatchEventCommand(view.id(), view.version(), to,
                            "请" + labels + "按职责处置，" + (1 + random.nextInt(3)) + "个工作日内反馈结果。"));
                }
                case START -> services.handle().startHandling(department(c, view.dispatchedTo().getFirst()),
                        new StartHandlingCommand(view.id(), view.version(), view.dispatchedTo().getFirst()));
                case RESOLVE_COMMUNITY -> services.handle().resolve(random.nextBoolean() ? worker(story.grid.answeringGrid()) : staff(c),
                        new ResolveEventCommand(view.id(), view.version(), (reopened ? "复查后再次处理：" : "") + story.ownResolution));
                case RESOLVE_STREET -> services.handle().resolve(officer(c), new ResolveEventCommand(view.id(), view.version(),
                        (reopened ? "复查后再次处理：" : "") + c.streetName() + people.pick(DemoTexts.STREET_RESOLUTIONS).substring(2)));
                case RESOLVE_DEPARTMENT -> {
                    DepartmentCode by = people.pick(view.dispatchedTo());
                    yield services.handle().resolve(department(c, by), new ResolveEventCommand(view.id(), view.version(),
                            (reopened ? "复查后再次处理：" : "") + label(c, by) + people.pick(DemoTexts.DEPARTMENT_RESOLUTIONS)));
                }
                case VERDICT_OK -> {
                    tally.satisfied++;
                    int satisfaction = random.nextInt(100) < 50 ? 5 : random.nextInt(100) < 70 ? 4 : 3;
                    yield services.handle().recordVerdict(verdictTaker(story), new RecordVerdictCommand(view.id(), view.version(),
                            satisfaction, people.pick(DemoTexts.SATISFIED_COMMENTS)));
                }
                case VERDICT_BAD -> {
                    tally.dissatisfied++;
                    reopened = true;
                    yield services.handle().recordVerdict(verdictTaker(story), new RecordVerdictCommand(view.id(), view.version(),
                            random.nextInt(100) < 60 ? 2 : 1, people.pick(DemoTexts.DISSATISFIED_COMMENTS)));
                }
                case SUMMON -> {
                    List<DepartmentCode> summoned = departments(story, 1 + random.nextInt(3));
                    ReportWithin within = people.pick(List.of(ReportWithin.workingHours(2), ReportWithin.workingHours(4),
                            ReportWithin.workingHours(8), ReportWithin.workingDays(1), ReportWithin.workingDays(2)));
                    yield services.summons().summon(officer(c), new SummonDepartmentsCommand(view.id(), view.version(), summoned,
                            within));
                }
            };
            story.changed(changed);
            if (steps.get(i) == Step.SUMMON) {
                answerSummons(story, lateSummonsMade);
            }
        }
    }

    /** The summoned departments report: most in time, some late, a few not at all. */
    private void answerSummons(Story story, boolean[] lateSummonsMade) {
        Summons summons = story.view.summonses().getLast();
        record Answer(DepartmentCode department, Instant at, boolean late) {
        }
        List<Answer> answers = new ArrayList<>();
        for (DepartmentCode department : summons.departments()) {
            int u = random.nextInt(100);
            boolean forceLate = !lateSummonsMade[0];
            if (forceLate || u < 20) {
                Instant at = summons.dueAt().plus(Duration.ofMinutes(30 + random.nextInt(30 * 60)));
                lateSummonsMade[0] = true;
                if (at.isBefore(now.minus(MINUTE))) {
                    answers.add(new Answer(department, at, true));
                }
            } else if (u < 92) {
                long span = Math.max(60, Duration.between(summons.summonedAt(), summons.dueAt()).getSeconds());
                Instant at = summons.summonedAt().plusSeconds((long) (span * (0.1 + 0.8 * random.nextDouble())));
                if (at.isBefore(now.minus(MINUTE))) {
                    answers.add(new Answer(department, at, false));
                }
            }
            // else: the department never reports; the summons shows it outstanding and late.
        }
        answers.sort((a, b) -> a.at().compareTo(b.at()));
        for (Answer answer : answers) {
            clock.set(answer.at());
            story.at = answer.at().isAfter(story.at) ? answer.at() : story.at;
            GridEventView view = story.view;
            AnswerKind kind = random.nextInt(100) < 70 ? AnswerKind.ARRIVED : AnswerKind.RESPONDED;
            String note = answer.late() ? people.pick(DemoTexts.LATE_NOTES) : people.pick(DemoTexts.ON_TIME_NOTES);
            story.changed(services.summons().report(department(story.community, answer.department()),
                    new ReportToSummonsCommand(view.id(), view.version(), summons.id(), answer.department(), kind, note)));
        }
    }

    /** A second report of the same matter, days or hours after the first, merged into it by the community. */
    private void duplicate(Story original) {
        Instant firstReport = original.view.reportedAt();
        Instant at = firstReport.plus(Duration.ofMinutes(30 + random.nextInt(30 * 60)));
        Instant latest = now.minus(Duration.ofHours(2));
        if (at.isAfter(latest)) {
            at = latest;
        }
        if (!at.isAfter(firstReport)) {
            return;
        }
        List<DemoGrid> sameCommunity = new ArrayList<>(original.grid.parent.map(p -> p.children).orElse(List.of()));
        DemoGrid grid = sameCommunity.isEmpty() || random.nextBoolean() ? original.grid : people.pick(sameCommunity);
        EventChannel channel = random.nextInt(100) < 60 ? EventChannel.HOTLINE_12345 : EventChannel.RESIDENT;
        Story copy = new Story(grid, original.category, channel, new String[] {original.baseText, original.ownResolution});
        report(copy, at, channelText(channel, original.category, original.baseText));
        Instant mergeAt = at.plus(Duration.ofMinutes(20 + random.nextInt(6 * 60)));
        if (!mergeAt.isBefore(now)) {
            mergeAt = now.minus(MINUTE);
        }
        if (!mergeAt.isAfter(at)) {
            return;
        }
        if (random.nextInt(100) < 30) {
            Instant acceptAt = at.plus(Duration.between(at, mergeAt).dividedBy(2));
            clock.set(acceptAt);
            copy.changed(services.handle().accept(staff(copy.community), new AcceptEventCommand(copy.view.id(), copy.view.version(),
                    "已受理。")));
        }
        clock.set(mergeAt);
        Actor by = random.nextInt(100) < 75 ? staff(copy.community) : officer(copy.community);
        copy.changed(services.merge().merge(by, new MergeEventsCommand(copy.view.id(), copy.view.version(), original.view.id())));
        tally.merged++;
    }

    // --- when ---------------------------------------------------------------------------------------------------

    private Pace pace(Goal goal) {
        int u = random.nextInt(100);
        return switch (goal) {
            case REPORTED, ACCEPTED, CALLED, DISPATCHED, IN_PROGRESS, REOPENED -> u < 45 ? Pace.FRESH : u < 80 ? Pace.RECENT : Pace.STALE;
            default -> Pace.RECENT;
        };
    }

    private Instant reportTime(Goal goal, Pace pace, EventChannel channel) {
        double days = switch (goal) {
            case RESOLVED -> uniform(1, 9);
            case CLOSED -> uniform(3, 75);
            case CLOSED_AFTER_REOPEN -> uniform(8, 75);
            case REJECTED -> uniform(0.5, 60);
            case REOPENED -> switch (pace) {
                case FRESH -> uniform(1.5, 3);
                case RECENT -> uniform(3, 8);
                case STALE -> uniform(15, 40);
            };
            default -> switch (pace) {
                case FRESH -> uniform(0.1, 1.1);
                case RECENT -> uniform(1.5, 6);
                case STALE -> uniform(12, 40);
            };
        };
        LocalDate day = WorkingTime.dateOf(now.minusSeconds((long) (days * 86_400)));
        LocalTime time = switch (channel) {
            case GRID_WORKER -> LocalTime.of(8, 30).plusMinutes(random.nextInt(9 * 60));
            case RESIDENT -> LocalTime.of(7, 0).plusMinutes(random.nextInt(14 * 60 + 30));
            case HOTLINE_12345 -> random.nextInt(100) < 85 ? LocalTime.of(8, 0).plusMinutes(random.nextInt(14 * 60))
                    : LocalTime.of(0, 0).plusMinutes(random.nextInt(8 * 60));
        };
        Instant at = day.atTime(time).atZone(ZONE).toInstant();
        Instant latest = now.minus(HOUR);
        if (at.isAfter(latest)) {
            at = latest.minus(Duration.ofMinutes(random.nextInt(180)));
        }
        return at;
    }

    /** By when the steps of the event are taken; after that it waits (for the next step, or the reporter's verdict). */
    private Instant endOfHandling(Goal goal, Pace pace, Instant reportedAt) {
        double age = Duration.between(reportedAt, now).getSeconds() / 86_400.0;
        double span = switch (goal) {
            case RESOLVED -> age - uniform(2, 30) / 24.0;
            case CLOSED -> uniform(0.3, Math.max(0.4, Math.min(12, age - 1)));
            case CLOSED_AFTER_REOPEN -> uniform(2, Math.max(2.1, Math.min(20, age - 1)));
            case REJECTED -> uniform(0.05, Math.min(1.5, age * 0.9));
            default -> switch (pace) {
                case FRESH -> age - uniform(0.25, 1) / 24.0;
                case RECENT -> age * uniform(0.3, 0.8);
                case STALE -> uniform(0.1, 2);
            };
        };
        Instant end = reportedAt.plusSeconds((long) (Math.max(span, 0.01) * 86_400));
        Instant latest = now.minus(Duration.ofMinutes(10));
        return end.isAfter(latest) ? latest : end;
    }

    /**
     * The time of the next step: an even share of what is left of the handling window, in office hours where that
     * fits, after the previous step and before now (with room for the steps still to come); null if none is left.
     */
    private Instant nextTime(Instant previous, Instant end, int remaining) {
        Instant limit = now.minus(MINUTE.multipliedBy(remaining + 1L));
        if (!limit.isAfter(previous.plus(MINUTE))) {
            return null;
        }
        long slot = Math.max(60, Duration.between(previous, end).getSeconds() / (remaining + 1));
        Instant at = previous.plusSeconds((long) (slot * (0.6 + 0.8 * random.nextDouble())));
        LocalDateTime local = LocalDateTime.ofInstant(at, ZONE);
        if (local.toLocalTime().isBefore(OFFICE_OPENS)) {
            at = local.toLocalDate().atTime(OFFICE_OPENS.plusMinutes(random.nextInt(90))).atZone(ZONE).toInstant();
        } else if (local.toLocalTime().isAfter(OFFICE_CLOSES)) {
            at = local.toLocalDate().plusDays(1).atTime(OFFICE_OPENS.plusMinutes(random.nextInt(90))).atZone(ZONE).toInstant();
        }
        Instant earliest = previous.plus(Duration.ofMinutes(5 + random.nextInt(20)));
        if (at.isBefore(earliest)) {
            at = earliest;
        }
        return at.isAfter(limit) ? limit : at;
    }

    // --- who -----------------------------------------------------------------------------------------------------

    /** The grid worker of a grid: their login names the grid they answer for. */
    private static Actor worker(DemoGrid grid) {
        return actor("gw-" + grid.code.value(), grid.community.city(), grid.community.code(), Role.GRID_WORKER);
    }

    private static Actor staff(Community community) {
        return actor("sq-" + community.code().value(), community.city(), community.code(), Role.COMMUNITY_STAFF);
    }

    private static Actor officer(Community community) {
        return actor("jd-" + community.street().value().substring(0, 9), community.city(), community.street(), Role.STREET_OFFICER);
    }

    /** The duty officer of a district department, acting for that department only (its token names it). */
    private static Actor department(Community community, DepartmentCode department) {
        return new Actor(department.value() + ".duty", community.city(), community.district(), Set.of(Role.DEPARTMENT), Set.of(),
                Optional.of(department.value()));
    }

    /** The 12345 hotline's system, which forwards calls and takes down verdicts on its callback. */
    private static Actor hotline(Community community) {
        return actor("hotline-12345", community.city(), community.city(), Role.INTEGRATOR);
    }

    /** The residents' reporting app (成都 蓉e报, seed 001; 湛江 the 基层监督云平台, seed 003). */
    private static Actor residentApp(Community community) {
        return actor(community.zhanjiang() ? "jiceng-jiandu-yun" : "rong-e-bao", community.city(), community.city(), Role.INTEGRATOR);
    }

    private Actor verdictTaker(Story story) {
        return switch (story.channel) {
            case HOTLINE_12345 -> hotline(story.community);
            case RESIDENT -> random.nextBoolean() ? staff(story.community) : worker(story.grid.answeringGrid());
            case GRID_WORKER -> worker(story.grid.answeringGrid());
        };
    }

    private static Actor actor(String subject, AreaCode city, AreaCode jurisdiction, Role role) {
        return new Actor(subject, city, jurisdiction, Set.of(role), Set.of());
    }

    private List<DepartmentCode> departments(Story story, int howMany) {
        List<String> functions = new ArrayList<>(List.of(DemoTexts.departmentFunctions(story.category, story.baseText)));
        List<DepartmentCode> chosen = new ArrayList<>();
        while (chosen.size() < howMany && !functions.isEmpty()) {
            String function = functions.remove(random.nextInt(functions.size()));
            chosen.add(DepartmentCode.of(DemoAreas.districtPinyin(story.community) + "-" + function));
        }
        return chosen;
    }

    private static String label(Community community, DepartmentCode department) {
        String function = department.value().substring(department.value().indexOf('-') + 1);
        return DemoTexts.departmentLabel(community.districtName(), function);
    }

    // --- what ----------------------------------------------------------------------------------------------------

    private EventChannel channel() {
        int u = random.nextInt(100);
        return u < 50 ? EventChannel.GRID_WORKER : u < 75 ? EventChannel.RESIDENT : EventChannel.HOTLINE_12345;
    }

    /** What is reported, and how the community settles it if it does. */
    private String[] text(EventCategory category, DemoGrid grid) {
        if (category == EventCategory.DISPUTE) {
            DemoTexts.Dispute dispute = disputes.get(nextDispute++ % disputes.size());
            return new String[] {dispute.description(), people.pick(DemoTexts.DISPUTE_RESOLUTIONS)};
        }
        DemoTexts.Template template = people.pick(DemoTexts.templates(category, grid.community.zhanjiang()));
        String road = random.nextInt(100) < 60 ? DemoAreas.ownRoad(grid.community) : people.pick(DemoAreas.districtRoads(grid.community));
        String report = template.report().replace("{estate}", grid.estate).replace("{b}", String.valueOf(1 + random.nextInt(30)))
                .replace("{road}", road).replace("{no}", String.valueOf(1 + random.nextInt(200)));
        return new String[] {report, template.resolution()};
    }

    private String channelText(EventChannel channel, EventCategory category, String text) {
        boolean dispute = category == EventCategory.DISPUTE;
        return switch (channel) {
            case GRID_WORKER -> !dispute && !aboutSomeone(text) && random.nextInt(100) < 40 ? "巡查发现：" + text : text;
            case RESIDENT -> !dispute && !aboutSomeone(text) && random.nextBoolean() ? "居民反映：" + text : text;
            case HOTLINE_12345 -> (dispute ? "市民来电求助：" : "市民来电反映：") + text;
        };
    }

    /** A text that already says who raised it ("居民咨询…", "多名居民反映…") takes no prefix. */
    private static boolean aboutSomeone(String text) {
        return text.startsWith("居民") || text.startsWith("多名") || text.startsWith("希望") || text.startsWith("有人");
    }

    private List<Attachment> attachments(EventChannel channel, Instant at) {
        List<Attachment> files = new ArrayList<>();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").format(LocalDateTime.ofInstant(at, ZONE));
        if (channel == EventChannel.GRID_WORKER && random.nextInt(100) < 40) {
            int photos = 1 + random.nextInt(3);
            for (int i = 1; i <= photos; i++) {
                files.add(new Attachment("IMG_" + stamp + "_" + i + ".jpg", "image/jpeg", 300_000 + random.nextInt(4_200_000), sha256()));
            }
        } else if (channel == EventChannel.HOTLINE_12345 && random.nextInt(100) < 30) {
            files.add(new Attachment("12345来电录音_" + stamp + ".mp3", "audio/mpeg", 200_000 + random.nextInt(2_800_000), sha256()));
        }
        return files;
    }

    private String sha256() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    // --- how many ------------------------------------------------------------------------------------------------

    private static Map<Goal, Integer> planOf() {
        Map<Goal, Integer> plan = new EnumMap<>(Goal.class);
        plan.put(Goal.REPORTED, 10);
        plan.put(Goal.ACCEPTED, 12);
        plan.put(Goal.CALLED, 9);
        plan.put(Goal.DISPATCHED, 8);
        plan.put(Goal.IN_PROGRESS, 9);
        plan.put(Goal.RESOLVED, 14);
        plan.put(Goal.CLOSED, 60);
        plan.put(Goal.CLOSED_AFTER_REOPEN, 6);
        plan.put(Goal.REOPENED, 7);
        plan.put(Goal.REJECTED, 9);
        return plan;
    }

    private static Map<EventCategory, Integer> categoryWeights() {
        Map<EventCategory, Integer> weights = new EnumMap<>(EventCategory.class);
        weights.put(EventCategory.DISPUTE, 20);
        weights.put(EventCategory.SAFETY_HAZARD, 18);
        weights.put(EventCategory.SERVICE_REQUEST, 17);
        weights.put(EventCategory.ENVIRONMENT, 17);
        weights.put(EventCategory.PUBLIC_OPINION, 10);
        weights.put(EventCategory.PUBLIC_SECURITY, 10);
        weights.put(EventCategory.OTHER, 8);
        return weights;
    }

    /** {@code size} categories in the proportions of the weights (every category at least once), in category order. */
    private static List<EventCategory> categories(int size) {
        List<EventCategory> result = new ArrayList<>(size);
        CATEGORY_WEIGHTS.forEach((category, weight) -> {
            int count = Math.max(1, size * weight / 100);
            for (int i = 0; i < count && result.size() < size; i++) {
                result.add(category);
            }
        });
        while (result.size() < size) {
            result.add(EventCategory.DISPUTE);
        }
        return result;
    }

    private <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** A clock the loader sets before each command; read on every command by the services built on it. */
    static final class MovableClock extends Clock {

        private Instant instant;

        MovableClock(Instant start) {
            this.instant = start;
        }

        void set(Instant at) {
            instant = at;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }

    /** Late reports and outstanding departments past their deadline at {@code now}, over all summonses of a view. */
    static int lateDepartments(GridEventView view, Instant now) {
        int late = 0;
        for (Summons summons : view.summonses()) {
            late += (int) summons.answers().stream().filter(SummonsAnswer::late).count();
            if (summons.dueAt().isBefore(now)) {
                late += summons.outstanding().size();
            }
        }
        return late;
    }
}
