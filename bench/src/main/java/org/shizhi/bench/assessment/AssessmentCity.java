package org.shizhi.bench.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import org.shizhi.adapters.persistence.PersonalDataCipher;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * A generated city for the assessment benchmark, written by bulk JDBC into the platform's own schema (after its Flyway
 * migrations ran), in the shapes the grid, dispute, party, campaign and law contexts write: districts → streets →
 * communities → grids of uneven sizes, events spread over the grids with a heavy tail (a few grids take many times
 * the median), each community with its own closure, on-time, satisfaction, agreement, follow-up, relapse, check-in
 * and coverage rates, and disputes, summonses of departments, party members, petitions, legal aid and campaign
 * activities in proportion to the events. Everything depends on the seed only; the personal data that the schema
 * keeps encrypted is encrypted with the platform's own keys, so every row reads back as the platform's own would.
 *
 * <p>Events are written in the order they were reported, with time-ordered ids (UUID version 7) as intake makes them.
 * Not written: event timelines, grade reasons and attachments, dispute parties and sessions (the assessment reads none
 * of them).
 */
public final class AssessmentCity {

    /** 51 99: a city code no real city has, so it never mixes with the demo cities. */
    public static final AreaCode CITY = AreaCode.of("519900");
    public static final String CITY_NAME = "基准市";
    private static final String[] FUNCTIONS = {"urban", "housing", "fire", "police", "market", "eco", "civil", "water"};
    private static final String[] CATEGORIES = {"DISPUTE", "SAFETY_HAZARD", "SERVICE_REQUEST", "ENVIRONMENT", "PUBLIC_OPINION",
        "PUBLIC_SECURITY", "OTHER"};
    private static final int[] CATEGORY_WEIGHTS = {12, 20, 25, 20, 8, 5, 10};
    private static final String[] TEXTS = {"楼道堆放杂物，堵塞消防通道，请社区协调清理", "小区门口路灯不亮已经三天，晚上出行不便",
        "餐馆油烟直排，影响楼上住户开窗", "电动车在楼道内充电，存在火灾隐患", "下水道堵塞，污水漫到人行道上", "邻居装修噪音扰民，中午也不停工",
        "小区绿化带被占用种菜", "独居老人多日未出门，邻居担心其身体状况", "共享单车乱停放堵住盲道", "楼上漏水到楼下，两家多次协商未果"};
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红梅兰海峰斌玉萍".split("");
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;

    /**
     * How big: grids and events; the rest in proportion, as a city's records run (per event: 1 in 20 a dispute, 1 in
     * 100 a petition, 1 in 200 a legal-aid application; about 8 party members per grid).
     */
    public record Size(int grids, int events) {
        public Size {
            if (grids < 1 || events < 0) {
                throw new IllegalArgumentException("a city has at least one grid and no negative number of events");
            }
        }

        int communities() {
            return Math.max(1, Math.round(grids / 10f));
        }

        int streets() {
            return Math.max(1, Math.round(communities() / 10f));
        }

        int districts() {
            return Math.max(1, Math.round(streets() / 10f));
        }

        int petitions() {
            return events / 100;
        }

        int legalAid() {
            return events / 200;
        }
    }

    /**
     * What was written: the tree's sizes, the rows of each table, and what the assessment must find again: the
     * departments summoned in the period and the event-closure rate's numerator and denominator over the whole city.
     */
    public record Written(int districts, int streets, int communities, int grids, int departments, Map<String, Long> rows,
                          long closureNumerator, long closureDenominator, Duration took) {

        public long rowsTotal() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private record Community(String code, String name, String district, double activity, double closure, double onTime,
                             double verdicts, double satisfied, double agreement, double followUp, double relapse,
                             double checkIn, double branch, double venues, int firstGrid, int grids) {
    }

    private final Size size;
    private final long seed;
    private final AssessmentPeriod period;
    private final Instant now;
    private final WorkCalendar calendar;
    private final PersonalDataCipher cipher;
    private final Map<Long, Instant> deadlines = new HashMap<>();

    /**
     * @param period the quarter to be assessed: events are reported from 20 days before it to its end
     * @param now    nothing is closed, answered or decided after it
     */
    public AssessmentCity(Size size, long seed, AssessmentPeriod period, Instant now, WorkCalendar calendar, PersonalDataCipher cipher) {
        this.size = size;
        this.seed = seed;
        this.period = period;
        this.now = now;
        this.calendar = calendar;
        this.cipher = cipher;
    }

    /** Writes the city into an empty schema; commits as it goes and analyses the tables at the end. */
    public Written write(Connection c) throws SQLException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Community> communities = new ArrayList<>();
        int districts;
        int streets;
        // The area tree, uneven at every level: sizes drawn around the mean, none empty.
        try (Table area = new Table(c, rows, "area", "code", "name", "admin_level", "parent_code");
             Table centre = new Table(c, rows, "mediation_centre", "area_code", "level", "name")) {
            area.row(CITY.toString(), CITY_NAME, "CITY", null);
            int[] streetsOf = split(size.streets(), size.districts(), random);
            int[] communitiesOf = split(size.communities(), size.streets(), random);
            int[] gridsOf = split(size.grids, size.communities(), random);
            districts = streetsOf.length;
            streets = communitiesOf.length;
            int street = 0;
            int community = 0;
            int grid = 0;
            for (int d = 0; d < streetsOf.length; d++) {
                String district = CITY.prefix() + "%02d".formatted(d + 1);
                area.row(district + "000000", "第" + (d + 1) + "区", "DISTRICT", CITY.toString());
                for (int s = 0; s < streetsOf[d]; s++, street++) {
                    String streetPrefix = district + "%03d".formatted(s + 1);
                    area.row(streetPrefix + "000", "第" + (d + 1) + "区" + (s + 1) + "街道", "STREET", district + "000000");
                    for (int k = 0; k < communitiesOf[street]; k++, community++) {
                        String code = streetPrefix + "%03d".formatted(k + 1);
                        String name = "第" + (d + 1) + "区" + (s + 1) + "街道" + (k + 1) + "社区";
                        area.row(code, name, "COMMUNITY", streetPrefix + "000");
                        centre.row(code, "COMMUNITY", name + "人民调解委员会");
                        communities.add(new Community(code, name, district, lognormal(random, 0.6), rate(random, 0.85, 0.999),
                                rate(random, 0.70, 0.99), rate(random, 0.3, 0.8), rate(random, 0.70, 0.98), rate(random, 0.80, 0.99),
                                rate(random, 0.5, 1.0), rate(random, 0.0, 0.12), rate(random, 0.35, 0.95), rate(random, 0.5, 1.0),
                                rate(random, 0.3, 0.95), grid, gridsOf[community]));
                        grid += gridsOf[community];
                    }
                }
            }
        }
        c.commit();
        String[] gridCodes = new String[size.grids];
        Community[] communityOf = new Community[size.grids];
        for (Community cm : communities) {
            for (int g = 0; g < cm.grids; g++) {
                gridCodes[cm.firstGrid + g] = cm.code + "%03d".formatted(g + 1);
                communityOf[cm.firstGrid + g] = cm;
            }
        }
        writeGrids(c, rows, communities, gridCodes, random);
        writeParty(c, rows, communities, gridCodes, random);
        Tally closure = writeEvents(c, rows, gridCodes, communityOf, random);
        writePetitions(c, rows, communities, random);
        writeLegalAid(c, rows, communities, random);
        writeCampaigns(c, rows, communities, random);
        try (Statement s = c.createStatement()) {
            // As any tool that writes grid_event without the platform must (V280): the platform counts the month tally of
            // the events again at its next start.
            s.execute("INSERT INTO grid_event_month_tally_rebuild (requested_at, reason) VALUES (CURRENT_TIMESTAMP, "
                    + "'bench assessment wrote the events')");
            s.execute("ANALYZE");
        }
        c.commit();
        return new Written(districts, streets, communities.size(), size.grids, closure.departments.size(), rows,
                closure.numerator, closure.denominator, Duration.ofNanos(System.nanoTime() - started));
    }

    private void writeGrids(Connection c, Map<String, Long> rows, List<Community> communities, String[] gridCodes,
                            SplittableRandom random) throws SQLException {
        try (Table grid = new Table(c, rows, "grid", "code", "community_code", "tier", "name", "parent_code", "boundary", "version");
             Table member = new Table(c, rows, "grid_member", "grid_code", "member_id", "seq", "post", "name", "contact").after(grid)) {
            for (Community cm : communities) {
                for (int g = 0; g < cm.grids; g++) {
                    String code = gridCodes[cm.firstGrid + g];
                    grid.row(code, cm.code, random.nextInt(20) == 0 ? "MICRO" : "GENERAL", cm.name + (g + 1) + "网格", null, null, 1L);
                    member.row(code, uuid(random), 1, "RESPONSIBLE_WORKER", person(random), cipher.encrypt("grid_member.contact", mobile(random)));
                }
            }
        }
        c.commit();
    }

    /** A committee per street, a branch per community, a group bound to most grids; members checked in or not. */
    private void writeParty(Connection c, Map<String, Long> rows, List<Community> communities, String[] gridCodes,
                            SplittableRandom random) throws SQLException {
        long memberSerial = 0;
        LocalDate checkInDay = period.from().minusDays(30);
        try (Table organisation = new Table(c, rows, "party_organisation", "id", "tier", "name", "area_code", "parent_id");
             Table bound = new Table(c, rows, "party_organisation_grid", "organisation_id", "grid_code").after(organisation);
             Table member = new Table(c, rows, "party_member", "id", "organisation_id", "area_code", "city_prefix", "name", "id_number",
                     "id_number_index", "mobile", "employed", "joined_on").after(organisation);
             Table checkIn = new Table(c, rows, "party_check_in", "member_id", "community_code", "checked_in_on", "pledged_service").after(member)) {
            Map<String, UUID> committees = new HashMap<>();
            for (Community cm : communities) {
                String street = cm.code.substring(0, 9) + "000";
                UUID committee = committees.get(street);
                if (committee == null) {
                    committee = uuid(random);
                    committees.put(street, committee);
                    organisation.row(committee, "COMMITTEE", "街道党工委" + street, street, null);
                }
                UUID branch = uuid(random);
                organisation.row(branch, "BRANCH", cm.name + "党支部", cm.code, committee);
                for (int g = 0; g < cm.grids; g++) {
                    UUID group = null;
                    if (random.nextDouble() < cm.branch) {
                        group = uuid(random);
                        organisation.row(group, "GROUP", cm.name + (g + 1) + "网格党小组", cm.code, branch);
                        bound.row(group, gridCodes[cm.firstGrid + g]);
                    }
                    int members = 4 + random.nextInt(9);
                    for (int m = 0; m < members; m++) {
                        UUID id = uuid(random);
                        String idNumber = idNumber(++memberSerial);
                        boolean employed = random.nextInt(10) < 6;
                        member.row(id, group != null && random.nextBoolean() ? group : branch, cm.code, CITY.prefix(), person(random),
                                cipher.encrypt("party_member.id_number", idNumber), cipher.blindIndex("party_member.id_number", idNumber),
                                random.nextInt(4) == 0 ? null : cipher.encrypt("party_member.mobile", mobile(random)), employed,
                                LocalDate.of(1985 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                        if (employed && random.nextDouble() < cm.checkIn) {
                            checkIn.row(id, cm.code, checkInDay.plusDays(random.nextInt(120)), "参与社区志愿服务");
                        }
                    }
                }
            }
        }
        c.commit();
    }

    /** The indicators' counts the generator keeps while writing, to check the assessment's figures against. */
    private static final class Tally {
        long numerator;
        long denominator;
        final TreeSet<String> departments = new TreeSet<>();
    }

    private Tally writeEvents(Connection c, Map<String, Long> rows, String[] gridCodes, Community[] communityOf,
                              SplittableRandom random) throws SQLException {
        Tally tally = new Tally();
        double[] cumulative = new double[gridCodes.length];
        double sum = 0;
        for (int g = 0; g < gridCodes.length; g++) {
            sum += communityOf[g].activity * lognormal(random, 0.8);
            cumulative[g] = sum;
        }
        long from = period.start().minus(20, ChronoUnit.DAYS).toEpochMilli();
        long days = ChronoUnit.DAYS.between(period.start().minus(20, ChronoUnit.DAYS), period.end());
        long[] reported = new long[size.events];
        for (int i = 0; i < reported.length; i++) {
            // Mostly 08:00 to 21:00 China time, some at any hour.
            long day = from + random.nextLong(days) * 86_400_000L;
            long ofDay = random.nextInt(20) == 0 ? random.nextLong(86_400_000L) : 3_600_000L * 8 + random.nextLong(13 * 3_600_000L);
            reported[i] = day + ofDay - 8 * 3_600_000L;
        }
        Arrays.sort(reported);
        Map<String, UUID> lastInCommunity = new HashMap<>();
        String[] columns = {"id", "grid_code", "community_code", "category", "text", "channel", "reporter_name", "reporter_mobile",
            "grade_code", "grade_label", "grade_severity", "grade_level", "handling_level", "state", "deadline_working_days",
            "deadline_due_on", "deadline_passes_at", "reported_at", "resolution_text", "resolved_at", "resolved_by", "resolved_by_role",
            "verdict_satisfaction", "verdict_comment", "verdict_at", "verdict_by", "verdict_by_role", "rejection_reason", "merged_into",
            "closed_at", "escalations", "version", "resolved_by_member", "reported_by_member", "closed_working_days"};
        Instant end = period.end();
        try (Table events = new Table(c, rows, "grid_event", columns);
             Table summons = new Table(c, rows, "grid_event_summons", "id", "event_id", "seq", "summoned_by", "summoned_by_role",
                     "summoned_at", "within_amount", "within_unit", "due_at").after(events);
             Table summoned = new Table(c, rows, "grid_event_summons_department", "summons_id", "seq", "department").after(summons);
             Table answer = new Table(c, rows, "grid_event_summons_answer", "summons_id", "department", "seq", "kind", "answered_at",
                     "answered_by", "answered_by_role", "note", "late_by_nanos").after(summoned);
             Table dispute = new Table(c, rows, "dispute", "id", "source", "grid_event_id", "community_code", "type_code", "type_label",
                     "facts", "claims", "people_involved", "risk_level", "petition_backlog", "channel", "centre_code", "state", "opened_at",
                     "deadline_working_days", "deadline_due_on", "deadline_passes_at", "outcome_kind", "outcome_text", "concluded_at",
                     "closed_at", "escalations", "relapses", "version");
             Table followUp = new Table(c, rows, "dispute_follow_up", "dispute_id", "seq", "result", "note", "visited_at", "visited_by").after(dispute)) {
            Object[] row = new Object[columns.length];
            for (long at : reported) {
                int g = pick(cumulative, random.nextDouble() * sum);
                Community cm = communityOf[g];
                Instant reportedAt = Instant.ofEpochMilli(at);
                UUID id = timeOrdered(at, random);
                String category = CATEGORIES[weighted(CATEGORY_WEIGHTS, random)];
                int severity = random.nextInt(100) < 80 ? 1 : random.nextInt(100) < 85 ? 2 : 3;
                String level = severity == 1 ? "COMMUNITY" : severity == 2 ? "STREET" : "DISTRICT";
                int workingDays = severity == 1 ? 5 : severity == 2 ? 7 : 3;
                Instant passesAt = passesAt(reportedAt, workingDays);
                Arrays.fill(row, null);
                row[0] = id;
                row[1] = gridCodes[g];
                row[2] = cm.code;
                row[3] = category;
                row[4] = TEXTS[random.nextInt(TEXTS.length)];
                int channel = random.nextInt(10);
                row[5] = channel < 6 ? "GRID_WORKER" : channel < 8 ? "RESIDENT" : "HOTLINE_12345";
                row[33] = channel < 6 ? "worker-" + gridCodes[g] : null; // the grid member id a worker reported it as (V253)
                row[6] = person(random);
                row[8] = severity == 1 ? "LOW" : severity == 2 ? "MEDIUM" : "HIGH";
                row[9] = severity == 1 ? "一般" : severity == 2 ? "较大" : "重大";
                row[10] = (short) severity;
                row[11] = level;
                row[12] = level;
                row[14] = workingDays;
                row[15] = WorkingTime.dateOf(passesAt.minusSeconds(1));
                row[16] = time(passesAt);
                row[17] = time(reportedAt);
                row[30] = 0;
                UUID merged = lastInCommunity.get(cm.code);
                lastInCommunity.put(cm.code, id);
                int fate = random.nextInt(1000);
                Instant closedAt = null;
                boolean rejected = false;
                if (fate < 10) {
                    rejected = true;
                    row[13] = "REJECTED";
                    row[27] = "不属于网格事项，已告知来电人向有关部门反映";
                    row[31] = 2L;
                } else if (fate < 15 && merged != null) {
                    closedAt = reportedAt.plus(2, ChronoUnit.HOURS);
                    row[13] = "CLOSED";
                    row[28] = merged;
                    row[29] = time(closedAt);
                    row[31] = 2L;
                } else {
                    merged = null;
                    if (random.nextDouble() < cm.closure) {
                        long window = passesAt.toEpochMilli() - at;
                        closedAt = random.nextDouble() < cm.onTime
                                ? Instant.ofEpochMilli(at + (long) (window * (0.1 + 0.9 * random.nextDouble())))
                                : passesAt.plusSeconds(3_600 + random.nextLong(15 * 86_400L));
                        if (closedAt.isAfter(now.minus(1, ChronoUnit.HOURS))) {
                            closedAt = null;
                        }
                    }
                    if (closedAt != null) {
                        Instant resolvedAt = Instant.ofEpochMilli(Math.max(at + 60_000, closedAt.toEpochMilli() - 3_600_000));
                        row[13] = "CLOSED";
                        row[18] = "已现场处置完毕，居民确认";
                        row[19] = time(resolvedAt);
                        row[20] = "worker-" + gridCodes[g];
                        row[21] = "GRID_WORKER";
                        row[32] = row[20]; // the grid member id it was resolved as (V253)
                        if (random.nextDouble() < cm.verdicts) {
                            row[22] = (short) (random.nextDouble() < cm.satisfied ? 4 + random.nextInt(2) : 1 + random.nextInt(3));
                            row[23] = null;
                            row[24] = time(closedAt);
                            row[25] = "resident";
                            row[26] = "COMMUNITY_STAFF";
                        }
                        row[29] = time(closedAt);
                        row[31] = 6L;
                    } else {
                        int open = random.nextInt(3);
                        row[13] = open == 0 ? "REPORTED" : open == 1 ? "ACCEPTED" : "IN_PROGRESS";
                        // The platform's escalation job has done its work: each passed deadline took the event a
                        // level up with a new deadline, until the city, which it does not claim again.
                        int escalations = 0;
                        String handling = level;
                        while (passesAt.isBefore(now) && !handling.equals("CITY")) {
                            handling = handling.equals("COMMUNITY") ? "STREET" : handling.equals("STREET") ? "DISTRICT" : "CITY";
                            passesAt = passesAt(passesAt, workingDays);
                            escalations++;
                        }
                        row[12] = handling;
                        row[15] = WorkingTime.dateOf(passesAt.minusSeconds(1));
                        row[16] = time(passesAt);
                        row[30] = escalations;
                        row[31] = (long) (open + 1 + escalations);
                    }
                }
                if (closedAt != null) {
                    // As the platform stores it with the closure (V270).
                    row[34] = calendar.workingDaysBetween(WorkingTime.dateOf(reportedAt), WorkingTime.dateOf(closedAt));
                }
                events.row(row);
                if (!passesAt.isBefore(period.start()) && passesAt.isBefore(end) && passesAt.isBefore(now) && !rejected && merged == null) {
                    tally.denominator++;
                    if (closedAt != null && closedAt.isBefore(end)) {
                        tally.numerator++;
                    }
                }
                if (severity > 1 && !rejected && merged == null && random.nextInt(100) < 12) {
                    summon(id, cm, reportedAt, tally, summons, summoned, answer, random);
                }
                if (category.equals("DISPUTE") && !rejected && merged == null && random.nextInt(100) < 40) {
                    dispute(id, cm, reportedAt, dispute, followUp, random);
                }
            }
        }
        c.commit();
        return tally;
    }

    /** A street's summons of one to three of the district's departments, each of which answers in time or late, or not. */
    private void summon(UUID event, Community cm, Instant reportedAt, Tally tally, Table summons, Table summoned, Table answer,
                        SplittableRandom random) throws SQLException {
        Instant at = reportedAt.plus(2, ChronoUnit.HOURS);
        if (at.isAfter(now)) {
            return;
        }
        UUID id = uuid(random);
        Instant due = passesAt(at, 2);
        summons.row(id, event, 1, "officer-" + cm.code.substring(0, 9), "STREET_OFFICER", time(at), 2, "WORKING_DAYS", time(due));
        int count = 1 + random.nextInt(3);
        int first = random.nextInt(FUNCTIONS.length);
        int answered = 0;
        for (int k = 0; k < count; k++) {
            int function = (first + k) % FUNCTIONS.length;
            String department = "d" + cm.district.substring(4) + "-" + FUNCTIONS[function];
            summoned.row(id, k + 1, department);
            if (!at.isBefore(period.start()) && at.isBefore(period.end())) {
                tally.departments.add(department);
            }
            // Each department has its own habit: lateness from 2 % (the first function) to 30 %.
            double lateness = 0.02 + 0.04 * function;
            if (random.nextInt(100) < 92) {
                boolean late = random.nextDouble() < lateness;
                Instant answeredAt = late ? due.plusSeconds(600 + random.nextLong(48 * 3_600L))
                        : Instant.ofEpochMilli(at.toEpochMilli() + random.nextLong(Math.max(1, due.toEpochMilli() - at.toEpochMilli())));
                if (answeredAt.isAfter(now)) {
                    continue;
                }
                long lateBy = late ? ChronoUnit.NANOS.between(due, answeredAt) : 0;
                answer.row(id, department, ++answered, random.nextBoolean() ? "ARRIVED" : "RESPONDED", time(answeredAt),
                        "dept-" + department, "DEPARTMENT", "已到场处置", lateBy);
            }
        }
    }

    /** A dispute opened from a dispute event: mediated, concluded with an agreement or not, followed up, relapsed. */
    private void dispute(UUID event, Community cm, Instant reportedAt, Table dispute, Table followUp, SplittableRandom random)
            throws SQLException {
        Instant opened = reportedAt.plus(1, ChronoUnit.DAYS);
        if (opened.isAfter(now)) {
            return;
        }
        UUID id = uuid(random);
        Instant passes = passesAt(opened, 22);
        Instant concluded = Instant.ofEpochMilli(Math.min(passes.toEpochMilli() - 60_000,
                opened.plusSeconds(3 * 86_400L + random.nextLong(17 * 86_400L)).toEpochMilli()));
        String outcome = null;
        String state = "IN_MEDIATION";
        Instant closed = null;
        int relapses = 0;
        long version = 3;
        Instant visited = null;
        // Concluded unless its deadline is still to come: a city whose escalation job has no overdue dispute to take.
        if ((random.nextInt(100) < 85 || passes.isBefore(now)) && concluded.isBefore(now)) {
            int kind = random.nextInt(100);
            outcome = random.nextDouble() < cm.agreement ? "AGREEMENT" : kind < 70 ? "FAILURE" : "WITHDRAWAL";
            state = "CONCLUDED";
            version = 5;
            if (outcome.equals("AGREEMENT")) {
                visited = concluded.plus(15, ChronoUnit.DAYS);
                if (random.nextDouble() < cm.followUp && visited.isBefore(now)) {
                    relapses = random.nextDouble() < cm.relapse ? 1 : 0;
                    state = "CLOSED";
                    closed = visited;
                    version = 6;
                } else {
                    visited = null;
                }
            }
        } else {
            concluded = null;
        }
        dispute.row(id, "GRID_EVENT", event, cm.code, "NEIGHBOUR", "邻里纠纷", "双方因" + TEXTS[random.nextInt(TEXTS.length)] + "发生争执",
                "请求调解", 2 + random.nextInt(3), "LOW", false, "PEOPLE", cm.code, state, time(opened), 22,
                WorkingTime.dateOf(passes.minusSeconds(1)), time(passes), outcome, outcome == null ? null : "双方达成一致",
                time(concluded), time(closed), 0, relapses, version);
        if (visited != null) {
            followUp.row(id, 1, relapses > 0 ? "RELAPSED" : "HOLDING", "回访", time(visited), "mediator-" + cm.code);
        }
    }

    private void writePetitions(Connection c, Map<String, Long> rows, List<Community> communities, SplittableRandom random)
            throws SQLException {
        double[] cumulative = activity(communities);
        String[] channels = {"VISIT", "LETTER", "ONLINE", "HOTLINE"};
        try (Table petition = new Table(c, rows, "petition", "id", "community_code", "petitioner_name", "matter", "channel", "agency",
                "received_at", "acceptance_working_days", "acceptance_due_on", "acceptance_passes_at", "state", "accepted_at",
                "reply_working_days", "reply_due_on", "reply_passes_at", "reply", "replied_at", "reopenings", "version")) {
            for (int i = 0; i < size.petitions(); i++) {
                Community cm = communities.get(pick(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]));
                Instant received = period.start().plusSeconds(random.nextLong(ChronoUnit.SECONDS.between(period.start(), period.end())));
                if (received.isAfter(now)) {
                    continue;
                }
                Instant acceptBy = passesAt(received, 15);
                int fate = random.nextInt(100);
                String state;
                Instant accepted = null;
                Instant replyBy = null;
                Instant replied = null;
                if (fate < 5) {
                    state = "NOT_ACCEPTED";
                } else {
                    accepted = received.plus(1 + random.nextInt(10), ChronoUnit.DAYS);
                    replyBy = passesAt(accepted, 60);
                    if (fate < 80) {
                        replied = random.nextDouble() < cm.onTime
                                ? Instant.ofEpochMilli(accepted.toEpochMilli() + random.nextLong(replyBy.toEpochMilli() - accepted.toEpochMilli()))
                                : replyBy.plusSeconds(86_400L + random.nextLong(20 * 86_400L));
                    }
                    if (replied != null && replied.isAfter(now)) {
                        replied = null;
                    }
                    state = replied != null ? fate < 76 ? "REPLIED" : "CLEARED" : fate < 82 ? "REOPENED" : "ACCEPTED";
                    if (accepted.isAfter(now)) {
                        state = "RECEIVED";
                        accepted = null;
                        replyBy = null;
                    }
                }
                petition.row(uuid(random), cm.code, person(random), "反映" + TEXTS[random.nextInt(TEXTS.length)] + "的问题",
                        channels[random.nextInt(channels.length)], "区信访局", time(received), 15,
                        WorkingTime.dateOf(acceptBy.minusSeconds(1)), time(acceptBy), state, time(accepted),
                        replyBy == null ? null : 60, replyBy == null ? null : WorkingTime.dateOf(replyBy.minusSeconds(1)), time(replyBy),
                        replied == null ? null : "已调查核实并答复", time(replied), state.equals("REOPENED") ? 1 : 0, 3L);
            }
        }
        c.commit();
    }

    private void writeLegalAid(Connection c, Map<String, Long> rows, List<Community> communities, SplittableRandom random)
            throws SQLException {
        double[] cumulative = activity(communities);
        String[] categories = {"LABOUR_REMUNERATION", "INJURY_COMPENSATION"};
        int days = (int) ChronoUnit.DAYS.between(period.from(), period.until());
        try (Table application = new Table(c, rows, "legal_aid_application", "id", "community_code", "applicant_name", "matter", "category",
                "received_on", "decision_working_days", "decision_due_on", "decision_passes_at", "state", "decided_at", "decision_days",
                "version")) {
            for (int i = 0; i < size.legalAid(); i++) {
                Community cm = communities.get(pick(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]));
                LocalDate received = period.from().plusDays(random.nextInt(days));
                Instant decideBy = passesAt(WorkingTime.startOf(received), 7);
                Instant decided = null;
                if (random.nextInt(100) < 90) {
                    decided = random.nextDouble() < cm.onTime
                            ? WorkingTime.startOf(received).plusSeconds(random.nextLong(ChronoUnit.SECONDS.between(WorkingTime.startOf(received), decideBy)))
                            : decideBy.plusSeconds(86_400L + random.nextLong(10 * 86_400L));
                    if (decided.isAfter(now)) {
                        decided = null;
                    }
                }
                application.row(uuid(random), cm.code, person(random), "追索劳动报酬", categories[random.nextInt(categories.length)], received, 7,
                        WorkingTime.dateOf(decideBy.minusSeconds(1)), time(decideBy),
                        decided == null ? "RECEIVED" : random.nextInt(10) < 9 ? "GRANTED" : "REFUSED", time(decided),
                        decided == null ? null : (int) ChronoUnit.DAYS.between(received, WorkingTime.dateOf(decided)), 2L);
            }
        }
        c.commit();
    }

    /** Two campaigns of the city over the quarter, each targeting every community with three venue kinds. */
    private void writeCampaigns(Connection c, Map<String, Long> rows, List<Community> communities, SplittableRandom random)
            throws SQLException {
        String[][] kinds = {{"COMMUNITY", "FAMILY", "GRID"}, {"SCHOOL", "ENTERPRISE", "AGENCY"}};
        String[] themes = {"移风易俗进万家", "法治宣传进基层"};
        int days = (int) ChronoUnit.DAYS.between(period.from(), period.until());
        try (Table campaign = new Table(c, rows, "campaign", "id", "city_code", "theme", "organiser", "period_start", "period_end",
                "launched_at", "launched_by", "launched_role");
             Table target = new Table(c, rows, "campaign_target_area", "campaign_id", "area_code").after(campaign);
             Table kind = new Table(c, rows, "campaign_target_kind", "campaign_id", "venue_kind").after(campaign);
             Table activity = new Table(c, rows, "campaign_activity", "id", "campaign_id", "venue_kind", "place", "area_code", "target_area",
                     "held_on", "participants", "organiser", "evidence", "recorded_at", "recorded_by", "recorded_role").after(target, kind)) {
            for (int k = 0; k < kinds.length; k++) {
                UUID id = uuid(random);
                campaign.row(id, CITY.toString(), themes[k], "市委宣传部", period.from(), period.until().minusDays(1),
                        time(period.start().minus(3, ChronoUnit.DAYS)), "city-admin", "CITY_ADMIN");
                for (String venue : kinds[k]) {
                    kind.row(id, venue);
                }
                for (Community cm : communities) {
                    target.row(id, cm.code);
                }
                for (Community cm : communities) {
                    for (String venue : kinds[k]) {
                        if (random.nextDouble() >= cm.venues) {
                            continue;
                        }
                        for (int n = 1 + random.nextInt(2); n > 0; n--) {
                            LocalDate held = period.from().plusDays(random.nextInt(days));
                            if (WorkingTime.startOf(held).isAfter(now)) {
                                continue;
                            }
                            activity.row(uuid(random), id, venue, cm.name + "活动室", cm.code, cm.code, held, 10 + random.nextInt(90),
                                    cm.name, "活动照片及签到表", time(WorkingTime.startOf(held).plus(20, ChronoUnit.HOURS)), "staff-" + cm.code,
                                    "COMMUNITY_STAFF");
                        }
                    }
                }
            }
        }
        c.commit();
    }

    // ---- helpers ----

    private Instant passesAt(Instant from, int workingDays) {
        LocalDate day = WorkingTime.dateOf(from);
        return deadlines.computeIfAbsent(day.toEpochDay() * 64 + workingDays,
                k -> WorkingTime.startOf(calendar.addWorkingDays(day, workingDays).plusDays(1)));
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static double[] activity(List<Community> communities) {
        double[] cumulative = new double[communities.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += communities.get(i).activity * communities.get(i).grids;
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** The index whose cumulative weight first reaches {@code x}. */
    static int pick(double[] cumulative, double x) {
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static int weighted(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * {@code total} split into {@code parts} sizes of at least 1, each drawn around the mean (half to one and a half
     * times it), summing to {@code total}.
     */
    static int[] split(int total, int parts, SplittableRandom random) {
        if (parts > total) {
            throw new IllegalArgumentException(total + " cannot be split into " + parts + " non-empty parts");
        }
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        int[] sizes = new int[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            sizes[i] = Math.max(1, (int) Math.floor((total - parts) * weights[i] / sum) + 1);
            given += sizes[i];
        }
        for (int i = 0; given < total; i = (i + 1) % parts) {
            sizes[i]++;
            given++;
        }
        for (int i = parts - 1; given > total; i = (i + parts - 1) % parts) {
            if (sizes[i] > 1) {
                sizes[i]--;
                given--;
            }
        }
        return sizes;
    }

    /** exp(N(0, sigma)): a multiplicative spread with a long upper tail. */
    private static double lognormal(SplittableRandom random, double sigma) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    }

    /** A rate between {@code low} and {@code high}, more often near the high end, as most units do well. */
    private static double rate(SplittableRandom random, double low, double high) {
        double u = random.nextDouble();
        return high - (high - low) * u * u;
    }

    private static UUID uuid(SplittableRandom random) {
        return new UUID((random.nextLong() & 0xFFFF_FFFF_FFFF_0FFFL) | 0x4000L,
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    /** Version 7 as {@code TimeOrderedUuids} makes them, from the seeded random. */
    private static UUID timeOrdered(long unixMillis, SplittableRandom random) {
        return new UUID((unixMillis << 16) | 0x7000L | (random.nextLong() >>> 52),
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    private static String person(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
    }

    private static String mobile(SplittableRandom random) {
        return "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000));
    }

    /** An 18-digit resident ID number of the city, unique by serial, with its check digit (GB 11643). */
    static String idNumber(long serial) {
        // serial = high * 1000 + low: low gives the sequence and year, high the month, day and county digits.
        String body = CITY.prefix() + "%02d".formatted(1 + (int) (serial / 1000 / 336 % 99)) + "19" + "%02d".formatted(50 + (int) (serial % 50)) + "0101" + "%03d".formatted(serial % 1000);
        long high = serial / 1000;
        body = body.substring(0, 10) + "%02d".formatted(1 + (int) (high % 12)) + "%02d".formatted(1 + (int) (high / 12 % 28))
                + body.substring(14);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** One table's INSERT, sent in batches of {@value #BATCH} and committed every {@value #COMMIT_EVERY} rows. */
    static final class Table implements AutoCloseable {
        private final Connection connection;
        private final Map<String, Long> rows;
        private final String name;
        private final PreparedStatement insert;
        private final int columns;
        private final List<Table> parents = new ArrayList<>();
        private int pending;
        private long written;

        Table(Connection connection, Map<String, Long> rows, String name, String... columns) throws SQLException {
            this.connection = connection;
            this.rows = rows;
            this.name = name;
            this.columns = columns.length;
            this.insert = connection.prepareStatement("INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")");
        }

        /** Rows whose foreign keys name rows of {@code parent}: the parent's pending batch goes first. */
        Table after(Table... parent) {
            parents.addAll(List.of(parent));
            return this;
        }

        void row(Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException(name + " has " + columns + " columns here, got " + values.length + " values");
            }
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.addBatch();
            written++;
            if (++pending == BATCH) {
                flush();
            }
            if (written % COMMIT_EVERY == 0) {
                connection.commit();
            }
        }

        void flush() throws SQLException {
            for (Table parent : parents) {
                parent.flush();
            }
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                insert.close();
                rows.merge(name, written, Long::sum);
            }
        }
    }
}
