package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.grid.model.SampleEvents.FIRE_BRIGADE;
import static org.shizhi.domain.grid.model.SampleEvents.HAZARD_TEXT;
import static org.shizhi.domain.grid.model.SampleEvents.HONGXING;
import static org.shizhi.domain.grid.model.SampleEvents.HONGXING_1;
import static org.shizhi.domain.grid.model.SampleEvents.HOUSING;
import static org.shizhi.domain.grid.model.SampleEvents.HOUSING_BUREAU;
import static org.shizhi.domain.grid.model.SampleEvents.JINHUA;
import static org.shizhi.domain.grid.model.SampleEvents.JINHUA_1;
import static org.shizhi.domain.grid.model.SampleEvents.JINJIANG;
import static org.shizhi.domain.grid.model.SampleEvents.JINSHAWAN_1;
import static org.shizhi.domain.grid.model.SampleEvents.LOW;
import static org.shizhi.domain.grid.model.SampleEvents.OFFICER;
import static org.shizhi.domain.grid.model.SampleEvents.WORKER;
import static org.shizhi.domain.grid.model.SampleEvents.ZONGFU;
import static org.shizhi.domain.grid.model.SampleEvents.ZONGFU_1;
import static org.shizhi.domain.grid.model.SampleEvents.ZONGFU_2;
import static org.shizhi.domain.grid.model.SampleEvents.china;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.port.out.IndicatorTallies;
import org.shizhi.domain.assessment.port.out.IndicatorTallies.Closings;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.dispute.model.DisputeTransition;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.SampleDisputes;
import org.shizhi.domain.dispute.port.out.DisputeRepository;
import org.shizhi.domain.dispute.port.out.DisputeWrite;
import org.shizhi.domain.grid.model.AnswerKind;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.model.SummonsId;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyMember;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.SyntheticIdentities;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The built-in indicators' counts, over events, summonses, disputes and party records written through the grid,
 * dispute and party contexts' own adapters: the grid ones by the assessment's store query, the dispute and party ones by
 * those contexts' stores (what their figure ports expose), each checked against a count made by hand in the comments.
 * November 2025 in Jinjiang: communities 总府路 (ZONGFU) and 红星路 (HONGXING) of street 春熙路 (510104022), 金华 (JINHUA) of
 * street 510104019. Nothing else of November lies in the district; October and Zhanjiang are written to be left out.
 */
abstract class IndicatorTalliesTests {

    private static final AssessmentPeriod NOVEMBER = AssessmentPeriod.parse("2025-11");
    private static final Instant MONDAY = china("2025-11-03T10:00");
    private static final AreaCode CHUNXI_STREET = AreaCode.of("510104022000");
    private static final AreaCode JINHUA_STREET = AreaCode.of("510104019000");
    /** The service clock's now, long after November: everything of November is due. */
    private static final Instant AS_OF = china("2026-01-05T10:00");

    private GridEventRepository events;
    private DisputeRepository disputes;
    private IndicatorTallies tallies;
    private Database.PartyStorage party;

    abstract TestDatabase db();

    @BeforeEach
    void november() {
        db().clean();
        Database database = db().database();
        events = database.gridEventRepository();
        disputes = database.disputeRepository();
        tallies = database.indicatorTallies(SampleEvents.calendar());
        party = database.partyStorage();
        writeEvents();
        writeDisputes();
        writeParty(database);
    }

    private GridEvent save(List<EventTransition> path) {
        path.forEach(t -> events.save(EventWrite.of(t)));
        return path.getLast().event();
    }

    private GridEvent save(EventTransition t) {
        events.save(EventWrite.of(t));
        return t.event();
    }

    private void writeEvents() {
        // 总府路: three closed within minutes (satisfaction 5), one accepted and open, one rejected (not due).
        for (int i = 0; i < 3; i++) {
            save(SampleEvents.pathTo(EventState.CLOSED, ZONGFU_1, HAZARD_TEXT, LOW, MONDAY));
        }
        GridEvent open = save(SampleEvents.pathTo(EventState.ACCEPTED, ZONGFU_1, HAZARD_TEXT, LOW, MONDAY));
        assertThat(open.deadline().passesAt()).as("set-up: a low event of 3 November is due in November").isBefore(NOVEMBER.end());
        save(SampleEvents.pathTo(EventState.REJECTED, ZONGFU_1, HAZARD_TEXT, LOW, MONDAY));
        // 红星路: one closed at once (5); one reported at 07:30 in China (23:30 UTC the day before) and closed late on
        // Thursday 20 November (4); one reopened by a verdict of 1.
        save(SampleEvents.pathTo(EventState.CLOSED, HONGXING_1, HAZARD_TEXT, LOW, MONDAY));
        GridEvent resolved = save(SampleEvents.pathTo(EventState.RESOLVED, HONGXING_1, HAZARD_TEXT, LOW, china("2025-11-03T07:30")));
        Instant late = china("2025-11-20T15:00");
        save(resolved.judge(WORKER, late, 4, "办得慢", Deadline.after(SampleEvents.calendar(), late, 3)));
        save(SampleEvents.pathTo(EventState.REOPENED, HONGXING_1, HAZARD_TEXT, LOW, MONDAY));
        // 金华: two closed at once; one called, with two summonses; one closed in October (left out).
        save(SampleEvents.pathTo(EventState.CLOSED, JINHUA_1, HAZARD_TEXT, LOW, MONDAY));
        save(SampleEvents.pathTo(EventState.CLOSED, JINHUA_1, HAZARD_TEXT, LOW, MONDAY));
        save(SampleEvents.pathTo(EventState.CLOSED, JINHUA_1, HAZARD_TEXT, LOW, china("2025-10-20T10:00")));
        GridEvent called = save(SampleEvents.pathTo(EventState.CALLED, JINHUA_1, HAZARD_TEXT, LOW, MONDAY));
        // Summons 1 on Tuesday: housing reports in time, fire late. Summons 2 on Wednesday: housing never reports.
        SummonsId first = SummonsId.random();
        called = save(called.summon(OFFICER, china("2025-11-04T10:00"), first, List.of(HOUSING_BUREAU, FIRE_BRIGADE),
                ReportWithin.workingHours(2), china("2025-11-04T12:00")));
        called = save(called.answerSummons(HOUSING, china("2025-11-04T11:00"), first, HOUSING_BUREAU, AnswerKind.ARRIVED, "已到场"));
        called = save(called.answerSummons(HOUSING, china("2025-11-04T15:00"), first, FIRE_BRIGADE, AnswerKind.ARRIVED, "迟到"));
        save(called.summon(OFFICER, china("2025-11-05T10:00"), SummonsId.random(), List.of(HOUSING_BUREAU),
                ReportWithin.workingHours(2), china("2025-11-05T12:00")));
        // Zhanjiang, closed in November: outside Jinjiang.
        save(SampleEvents.pathTo(EventState.CLOSED, JINSHAWAN_1, HAZARD_TEXT, LOW, MONDAY));
    }

    private Dispute save(DisputeTransition t) {
        disputes.save(DisputeWrite.of(t));
        return t.dispute();
    }

    private Dispute opened(AreaCode community, Instant at) {
        Dispute.Intake intake = new Dispute.Intake(DisputeSource.WALK_IN, Optional.empty(), community, "LABOUR",
                List.of(SampleDisputes.applicant(), SampleDisputes.respondent()), "工伤赔偿纠纷。", "要求赔偿。", Optional.empty(), 2,
                new Risk(RiskLevel.LOW, List.of()), false, MediationChannel.PEOPLE);
        MediationCentre centre = new MediationCentre(community, "调解委员会", List.of(), Set.of());
        Dispute d = save(Dispute.open(DisputeId.random(), intake, DisputeType.LABOUR, centre,
                Deadline.after(SampleDisputes.calendar(), at, 3), at, SampleDisputes.MEDIATOR));
        return save(d.accept(SampleDisputes.MEDIATOR, at.plusSeconds(60), Deadline.after(SampleDisputes.calendar(), at, 30), "收案"));
    }

    private Dispute concluded(Dispute d, Outcome outcome) {
        return save(d.conclude(SampleDisputes.MEDIATOR, d.openedAt().plusSeconds(600), outcome,
                ConsultationRequirement.standard(d.disputeFacts()), LocalDate.of(2025, 12, 1)));
    }

    private void writeDisputes() {
        Outcome.Failure failure = new Outcome.Failure("调解不成", Outcome.Referral.LITIGATION, "锦江区人民法院", LocalDate.of(2025, 11, 20));
        // 总府路: an agreement followed up (holding), an agreement not followed up, a failure, one still open.
        Dispute held = concluded(opened(ZONGFU, MONDAY), SampleDisputes.agreement());
        save(held.followUp(SampleDisputes.MEDIATOR, china("2025-11-10T10:00"), FollowUp.Result.HOLDING, "履行中", null));
        concluded(opened(ZONGFU, MONDAY), SampleDisputes.agreement());
        concluded(opened(ZONGFU, MONDAY), failure);
        opened(ZONGFU, MONDAY);
        // 红星路: an agreement that relapsed at follow-up (reopened; the agreement stays its outcome).
        Dispute relapsing = concluded(opened(HONGXING, MONDAY), SampleDisputes.agreement());
        save(relapsing.followUp(SampleDisputes.MEDIATOR, china("2025-11-12T10:00"), FollowUp.Result.RELAPSED, "又起争执",
                Deadline.after(SampleDisputes.calendar(), china("2025-11-12T10:00"), 30)));
        // 金华, opened in October: left out.
        concluded(opened(JINHUA, china("2025-10-20T10:00")), SampleDisputes.agreement());
    }

    private void writeParty(Database database) {
        for (GridCode code : List.of(ZONGFU_1, ZONGFU_2, HONGXING_1, JINHUA_1, ZONGFU_1.building(1))) {
            database.gridRepository().add(Grid.create(code, code.isBuilding() ? GridTier.BUILDING : GridTier.GENERAL, "网格",
                    code.enclosingGrid(), Optional.empty()));
        }
        Database.PartyStorage party = database.partyStorage();
        PartyOrganisation committee = new PartyOrganisation(PartyOrganisationId.random(), OrganisationTier.COMMITTEE, "红星路社区党委",
                HONGXING, Optional.empty(), Set.of(HONGXING_1), Set.of());
        PartyOrganisation zongfuCommittee = new PartyOrganisation(PartyOrganisationId.random(), OrganisationTier.COMMITTEE, "总府路社区党委",
                ZONGFU, Optional.empty(), Set.of(), Set.of());
        PartyOrganisation branch = new PartyOrganisation(PartyOrganisationId.random(), OrganisationTier.BRANCH, "一网格党支部",
                ZONGFU, Optional.of(zongfuCommittee.id()), Set.of(ZONGFU_1), Set.of());
        party.organisations().save(committee);
        party.organisations().save(zongfuCommittee);
        party.organisations().save(branch);
        SyntheticIdentities identities = new SyntheticIdentities(17);
        // 总府路's branch: three employed members, two of them checked in; one retired member. 红星路: one employed, not checked in.
        for (int i = 0; i < 4; i++) {
            PartyMember m = new PartyMember(PartyMemberId.random(), branch.id(), "党员" + i, identities.idNumber("510104",
                    LocalDate.of(1980, 3, 14)), Optional.empty(), i < 3, LocalDate.of(2005, 7, 1));
            party.members().add(m, ZONGFU);
            if (i < 2) {
                party.members().save(new CheckIn(m.id(), ZONGFU, LocalDate.of(2025, 3, 1), "周末义务巡逻"));
            }
        }
        party.members().add(new PartyMember(PartyMemberId.random(), committee.id(), "党员红", identities.idNumber("510104",
                LocalDate.of(1982, 5, 1)), Optional.empty(), true, LocalDate.of(2010, 7, 1)), HONGXING);
    }

    private Map<AreaCode, Reading> communities(BuiltInIndicator indicator) {
        return tallies.byArea(indicator, JINJIANG, AdminLevel.COMMUNITY, NOVEMBER, AS_OF);
    }

    private static Reading share(long n, long d) {
        return Reading.share(n, d);
    }

    @Test
    void eventClosureCountsTheEventsDueInThePeriodClosedBeforeItsEnd() {
        // due in November: 总府路 3 closed + 1 open (the rejected one is not due); 红星路 2 closed + 1 reopened;
        // 金华 2 closed + 1 called (the October one was due in October).
        assertThat(communities(BuiltInIndicator.EVENT_CLOSURE_RATE))
                .isEqualTo(Map.of(ZONGFU, share(3, 4), HONGXING, share(2, 3), JINHUA, share(2, 3)));
        assertThat(tallies.byArea(BuiltInIndicator.EVENT_CLOSURE_RATE, JINJIANG, AdminLevel.STREET, NOVEMBER, AS_OF))
                .as("by street: the communities' counts summed").isEqualTo(Map.of(CHUNXI_STREET, share(5, 7), JINHUA_STREET, share(2, 3)));
    }

    @Test
    void onTimeClosureAndSatisfactionCountWhatClosedOrWasJudgedInThePeriod() {
        assertThat(communities(BuiltInIndicator.EVENT_ON_TIME_CLOSURE_RATE)).as("红星路's closure on 20 November was late")
                .isEqualTo(Map.of(ZONGFU, share(3, 3), HONGXING, share(1, 2), JINHUA, share(2, 2)));
        assertThat(communities(BuiltInIndicator.RESIDENT_SATISFACTION)).as("红星路: verdicts 5, 4 and 1")
                .isEqualTo(Map.of(ZONGFU, share(3, 3), HONGXING, share(2, 3), JINHUA, share(2, 2)));
    }

    @Test
    void closingsAreCountedInWorkingDaysBetweenTheDaysInChina() {
        // 红星路's late one: reported on Monday 3 November in China (07:30, still Sunday in UTC), closed on Thursday 20:
        // 4 + 5 + 4 working days after the 3rd (from the Sunday it would be 14). The others closed the day they came.
        assertThat(tallies.closings(JINJIANG, AdminLevel.COMMUNITY, NOVEMBER)).as("the 07:30 report is on 3 November in China")
                .containsExactlyInAnyOrder(new Closings(ZONGFU, 0, 3, 3), new Closings(HONGXING, 0, 1, 1),
                        new Closings(HONGXING, 13, 1, 0), new Closings(JINHUA, 0, 2, 2));
        assertThat(tallies.closings(JINJIANG, AdminLevel.STREET, NOVEMBER)).as("by street: the same working days, summed")
                .containsExactlyInAnyOrder(new Closings(CHUNXI_STREET, 0, 4, 4), new Closings(CHUNXI_STREET, 13, 1, 0),
                        new Closings(JINHUA_STREET, 0, 2, 2));
    }

    @Test
    void theMonthTallyAnswersAsTheEventsThemselvesAndAsARebuildFromThem() {
        // Changes the tally must follow besides those of November's set-up: an open event merged into another (its counts
        // leave), a closed event of December judged in January (a month outside November), an event reported and rejected.
        GridEvent original = save(SampleEvents.pathTo(EventState.ACCEPTED, ZONGFU_1, HAZARD_TEXT, LOW, MONDAY));
        GridEvent duplicate = save(SampleEvents.pathTo(EventState.ACCEPTED, ZONGFU_1, HAZARD_TEXT, LOW, MONDAY.plusSeconds(60)));
        save(duplicate.mergeInto(original, OFFICER, MONDAY.plusSeconds(120)));
        save(SampleEvents.pathTo(EventState.CLOSED, HONGXING_1, HAZARD_TEXT, LOW, china("2025-12-30T10:00")));
        JdbcIndicatorTallies byEvents = (JdbcIndicatorTallies) tallies;
        for (AdminLevel level : List.of(AdminLevel.DISTRICT, AdminLevel.STREET, AdminLevel.COMMUNITY)) {
            for (BuiltInIndicator indicator : List.of(BuiltInIndicator.EVENT_CLOSURE_RATE, BuiltInIndicator.EVENT_ON_TIME_CLOSURE_RATE,
                    BuiltInIndicator.RESIDENT_SATISFACTION)) {
                assertThat(tallies.byArea(indicator, JINJIANG, level, NOVEMBER, AS_OF)).as(indicator + " by " + level + " from the tally")
                        .isEqualTo(byEvents.byAreaFromEvents(indicator, JINJIANG, level, NOVEMBER, AS_OF));
            }
            assertThat(tallies.closings(JINJIANG, level, NOVEMBER)).as("closings by " + level + " from the tally")
                    .containsExactlyInAnyOrderElementsOf(byEvents.closingsFromEvents(JINJIANG, level, NOVEMBER));
        }
        assertThat(communities(BuiltInIndicator.EVENT_CLOSURE_RATE)).as("the merged duplicate is not due; the original is, open")
                .containsEntry(ZONGFU, share(3, 5));
        String rows = "SELECT community_code, measure, in_month, detail, events, hits FROM grid_event_month_tally WHERE events <> 0 "
                + "OR hits <> 0 ORDER BY community_code, measure, in_month, detail";
        List<Map<String, Object>> kept = db().rows(rows);
        // The readings come from the tally: a count spoilt there shows, until a rebuild counts the events again.
        db().execute("UPDATE grid_event_month_tally SET events = events + 10 WHERE community_code = '" + ZONGFU + "' AND measure = 'DUE'"
                + " AND in_month = 202511 AND detail = 0");
        assertThat(communities(BuiltInIndicator.EVENT_CLOSURE_RATE)).as("read from the spoilt tally").containsEntry(ZONGFU, share(3, 15));
        db().execute("INSERT INTO grid_event_month_tally_rebuild (requested_at, reason) VALUES (CURRENT_TIMESTAMP, 'test')");
        assertThat(communities(BuiltInIndicator.EVENT_CLOSURE_RATE)).as("read after the rebuild").containsEntry(ZONGFU, share(3, 5));
        assertThat(db().count("SELECT COUNT(*) FROM grid_event_month_tally_rebuild")).as("the request, done").isZero();
        assertThat(db().rows(rows)).as("the tally counted from the events again, as each change kept it").isEqualTo(kept);
    }

    @Test
    void aRunningPeriodCountsTheClosureRateFromTheEventsDueBeforeItsInstant() {
        // On the morning of 3 November, before anything of November was reported, nothing has fallen due: the months of the
        // tally would count the whole of November's events, so a running period reads the events.
        assertThat(tallies.byArea(BuiltInIndicator.EVENT_CLOSURE_RATE, JINJIANG, AdminLevel.COMMUNITY, NOVEMBER,
                china("2025-11-03T09:00"))).as("the closure rate of November as of its 3rd, 09:00").isEmpty();
    }

    @Test
    void theCopiedCalendarFollowsTheCalendarThePlatformStartsWith() {
        tallies.closings(JINJIANG, AdminLevel.COMMUNITY, NOVEMBER);
        // Started again with a calendar that makes Thursday 20 November a day off: 红星路's late closure comes a working day
        // sooner; the table is rewritten from the new calendar, not left as the first start wrote it.
        WorkCalendar base = SampleEvents.calendar();
        LocalDate dayOff = LocalDate.of(2025, 11, 20);
        WorkCalendar changed = new WorkCalendar() {
            @Override
            public boolean isWorkingDay(LocalDate date) {
                return !date.equals(dayOff) && base.isWorkingDay(date);
            }

            @Override
            public LocalDate addWorkingDays(LocalDate start, int days) {
                throw new UnsupportedOperationException("not counted by the store");
            }

            @Override
            public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
                throw new UnsupportedOperationException("not counted by the store");
            }

            @Override
            public Set<Integer> coveredYears() {
                return base.coveredYears();
            }
        };
        assertThat(db().database().indicatorTallies(changed).closings(JINJIANG, AdminLevel.COMMUNITY, NOVEMBER))
                .contains(new Closings(HONGXING, 12, 1, 0)).doesNotContain(new Closings(HONGXING, 13, 1, 0));
        assertThat(db().database().indicatorTallies(SampleEvents.calendar()).closings(JINJIANG, AdminLevel.COMMUNITY, NOVEMBER))
                .as("and back").contains(new Closings(HONGXING, 13, 1, 0));
    }

    @Test
    void closingsWithoutStoredWorkingDaysAreCountedThroughTheCalendarAlike() {
        List<Closings> stored = tallies.closings(JINJIANG, AdminLevel.COMMUNITY, NOVEMBER);
        assertThat(stored).as("November's closings").isNotEmpty();
        // As rows closed before V270, or written by a tool that opened the database without the calendar, are; the tool
        // asks for the month tally to be counted again (V280), which then lacks the working days as well.
        db().execute("UPDATE grid_event SET closed_working_days = NULL");
        db().execute("INSERT INTO grid_event_month_tally_rebuild (requested_at, reason) VALUES (CURRENT_TIMESTAMP, 'a tool wrote')");
        assertThat(tallies.closings(JINJIANG, AdminLevel.COMMUNITY, NOVEMBER))
                .as("the same closings counted through work_calendar_day").containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void closuresStoreTheWorkingDaysTheyTookAndAChangedCalendarRecountsThem() {
        assertThat(db().count("SELECT COUNT(*) FROM grid_event WHERE closed_at IS NOT NULL AND closed_working_days IS NULL"))
                .as("closed events without the working days they took").isZero();
        assertThat(db().count("SELECT COUNT(*) FROM grid_event WHERE closed_at IS NOT NULL")).as("closed events").isPositive();
        theCopiedCalendarFollowsTheCalendarThePlatformStartsWith();
    }

    @Test
    void closingsCountTheWorkingDaysAsTheWorkCalendarDoesOverWeekendsAndHolidays() {
        // Reported on Tuesday 30 September 2025, the eve of the National Day and Mid-Autumn holiday (1–8 October, with
        // Saturday 11 October worked), closed on Monday 13 October: 9, 10 and 11 October, then the 13th.
        Instant reported = china("2025-09-30T10:00");
        GridEvent resolved = save(SampleEvents.pathTo(EventState.RESOLVED, ZONGFU_1, HAZARD_TEXT, LOW, reported));
        Instant closed = china("2025-10-13T10:00");
        save(resolved.judge(WORKER, closed, 5, "满意", null));
        int expected = SampleEvents.calendar().workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 13));
        assertThat(expected).as("set-up: the calendar's own count").isEqualTo(4);
        long onTime = closed.isAfter(resolved.deadline().passesAt()) ? 0 : 1;

        assertThat(tallies.closings(JINJIANG, AdminLevel.COMMUNITY, AssessmentPeriod.parse("2025-10")))
                .as("the event closed on 13 October, and 金华's closed at once on 20 October")
                .containsExactlyInAnyOrder(new Closings(ZONGFU, expected, 1, onTime), new Closings(JINHUA, 0, 1, 1));
    }

    @Test
    void closingsFindTheDayInChinaUpToItsLastMicrosecond() {
        // Thursday 16 October 2025 and Friday 17th are working days. One event reported late on the Thursday closes at
        // midnight in China (16:00 UTC, still the Thursday in UTC): one working day. One closes at the Friday's last
        // microsecond: the same day, whatever the instant's day in UTC.
        GridEvent acrossMidnight = save(SampleEvents.pathTo(EventState.RESOLVED, ZONGFU_1, HAZARD_TEXT, LOW, china("2025-10-16T23:50")));
        Instant midnight = china("2025-10-17T00:00");
        save(acrossMidnight.judge(WORKER, midnight, 5, "满意", null));
        GridEvent sameDay = save(SampleEvents.pathTo(EventState.RESOLVED, ZONGFU_1, HAZARD_TEXT, LOW, china("2025-10-17T10:00")));
        Instant lastMicrosecond = china("2025-10-18T00:00").minusNanos(1_000);
        save(sameDay.judge(WORKER, lastMicrosecond, 5, "满意", null));
        long acrossOnTime = midnight.isAfter(acrossMidnight.deadline().passesAt()) ? 0 : 1;
        long sameDayOnTime = lastMicrosecond.isAfter(sameDay.deadline().passesAt()) ? 0 : 1;

        assertThat(tallies.closings(JINJIANG, AdminLevel.COMMUNITY, AssessmentPeriod.parse("2025-10")))
                .containsExactlyInAnyOrder(new Closings(ZONGFU, 1, 1, acrossOnTime), new Closings(ZONGFU, 0, 1, sameDayOnTime),
                        new Closings(JINHUA, 0, 1, 1));
    }

    @Test
    void summonsLatenessIsCountedByDepartment() {
        // housing: in time on Tuesday, never on Wednesday (past due); fire: late on Tuesday.
        assertThat(lateness(tallies.summonsAnswers(JINJIANG, NOVEMBER, AS_OF)))
                .isEqualTo(Map.of(HOUSING_BUREAU.value(), share(1, 2), FIRE_BRIGADE.value(), share(1, 1)));
        assertThat(tallies.summonsAnswers(CHUNXI_STREET, NOVEMBER, AS_OF)).as("none in 春熙路").isEmpty();
    }

    private static Map<String, Reading> lateness(Map<String, IndicatorTallies.SummonsAnswers> answers) {
        Map<String, Reading> late = new java.util.HashMap<>();
        answers.forEach((department, a) -> late.put(department, a.lateness()));
        return late;
    }

    @Test
    void gridWorkersAreCountedOnTheEventsTheyResolved() {
        // wang.fang resolves two 总府路 events: one closed at once (5), one reopened by a verdict of 2; zhao.lei resolves a
        // 红星路 event closed late on 20 November (4). The other events of November were resolved by a department.
        Acting zhao = new Acting("zhao.lei", Role.GRID_WORKER);
        Instant later = MONDAY.plusSeconds(3600);
        GridEvent first = save(SampleEvents.pathTo(EventState.ACCEPTED, ZONGFU_1, HAZARD_TEXT, LOW, MONDAY));
        first = save(first.resolve(WORKER, later, "已清理"));
        save(first.judge(WORKER, later.plusSeconds(60), 5, "满意", null));
        GridEvent second = save(SampleEvents.pathTo(EventState.ACCEPTED, ZONGFU_1, HAZARD_TEXT, LOW, MONDAY));
        second = save(second.resolve(WORKER, later, "已清理"));
        save(second.judge(WORKER, later.plusSeconds(60), 2, "没清干净", Deadline.after(SampleEvents.calendar(), later, 3)));
        GridEvent third = save(SampleEvents.pathTo(EventState.ACCEPTED, HONGXING_1, HAZARD_TEXT, LOW, MONDAY));
        Instant late = china("2025-11-20T15:00");
        third = save(third.resolve(zhao, late, "已处理"));
        save(third.judge(WORKER, late.plusSeconds(60), 4, "慢了", null));

        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_ON_TIME_RESOLUTION, JINJIANG, NOVEMBER))
                .isEqualTo(Map.of(WORKER.subject(), share(1, 1), "zhao.lei", share(0, 1)));
        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_SATISFACTION, JINJIANG, NOVEMBER))
                .isEqualTo(Map.of(WORKER.subject(), share(1, 2), "zhao.lei", share(1, 1)));
        assertThat(tallies.byWorker(BuiltInIndicator.WORKER_SATISFACTION, JINHUA_STREET, NOVEMBER)).isEmpty();
    }

    @Test
    void dueBeforeNowIsTheServiceClocksNowNotTheDatabases() {
        assertThat(tallies.byArea(BuiltInIndicator.EVENT_CLOSURE_RATE, JINJIANG, AdminLevel.COMMUNITY, NOVEMBER, MONDAY))
                .as("at Monday's reports nothing of November is due yet").isEmpty();
        // At 11:00 on Wednesday the second summons (due 12:00) is not yet past due: housing 0 late of 2, fire still late.
        assertThat(lateness(tallies.summonsAnswers(JINJIANG, NOVEMBER, china("2025-11-05T11:00"))))
                .isEqualTo(Map.of(HOUSING_BUREAU.value(), share(0, 2), FIRE_BRIGADE.value(), share(1, 1)));
    }

    @Test
    void disputeFiguresCountTheDisputesOpenedInThePeriodThroughTheDisputeContextsStore() {
        // 总府路: 4 opened, 3 concluded, 2 agreements, 1 followed up, none relapsed; 红星路: 1 agreement, followed up, relapsed.
        assertThat(disputes.tallies(JINJIANG, AdminLevel.COMMUNITY, NOVEMBER.start(), NOVEMBER.end())).as("金华's is of October")
                .containsExactly(new DisputeTally(ZONGFU, 4, 3, 2, 1, 0), new DisputeTally(HONGXING, 1, 1, 1, 1, 1));
        assertThat(disputes.tallies(JINJIANG, AdminLevel.STREET, NOVEMBER.start(), NOVEMBER.end()))
                .containsExactly(new DisputeTally(CHUNXI_STREET, 5, 4, 3, 2, 1));
        assertThat(disputes.tallies(JINHUA_STREET, AdminLevel.COMMUNITY, NOVEMBER.start(), NOVEMBER.end())).isEmpty();
    }

    @Test
    void partyFiguresCountMembersAndGridsAsThingsStandThroughThePartyContextsStore() {
        // Employed members only; a branch on 总府路's first grid; a committee does not cover; the building sub-grid is not counted.
        assertThat(party.reporting().tallies(JINJIANG, AdminLevel.COMMUNITY)).containsExactly(
                new PartyReports.Tally(JINHUA, 0, 0, 1, 0), new PartyReports.Tally(ZONGFU, 3, 2, 2, 1),
                new PartyReports.Tally(HONGXING, 1, 0, 1, 0));
        assertThat(party.reporting().tallies(JINJIANG, AdminLevel.STREET)).containsExactly(
                new PartyReports.Tally(JINHUA_STREET, 0, 0, 1, 0), new PartyReports.Tally(CHUNXI_STREET, 4, 2, 3, 1));
    }
}
