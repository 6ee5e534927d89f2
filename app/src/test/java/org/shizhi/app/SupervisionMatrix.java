package org.shizhi.app;

import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.SecurityMatrixTest.Call;
import org.shizhi.app.SecurityMatrixTest.Row;
import org.shizhi.domain.shared.Role;

/**
 * The security matrix's rows for the Supervision tag: notices listed, result versions compared, supervision tasks. For
 * each of the three places (锦江区 of the callers, 武侯区 outside it, 湛江's 赤坎区 in another city) the city's admin runs
 * the test scheme backlog-quarterly for 2025-Q4 (a count every street has, so every street is covered), drafts a notice criticising the worst street, publishes it and opens a task for
 * that street. A report is made by the street's own staff, so its allowed callers answer for the street
 * ({@link #reporterJurisdiction}); a verification needs a task reported first, made afresh for each call.
 */
final class SupervisionMatrix {

    private static final Set<Role> ASSESSMENT_READERS = EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR);
    /** The readers of notices, and a grid worker reading the notices that name them. */
    private static final Set<Role> NOTICE_READERS = EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR, Role.GRID_WORKER);
    private static final Set<Role> TASK_READERS = EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.COMMUNITY_STAFF,
            Role.DEPARTMENT);
    /** The readers of tasks, and a grid worker reading their own. */
    private static final Set<Role> TASK_READERS_AND_WORKER = EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR,
            Role.COMMUNITY_STAFF, Role.DEPARTMENT, Role.GRID_WORKER);
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER);
    private static final Set<Role> REPORTERS = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.DEPARTMENT, Role.GRID_WORKER);
    /** The operations a grid worker calls on their own task or notices (its call and token are their own). */
    private static final Set<String> WORKERS_OWN = Set.of("listAssessmentNotices", "getAssessmentNotice", "getSupervisionTask",
            "listSupervisionTasks", "reportRectification");
    private static final String REPORT = "{\"account\":\"矩阵：已整改\",\"evidence\":[{\"description\":\"整改照片\"}]}";

    /** A place's published notice, the street it criticises and a task opened for it. */
    record Place(String city, String district, String notice, String unit, String task) {
    }

    private static GridCalls api;
    /** 锦江区's grid worker criticised in the month's grid-worker notice, their grid member id; the notice; a task for them. */
    private static String worker;
    private static String workerNotice;
    private static String workerTask;
    private static Place here;
    private static Place outside;
    private static Place otherCity;

    private SupervisionMatrix() {
    }

    /** {@code member}: a grid worker on {@code grid} in 总府路社区, criticised (with every covered worker) in 2025-11. */
    static void setUp(GridCalls calls, String grid, String member) {
        api = calls;
        here = place("510100", "510104");
        outside = place("510100", "510107");
        otherCity = place("440800", "440802");
        worker = member;
        api.call(new Person("510100", grid.substring(0, 12), Role.COMMUNITY_STAFF), Request.of("POST", "/api/v1/grids/" + grid
                + "/members/" + member + "/trainings").body("{\"course\":\"矩阵督办培训\",\"attendedOn\":\"2025-11-13\",\"hours\":1}"),
                201, "record a training");
        Person admin = new Person("510100", "510100", Role.CITY_ADMIN);
        JsonObject run = api.call(admin, Request.of("POST", "/api/v1/assessment/schemes/grid-worker-monthly/runs")
                .body("{\"area\":\"510104\",\"period\":\"2025-11\"}"), 201, "run the grid workers' assessment");
        long covered = run.getJsonArray("units").getValuesAs(JsonObject.class).stream().filter(u -> u.getBoolean("sufficientCoverage"))
                .count();
        JsonObject draft = api.call(admin, Request.of("POST", "/api/v1/assessment/schemes/grid-worker-monthly/results/510104000000/2025-11"
                + "/notices").body("{\"bottom\":" + covered + ",\"top\":0}"), 201, "draft a notice criticising every covered worker");
        workerNotice = draft.getString("id");
        api.call(admin, Request.of("POST", "/api/v1/assessment/notices/" + workerNotice + "/publication"), 200, "publish it");
        workerTask = freshWorkerTask();
    }

    /** A fresh task of the criticised grid worker, opened by the city. */
    private static String freshWorkerTask() {
        return api.call(new Person("510100", "510100", Role.CITY_ADMIN), open(workerNotice, worker), 201, "open a worker's task")
                .getString("id");
    }

    /** The token of the criticised grid worker: an account whose grid_member claim names them, answering for 锦江区. */
    static Optional<String> workerToken(String operation, Role role) {
        return role == Role.GRID_WORKER && WORKERS_OWN.contains(operation)
                ? Optional.of(GridTokens.tokenOfMember("matrix-worker-account", worker, "510100", "510104", Role.GRID_WORKER))
                : Optional.empty();
    }

    /** What the criticised grid worker calls where the staff's call is not theirs: their own task, their own notices. */
    static Optional<Call> workerCall(String operation, Role role) {
        if (role != Role.GRID_WORKER) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (operation) {
            case "listAssessmentNotices" -> Call.of(() -> Request.of("GET", "/api/v1/assessment/notices").query("area", "510104")
                    .query("criticises", worker));
            case "getAssessmentNotice" -> Call.of(() -> Request.of("GET", "/api/v1/assessment/notices/" + workerNotice));
            case "getSupervisionTask" -> Call.of(() -> Request.of("GET", "/api/v1/assessment/supervision-tasks/" + workerTask));
            case "reportRectification" -> Call.of(() -> report(freshWorkerTask(), "\"1\""));
            default -> null;
        });
    }

    /** Who reports a task's rectification: the criticised street's own staff. */
    static String reporterJurisdiction() {
        return here.unit();
    }

    private static Place place(String city, String district) {
        Person admin = new Person(city, city, Role.CITY_ADMIN);
        api.call(admin, Request.of("POST", "/api/v1/assessment/schemes/backlog-quarterly/runs")
                .body("{\"area\":\"" + district + "\",\"period\":\"2025-Q4\"}"), 201, "run an assessment");
        JsonObject draft = api.call(admin, Request.of("POST", "/api/v1/assessment/schemes/backlog-quarterly/results/" + district
                + "000000/2025-Q4/notices").body("{\"bottom\":1,\"top\":0}"), 201, "draft a notice criticising the worst street");
        String notice = draft.getString("id");
        api.call(admin, Request.of("POST", "/api/v1/assessment/notices/" + notice + "/publication"), 200, "publish the notice");
        String unit = draft.getJsonArray("entries").getJsonObject(0).getJsonObject("unit").getString("key");
        String task = api.call(admin, open(notice, unit), 201, "open a supervision task").getString("id");
        return new Place(city, district, notice, unit, task);
    }

    private static Request open(String notice, String unit) {
        return Request.of("POST", "/api/v1/assessment/notices/" + notice + "/supervision-tasks")
                .body("{\"unit\":\"" + unit + "\",\"issue\":\"矩阵：限期整改\",\"workingDays\":10}");
    }

    /** A fresh task of 锦江区's criticised street, opened by the city. */
    private static String freshTask() {
        return api.call(new Person("510100", "510100", Role.CITY_ADMIN), open(here.notice(), here.unit()), 201, "open a task")
                .getString("id");
    }

    private static Request report(String task, String etag) {
        return Request.of("POST", "/api/v1/assessment/supervision-tasks/" + task + "/rectification").ifMatch(etag).body(REPORT);
    }

    private static Request verify(String task, String etag) {
        return Request.of("POST", "/api/v1/assessment/supervision-tasks/" + task + "/verification").ifMatch(etag)
                .body("{\"verdict\":\"ACCEPTED\"}");
    }

    private static final Map<String, Row> ROWS = rows();

    private static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("listAssessmentNotices", Row.of(NOTICE_READERS,
                Call.of(() -> Request.of("GET", "/api/v1/assessment/notices").query("area", "510104")),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/notices").query("area", "440802")),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/notices").query("area", "510107"))));
        rows.put("compareAssessmentResultVersions", Row.of(ASSESSMENT_READERS,
                Call.of(() -> Request.of("GET", "/api/v1/assessment/schemes/backlog-quarterly/results/510104000000/2025-Q4/differences")
                        .query("from", "1")),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/schemes/backlog-quarterly/results/440802000000/2025-Q4/differences")
                        .query("from", "1")),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/schemes/backlog-quarterly/results/510107000000/2025-Q4/differences")
                        .query("from", "1"))));
        rows.put("openSupervisionTask", Row.of(SUPERVISORS,
                Call.of(() -> open(here.notice(), here.unit())),
                Call.of(() -> open(otherCity.notice(), otherCity.unit())),
                Call.of(() -> open(outside.notice(), outside.unit()))));
        rows.put("getSupervisionTask", Row.of(TASK_READERS_AND_WORKER,
                Call.of(() -> Request.of("GET", "/api/v1/assessment/supervision-tasks/" + here.task())),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/supervision-tasks/" + otherCity.task())),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/supervision-tasks/" + outside.task()))));
        rows.put("listSupervisionTasks", Row.of(TASK_READERS_AND_WORKER,
                Call.of(() -> Request.of("GET", "/api/v1/assessment/supervision-tasks").query("area", "510104")),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/supervision-tasks").query("area", "440802")),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/supervision-tasks").query("area", "510107"))));
        rows.put("listOverdueSupervisionTasks", Row.of(TASK_READERS,
                Call.of(() -> Request.of("GET", "/api/v1/assessment/overdue-supervision-tasks").query("area", "510104")),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/overdue-supervision-tasks").query("area", "440802")),
                Call.of(() -> Request.of("GET", "/api/v1/assessment/overdue-supervision-tasks").query("area", "510107"))));
        rows.put("reportRectification", Row.of(REPORTERS,
                Call.of(() -> report(freshTask(), "\"1\"")),
                Call.of(() -> report(otherCity.task(), "\"1\"")),
                Call.of(() -> report(outside.task(), "\"1\""))));
        rows.put("verifyRectification", Row.of(SUPERVISORS,
                Call.of(() -> {
                    String task = freshTask();
                    String etag = api.step(new Person("510100", here.unit(), Role.COMMUNITY_STAFF), report(task, "\"1\""), 200,
                            "report the rectification").etag();
                    return verify(task, etag);
                }),
                Call.of(() -> verify(otherCity.task(), "\"1\"")),
                Call.of(() -> verify(outside.task(), "\"1\""))));
        return rows;
    }

    static Map.Entry<String, Row> entry(String operation) {
        Row row = ROWS.get(operation);
        if (row == null) {
            throw new IllegalArgumentException("no supervision row for " + operation);
        }
        return Map.entry(operation, row);
    }
}
