package org.shizhi.app;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;
import org.yaml.snakeyaml.Yaml;

/**
 * Every operation of the contract, called five ways: without a token (401), with a role it does not allow
 * (403), for another city's resource (404), outside the caller's jurisdiction (404), and as it should be
 * (2xx). The operations come from the served contract itself, so a new endpoint without a row here fails.
 *
 * <p>A call is made afresh each time it is sent: a change (an event's transition, a member taken off a grid) gets a
 * resource of its own in the state it needs, so that every allowed role's call can succeed. The places are 锦江区's
 * 总府路社区 (the callers' jurisdiction is 锦江区), 武侯区's 洗面桥社区 (Chengdu, outside it) and 湛江's 金沙湾社区 (another
 * city), each with a grid, a member, a dwelling, a resident, an event and a summons made through the API.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:security-matrix;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
// Dispute deadlines short enough for the bundled holiday data (to 2026) whatever today is.
@AddConfig(key = "shizhi.dispute.conclusion-days", value = "5")
@AddConfig(key = "shizhi.dispute.follow-up-days", value = "5")
// A scheme every street has a value for (a petition backlog of 0 without any petition): its notices have units to name.
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.name", value = "信访积案季度考核")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.units", value = "STREET")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.cadence", value = "QUARTERLY")
@AddConfig(key = "shizhi.assessment.scheme.backlog-quarterly.item.petition-backlog", value = "100, 5, 0")
class SecurityMatrixTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    /** A call of one operation, made afresh each time it is sent. */
    record Call(Supplier<Request> request) {
        static Call get(String path) {
            return new Call(() -> Request.of("GET", path));
        }

        static Call of(Supplier<Request> request) {
            return new Call(request);
        }

        /** This GET with the id known only once the run has set up its records. */
        Call withId(Supplier<String> id) {
            Supplier<Request> template = request;
            return new Call(() -> {
                Request r = template.get();
                return Request.of(r.method(), r.path().formatted(id.get()));
            });
        }
    }

    /**
     * One row of the matrix: who may call, and the calls for each case. {@code otherCity} and
     * {@code outsideJurisdiction} are empty for operations without a resource of a place (a create of areas, a listing
     * of the platform's plugins), where those cases do not arise.
     */
    record Row(Set<Role> allowed, Call allowedCall, Optional<Call> otherCity, Optional<Call> outsideJurisdiction) {
        static Row of(Set<Role> allowed, Call allowedCall, Call otherCity, Call outsideJurisdiction) {
            return new Row(allowed, allowedCall, Optional.of(otherCity), Optional.of(outsideJurisdiction));
        }
    }

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    /** Who reads a grid worker's training records: the worker (their own, so the matrix's token names the member) and the staff. */
    private static final Set<Role> TRAINING_READERS = EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER,
            Role.CITY_ADMIN, Role.AUDITOR, Role.INTEGRATOR);
    /** Who searches and reads the case archive, and who exports from it. */
    private static final Set<Role> ARCHIVE_READERS = EnumSet.of(Role.AUDITOR, Role.CITY_ADMIN, Role.STREET_OFFICER, Role.MEDIATOR,
            Role.COMMUNITY_STAFF);
    private static final Set<Role> EXPORTERS = EnumSet.of(Role.AUDITOR, Role.CITY_ADMIN);
    private static final String CASE_HERE = org.shizhi.domain.archive.model.CaseId.ofImported(
            org.shizhi.domain.shared.AreaCode.of("510100"), "MATRIX-HERE").value();
    private static final String CASE_OUTSIDE = org.shizhi.domain.archive.model.CaseId.ofImported(
            org.shizhi.domain.shared.AreaCode.of("510100"), "MATRIX-OUTSIDE").value();
    private static final String CASE_OTHER_CITY = org.shizhi.domain.archive.model.CaseId.ofImported(
            org.shizhi.domain.shared.AreaCode.of("440800"), "MATRIX-OTHER-CITY").value();
    /** Who keeps the registers (KeepRegistersUseCase) and who reads their lists (RegisterQuery). */
    private static final Set<Role> KEEPERS = EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.CITY_ADMIN, Role.INTEGRATOR);
    private static final Set<Role> READERS = EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER,
            Role.CITY_ADMIN, Role.AUDITOR);

    /** Who reads petitions. */
    private static final Set<Role> PETITION_READERS = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.DEPARTMENT,
            Role.CITY_ADMIN, Role.AUDITOR, Role.INTEGRATOR);

    private static final String ASSIGNMENT = "{\"centre\":\"matrix-legal-aid\",\"lawyer\":\"matrix-lawyer\"}";
    private static final String CLOSURE = "{\"result\":\"矩阵：结案\",\"satisfaction\":\"SATISFIED\"}";
    private static final String AMENDMENT = "{\"act\":\"矩阵修正决定\",\"on\":\"2025-06-01\",\"text\":\"第一条 矩阵（修正）\"}";
    private static final String REPEAL = "{\"act\":\"矩阵废止决定\",\"on\":\"2025-06-01\"}";
    /** Regulation keepers answer for the whole city. */
    private static final Set<String> CITY_WIDE = Set.of("registerRegulation", "amendRegulation", "repealRegulation");
    private static String complaintHere;
    private static String complaintOutside;
    private static String complaintOtherCity;
    private static String regulationHere;
    private static String regulationOtherCity;

    /** A place with a grid and what hangs off it, made through the API. */
    record Place(String grid, String member, String dwelling, String resident, String organisation, String event,
            String summonsEvent, String summons) {
    }

    /** The API for setting up, and the places; made once per run. */
    private static GridCalls api;
    private static Place here;
    private static Place outside;
    private static Place otherCity;

    // Who sets up fresh resources in the callers' own jurisdiction (锦江区, 总府路社区).
    private static final String ZONGFU = "510104022001";
    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);
    private static final Person STAFF = new Person("510100", ZONGFU, Role.COMMUNITY_STAFF);
    private static final Person WORKER = new Person("510100", ZONGFU, Role.GRID_WORKER);
    private static final Person OFFICER = new Person("510100", "510104022000", Role.STREET_OFFICER);

    private static final Person MEDIATOR = new Person("510100", "510104", Role.MEDIATOR);
    private static final String SESSION = "{\"heldOn\":\"2025-09-26\",\"mediators\":[\"test-mediator\"],\"notes\":\"调解\"}";
    private static String disputeHere;
    private static String disputeOutside;
    private static String disputeOtherCity;
    private static final java.time.LocalDate VISIT_DAY = java.time.LocalDate.of(2026, 11, 17);
    private static String visitTaskHere;
    private static String visitTaskOutside;
    private static String visitTaskOtherCity;
    /** Who keeps the party's records (OrganisePartyUseCase, KeepMembersUseCase). */
    private static final Set<Role> PARTY_KEEPERS = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.INTEGRATOR);
    private static final String CHECK_IN = "{\"communityCode\":\"" + ZONGFU + "\",\"checkedInOn\":\"2026-03-01\",\"pledgedService\":\"周末巡逻\"}";
    private static final String SERVICE = "{\"communityCode\":\"" + ZONGFU + "\",\"activity\":\"助老送餐\",\"servedOn\":\"2026-03-08\","
            + "\"hours\":2.5,\"beneficiaries\":6}";
    /** Each place's community committee and an employed member of it: {organisation id, member id}. */
    private static final String[] partyHere = new String[2];
    private static final String[] partyOutside = new String[2];
    private static final String[] partyOtherCity = new String[2];

    private static String petitionHere;
    private static String petitionOutside;
    private static String petitionOtherCity;
    private static String legalAidHere;
    private static String legalAidOutside;
    private static String legalAidOtherCity;

    private static final Map<String, Row> MATRIX = withConsultation(Map.ofEntries(
            entry("getArea", Row.of(EVERY_ROLE,
                    Call.get("/api/v1/areas/510104000000"),
                    Call.get("/api/v1/areas/440800000000"),
                    Call.get("/api/v1/areas/510107000000"))),
            entry("listAreaChildren", Row.of(EVERY_ROLE,
                    Call.get("/api/v1/areas/510104000000/children"),
                    Call.get("/api/v1/areas/440811000000/children"),
                    Call.get("/api/v1/areas/510107000000/children"))),
            entry("registerAreas", new Row(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/areas")
                            .body("{\"areas\":[{\"code\":\"510104" + SERIAL.incrementAndGet() + "000\",\"name\":\"矩阵街道\"}]}")),
                    Optional.empty(), Optional.empty())),
            entry("listPlugins", new Row(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR, Role.AUDITOR),
                    Call.get("/api/v1/plugins"), Optional.empty(), Optional.empty())),
            // A city's own programme runs and templates: another city's answer 404; within the city there is no outside.
            entry("listProgrammeRuns", new Row(EnumSet.of(Role.CITY_ADMIN, Role.AUDITOR, Role.INTEGRATOR),
                    Call.get("/api/v1/areas/510100/programme-runs"), Optional.of(Call.get("/api/v1/areas/440800/programme-runs")),
                    Optional.empty())),
            entry("listCampaignTemplates", new Row(EVERY_ROLE,
                    Call.get("/api/v1/areas/510100/campaign-templates"), Optional.of(Call.get("/api/v1/areas/440800/campaign-templates")),
                    Optional.empty())),
            entry("getAssessment", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/assessment").query("period", "2026-11")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/assessment").query("period", "2026-11")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/assessment").query("period", "2026-11")))),
            // Assessment: schemes run over the units inside an area; another city's area and one outside 锦江区 are 404.
            entry("listAssessmentIndicators", new Row(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR),
                    Call.get("/api/v1/assessment/indicators"), Optional.empty(), Optional.empty())),
            entry("listAssessmentSchemes", new Row(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR),
                    Call.get("/api/v1/assessment/schemes"), Optional.empty(), Optional.empty())),
            entry("runAssessment", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER),
                    Call.of(() -> assessmentRun("510104")), Call.of(() -> assessmentRun("440802")),
                    Call.of(() -> assessmentRun("510107")))),
            entry("getAssessmentResult", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR),
                    Call.of(() -> {
                        api.step(ADMIN, assessmentRun("510104"), 201, "run an assessment");
                        return Request.of("GET", "/api/v1/assessment/schemes/street-quarterly/results/510104000000/2025-Q4");
                    }),
                    Call.get("/api/v1/assessment/schemes/street-quarterly/results/440802000000/2025-Q4"),
                    Call.get("/api/v1/assessment/schemes/street-quarterly/results/510107000000/2025-Q4"))),
            entry("getAssessmentResultVersion", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR),
                    Call.of(() -> {
                        int version = api.step(ADMIN, assessmentRun("510104"), 201, "run an assessment").body().getInt("version");
                        return Request.of("GET", "/api/v1/assessment/schemes/street-quarterly/results/510104000000/2025-Q4/versions/" + version);
                    }),
                    Call.get("/api/v1/assessment/schemes/street-quarterly/results/440802000000/2025-Q4/versions/1"),
                    Call.get("/api/v1/assessment/schemes/street-quarterly/results/510107000000/2025-Q4/versions/1"))),
            entry("exportAssessmentResult", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR),
                    Call.of(() -> {
                        api.step(ADMIN, assessmentRun("510104"), 201, "run an assessment");
                        return Request.of("GET", "/api/v1/assessment/schemes/street-quarterly/results/510104000000/2025-Q4/export")
                                .query("format", "xlsx");
                    }),
                    Call.get("/api/v1/assessment/schemes/street-quarterly/results/440802000000/2025-Q4/export"),
                    Call.get("/api/v1/assessment/schemes/street-quarterly/results/510107000000/2025-Q4/export"))),

            entry("draftAssessmentNotice", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER),
                    Call.of(() -> {
                        api.step(ADMIN, assessmentRun("backlog-quarterly", "510104"), 201, "run an assessment");
                        return noticeDraft("510104000000");
                    }),
                    Call.of(() -> noticeDraft("440802000000")), Call.of(() -> noticeDraft("510107000000")))),
            // A grid worker opens the published notice that names them (SupervisionMatrix.workerCall).
            entry("getAssessmentNotice", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR, Role.GRID_WORKER),
                    Call.of(() -> Request.of("GET", "/api/v1/assessment/notices/" + notice(ADMIN, "510104"))),
                    Call.of(() -> Request.of("GET", "/api/v1/assessment/notices/" + noticeOtherCity())),
                    Call.of(() -> Request.of("GET", "/api/v1/assessment/notices/" + noticeOutside())))),
            entry("publishAssessmentNotice", Row.of(EnumSet.of(Role.CITY_ADMIN),
                    Call.of(() -> Request.of("POST", "/api/v1/assessment/notices/" + notice(ADMIN, "510104") + "/publication")),
                    Call.of(() -> Request.of("POST", "/api/v1/assessment/notices/" + noticeOtherCity() + "/publication")),
                    Call.of(() -> Request.of("POST", "/api/v1/assessment/notices/" + noticeOutside() + "/publication")))),
            // Supervision (督查督办), notices listed, versions compared: rows and resources in SupervisionMatrix.
            SupervisionMatrix.entry("listAssessmentNotices"),
            SupervisionMatrix.entry("compareAssessmentResultVersions"),
            SupervisionMatrix.entry("openSupervisionTask"),
            SupervisionMatrix.entry("getSupervisionTask"),
            SupervisionMatrix.entry("listSupervisionTasks"),
            SupervisionMatrix.entry("listOverdueSupervisionTasks"),
            SupervisionMatrix.entry("reportRectification"),
            SupervisionMatrix.entry("verifyRectification"),

            // Grids
            entry("listCommunityGrids", Row.of(EVERY_ROLE,
                    Call.get("/api/v1/areas/" + ZONGFU + "/grids"),
                    Call.get("/api/v1/areas/440802005002/grids"),
                    Call.get("/api/v1/areas/510107001001/grids"))),
            entry("listGridsLackingResponsibleWorker", Row.of(EVERY_ROLE,
                    Call.get("/api/v1/areas/510104/grids-lacking-responsible-worker"),
                    Call.get("/api/v1/areas/440802/grids-lacking-responsible-worker"),
                    Call.get("/api/v1/areas/510107/grids-lacking-responsible-worker"))),
            entry("createGrid", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/grids").body(GridCalls.newGrid(ZONGFU, "GENERAL", "矩阵网格", null))),
                    Call.of(() -> Request.of("POST", "/api/v1/grids").body(GridCalls.newGrid("440802005002", "GENERAL", "矩阵网格", null))),
                    Call.of(() -> Request.of("POST", "/api/v1/grids").body(GridCalls.newGrid("510107001001", "GENERAL", "矩阵网格", null))))),
            entry("getGrid", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + here.grid())),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + otherCity.grid())),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + outside.grid())))),
            entry("redrawGridBoundary", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> boundary("PUT", here.grid(), api.gridETag(ADMIN, here.grid()))),
                    Call.of(() -> boundary("PUT", otherCity.grid(), "\"1\"")),
                    Call.of(() -> boundary("PUT", outside.grid(), "\"1\"")))),
            entry("removeGridBoundary", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> boundary("DELETE", here.grid(), api.gridETag(ADMIN, here.grid()))),
                    Call.of(() -> boundary("DELETE", otherCity.grid(), "\"1\"")),
                    Call.of(() -> boundary("DELETE", outside.grid(), "\"1\"")))),
            entry("assignGridMember", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.COMMUNITY_STAFF),
                    Call.of(() -> member(here.grid(), api.gridETag(ADMIN, here.grid()))),
                    Call.of(() -> member(otherCity.grid(), "\"1\"")),
                    Call.of(() -> member(outside.grid(), "\"1\"")))),
            entry("getGridMember", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + here.grid() + "/members/" + here.member())),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + otherCity.grid() + "/members/" + otherCity.member())),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + outside.grid() + "/members/" + outside.member())))),
            entry("recordGridWorkerTraining", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> training(here)), Call.of(() -> training(otherCity)), Call.of(() -> training(outside)))),
            entry("listGridWorkerTrainings", Row.of(TRAINING_READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + here.grid() + "/members/" + here.member() + "/trainings")),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + otherCity.grid() + "/members/" + otherCity.member() + "/trainings")),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + outside.grid() + "/members/" + outside.member() + "/trainings")))),
            entry("getGridWorkerTraining", Row.of(TRAINING_READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/trainings/" + recordedTraining(here))),
                    Call.of(() -> Request.of("GET", "/api/v1/trainings/" + recordedTraining(otherCity))),
                    Call.of(() -> Request.of("GET", "/api/v1/trainings/" + recordedTraining(outside))))),
            entry("releaseGridMember", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.COMMUNITY_STAFF),
                    Call.of(() -> {
                        var assigned = api.assignMember(STAFF, here.grid());
                        return Request.of("DELETE", "/api/v1/grids/" + here.grid() + "/members/"
                                + assigned.body().getString("memberId")).ifMatch(assigned.etag());
                    }),
                    Call.of(() -> Request.of("DELETE", "/api/v1/grids/" + otherCity.grid() + "/members/" + otherCity.member()).ifMatch("\"2\"")),
                    Call.of(() -> Request.of("DELETE", "/api/v1/grids/" + outside.grid() + "/members/" + outside.member()).ifMatch("\"2\"")))),

            // Registers
            entry("getRegisterCounts", Row.of(EVERY_ROLE,
                    Call.get("/api/v1/areas/510104/register-counts"),
                    Call.get("/api/v1/areas/440802/register-counts"),
                    Call.get("/api/v1/areas/510107/register-counts"))),
            entry("registerDwelling", Row.of(KEEPERS,
                    Call.of(() -> dwelling(here.grid())),
                    Call.of(() -> dwelling(otherCity.grid())),
                    Call.of(() -> dwelling(outside.grid())))),
            entry("listGridDwellings", Row.of(READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + here.grid() + "/dwellings")),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + otherCity.grid() + "/dwellings")),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + outside.grid() + "/dwellings")))),
            entry("getDwelling", Row.of(READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/dwellings/" + here.dwelling())),
                    Call.of(() -> Request.of("GET", "/api/v1/dwellings/" + otherCity.dwelling())),
                    Call.of(() -> Request.of("GET", "/api/v1/dwellings/" + outside.dwelling())))),
            entry("changeDwellingHouseholds", Row.of(KEEPERS,
                    Call.of(() -> households(api.registerDwelling(WORKER, here.grid()))),
                    Call.of(() -> households(otherCity.dwelling())),
                    Call.of(() -> households(outside.dwelling())))),
            entry("registerResident", Row.of(KEEPERS,
                    Call.of(() -> resident(here.dwelling())),
                    Call.of(() -> resident(otherCity.dwelling())),
                    Call.of(() -> resident(outside.dwelling())))),
            entry("listGridResidents", Row.of(READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + here.grid() + "/residents")),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + otherCity.grid() + "/residents")),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + outside.grid() + "/residents")))),
            entry("getResident", Row.of(READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/residents/" + here.resident())),
                    Call.of(() -> Request.of("GET", "/api/v1/residents/" + otherCity.resident())),
                    Call.of(() -> Request.of("GET", "/api/v1/residents/" + outside.resident())))),
            entry("removeResident", Row.of(KEEPERS,
                    Call.of(() -> removal(api.registerResident(WORKER, here.dwelling()))),
                    Call.of(() -> removal(otherCity.resident())),
                    Call.of(() -> removal(outside.resident())))),
            entry("registerOrganisation", Row.of(KEEPERS,
                    Call.of(() -> organisation(here.grid())),
                    Call.of(() -> organisation(otherCity.grid())),
                    Call.of(() -> organisation(outside.grid())))),
            entry("listGridOrganisations", Row.of(READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + here.grid() + "/organisations")),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + otherCity.grid() + "/organisations")),
                    Call.of(() -> Request.of("GET", "/api/v1/grids/" + outside.grid() + "/organisations")))),
            entry("getOrganisation", Row.of(READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/organisations/" + here.organisation())),
                    Call.of(() -> Request.of("GET", "/api/v1/organisations/" + otherCity.organisation())),
                    Call.of(() -> Request.of("GET", "/api/v1/organisations/" + outside.organisation())))),

            // Events
            entry("reportEvent", Row.of(EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/events").body(GridCalls.newEvent(here.grid(), "矩阵：路灯损坏"))),
                    Call.of(() -> Request.of("POST", "/api/v1/events").body(GridCalls.newEvent(otherCity.grid(), "矩阵：路灯损坏"))),
                    Call.of(() -> Request.of("POST", "/api/v1/events").body(GridCalls.newEvent(outside.grid(), "矩阵：路灯损坏"))))),
            entry("receiveHotlineWorkOrder", Row.of(EnumSet.of(Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/hotline/work-orders").body(GridCalls.hotlineOrder(here.grid()))),
                    Call.of(() -> Request.of("POST", "/api/v1/hotline/work-orders").body(GridCalls.hotlineOrder(otherCity.grid()))),
                    Call.of(() -> Request.of("POST", "/api/v1/hotline/work-orders").body(GridCalls.hotlineOrder(outside.grid()))))),
            entry("listEvents", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/events").query("area", "510104").query("limit", "5")),
                    Call.of(() -> Request.of("GET", "/api/v1/events").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/events").query("area", "510107")))),
            entry("listOverdueEvents", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/overdue-events").query("area", "510104")),
                    Call.of(() -> Request.of("GET", "/api/v1/overdue-events").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/overdue-events").query("area", "510107")))),
            entry("getEvent", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + here.event())),
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + otherCity.event())),
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + outside.event())))),
            entry("getEventTimeline", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + here.event() + "/timeline")),
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + otherCity.event() + "/timeline")),
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + outside.event() + "/timeline")))),
            transition("acceptEvent", "accept", EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER), null,
                    () -> new Fresh(api.report(WORKER, here.grid(), "矩阵：井盖缺失"), "\"1\"")),
            transition("rejectEvent", "reject", EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER), "{\"reason\":\"不属于网格事项\"}",
                    () -> new Fresh(api.report(WORKER, here.grid(), "矩阵：井盖缺失"), "\"1\"")),
            transition("callEvent", "call", EnumSet.of(Role.STREET_OFFICER, Role.COMMUNITY_STAFF), null,
                    () -> accepted(api.report(WORKER, here.grid(), "矩阵：井盖缺失"))),
            transition("dispatchEvent", "dispatch", EnumSet.of(Role.STREET_OFFICER),
                    "{\"departments\":[\"" + GridTokens.DEPARTMENT + "\"]}",
                    () -> called(api.report(WORKER, here.grid(), "矩阵：井盖缺失"))),
            transition("startEventHandling", "start", EnumSet.of(Role.DEPARTMENT), "{\"department\":\"" + GridTokens.DEPARTMENT + "\"}",
                    () -> {
                        Fresh called = called(api.report(WORKER, here.grid(), "矩阵：井盖缺失"));
                        return new Fresh(called.event(), api.transition(OFFICER, called.event(), "dispatch", called.etag(),
                                "{\"departments\":[\"" + GridTokens.DEPARTMENT + "\"]}"));
                    }),
            transition("resolveEvent", "resolve", EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.DEPARTMENT),
                    "{\"resolution\":\"已处理\"}", () -> accepted(api.report(WORKER, here.grid(), "矩阵：井盖缺失"))),
            transition("recordEventVerdict", "verdict", EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.INTEGRATOR),
                    "{\"satisfaction\":4}", () -> {
                        Fresh accepted = accepted(api.report(WORKER, here.grid(), "矩阵：井盖缺失"));
                        return new Fresh(accepted.event(), api.transition(WORKER, accepted.event(), "resolve", accepted.etag(),
                                "{\"resolution\":\"已处理\"}"));
                    }),
            entry("mergeEvent", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER),
                    Call.of(() -> {
                        String original = api.report(WORKER, here.grid(), "矩阵：井盖缺失");
                        String duplicate = api.report(WORKER, here.grid(), "矩阵：井盖缺失了");
                        return Request.of("POST", "/api/v1/events/" + duplicate + "/merge").ifMatch("\"1\"")
                                .body("{\"original\":\"" + original + "\"}");
                    }),
                    Call.of(() -> Request.of("POST", "/api/v1/events/" + otherCity.event() + "/merge").ifMatch("\"1\"")
                            .body("{\"original\":\"" + here.event() + "\"}")),
                    Call.of(() -> Request.of("POST", "/api/v1/events/" + outside.event() + "/merge").ifMatch("\"1\"")
                            .body("{\"original\":\"" + here.event() + "\"}")))),
            entry("summonDepartments", Row.of(EnumSet.of(Role.STREET_OFFICER),
                    Call.of(() -> summons(called(api.report(WORKER, here.grid(), "矩阵：井盖缺失")))),
                    Call.of(() -> summons(new Fresh(otherCity.summonsEvent(), "\"4\""))),
                    Call.of(() -> summons(new Fresh(outside.summonsEvent(), "\"4\""))))),
            entry("getSummons", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + here.summonsEvent() + "/summonses/" + here.summons())),
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + otherCity.summonsEvent() + "/summonses/" + otherCity.summons())),
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + outside.summonsEvent() + "/summonses/" + outside.summons())))),
            entry("reportToSummons", Row.of(EnumSet.of(Role.DEPARTMENT),
                    Call.of(() -> {
                        Fresh called = called(api.report(WORKER, here.grid(), "矩阵：井盖缺失"));
                        var summoned = api.summon(OFFICER, called.event(), called.etag());
                        return summonsReport(called.event(), GridCalls.summonsId(summoned), summoned.etag());
                    }),
                    Call.of(() -> summonsReport(otherCity.summonsEvent(), otherCity.summons(), "\"4\"")),
                    Call.of(() -> summonsReport(outside.summonsEvent(), outside.summons(), "\"4\"")))),

            // Disputes
            entry("registerMediationCentre", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> centre(ZONGFU)), Call.of(() -> centre("440802005002")), Call.of(() -> centre("510107001001")))),
            entry("listMediationCentres", Row.of(EVERY_ROLE,
                    Call.get("/api/v1/areas/510104/mediation-centres"),
                    Call.get("/api/v1/areas/440802/mediation-centres"),
                    Call.get("/api/v1/areas/510107/mediation-centres"))),
            entry("openDispute", Row.of(EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.MEDIATOR,
                            Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/disputes").body(newDispute(ZONGFU, "LOW"))),
                    Call.of(() -> Request.of("POST", "/api/v1/disputes").body(newDispute("440802005002", "LOW"))),
                    Call.of(() -> Request.of("POST", "/api/v1/disputes").body(newDispute("510107001001", "LOW"))))),
            entry("listDisputes", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/disputes").query("area", "510104").query("limit", "5")),
                    Call.of(() -> Request.of("GET", "/api/v1/disputes").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/disputes").query("area", "510107")))),
            entry("listOverdueDisputes", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/overdue-disputes").query("area", "510104")),
                    Call.of(() -> Request.of("GET", "/api/v1/overdue-disputes").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/overdue-disputes").query("area", "510107")))),
            entry("getDispute", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/disputes/" + disputeHere)),
                    Call.of(() -> Request.of("GET", "/api/v1/disputes/" + disputeOtherCity)),
                    Call.of(() -> Request.of("GET", "/api/v1/disputes/" + disputeOutside)))),
            entry("getDisputeTimeline", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/disputes/" + disputeHere + "/timeline")),
                    Call.of(() -> Request.of("GET", "/api/v1/disputes/" + disputeOtherCity + "/timeline")),
                    Call.of(() -> Request.of("GET", "/api/v1/disputes/" + disputeOutside + "/timeline")))),
            entry("getEventDispute", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + here.event() + "/dispute")),
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + otherCity.event() + "/dispute")),
                    Call.of(() -> Request.of("GET", "/api/v1/events/" + outside.event() + "/dispute")))),
            entry("listDisputeTypes", new Row(EVERY_ROLE, Call.get("/api/v1/dispute-types"), Optional.empty(), Optional.empty())),
            // Party
            entry("foundPartyOrganisation", Row.of(PARTY_KEEPERS,
                    Call.of(() -> Request.of("POST", "/api/v1/party-organisations").body(newPartyOrganisation(ZONGFU))),
                    Call.of(() -> Request.of("POST", "/api/v1/party-organisations").body(newPartyOrganisation("440802005002"))),
                    Call.of(() -> Request.of("POST", "/api/v1/party-organisations").body(newPartyOrganisation("510107001001"))))),
            entry("listPartyOrganisations", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/party-organisations").query("area", "510104")),
                    Call.of(() -> Request.of("GET", "/api/v1/party-organisations").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/party-organisations").query("area", "510107")))),
            entry("getPartyOrganisation", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/party-organisations/" + partyHere[0])),
                    Call.of(() -> Request.of("GET", "/api/v1/party-organisations/" + partyOtherCity[0])),
                    Call.of(() -> Request.of("GET", "/api/v1/party-organisations/" + partyOutside[0])))),
            entry("enrolPartyMember", Row.of(PARTY_KEEPERS,
                    Call.of(() -> Request.of("POST", "/api/v1/party-organisations/" + partyHere[0] + "/members").body(newPartyMember())),
                    Call.of(() -> Request.of("POST", "/api/v1/party-organisations/" + partyOtherCity[0] + "/members").body(newPartyMember())),
                    Call.of(() -> Request.of("POST", "/api/v1/party-organisations/" + partyOutside[0] + "/members").body(newPartyMember())))),
            entry("getPartyMember", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/party-members/" + partyHere[1])),
                    Call.of(() -> Request.of("GET", "/api/v1/party-members/" + partyOtherCity[1])),
                    Call.of(() -> Request.of("GET", "/api/v1/party-members/" + partyOutside[1])))),
            entry("checkInPartyMember", Row.of(PARTY_KEEPERS,
                    Call.of(() -> Request.of("PUT", "/api/v1/party-members/" + partyHere[1] + "/check-in").body(CHECK_IN)),
                    Call.of(() -> Request.of("PUT", "/api/v1/party-members/" + partyOtherCity[1] + "/check-in").body(CHECK_IN)),
                    Call.of(() -> Request.of("PUT", "/api/v1/party-members/" + partyOutside[1] + "/check-in").body(CHECK_IN)))),
            entry("recordPartyService", Row.of(PARTY_KEEPERS,
                    Call.of(() -> Request.of("POST", "/api/v1/party-members/" + partyHere[1] + "/services").body(SERVICE)),
                    Call.of(() -> Request.of("POST", "/api/v1/party-members/" + partyOtherCity[1] + "/services").body(SERVICE)),
                    Call.of(() -> Request.of("POST", "/api/v1/party-members/" + partyOutside[1] + "/services").body(SERVICE)))),
            partyReport("getPartyCoverage", "party-coverage", Map.of()),
            partyReport("listPartyUncoveredPlaces", "party-uncovered-places", Map.of()),
            partyReport("getPartyCheckInRate", "party-check-in-rate", Map.of()),
            partyReport("listPartyMemberHours", "party-member-hours", Map.of("from", "2026-01-01", "to", "2026-12-31")),
            partyReport("listPartyCommunityHours", "party-community-hours", Map.of("from", "2026-01-01", "to", "2026-12-31")),
            partyReport("listIdlePartyMembers", "idle-party-members", Map.of("months", "3")),
            partyReport("listOpenPartyPledges", "open-party-pledges", Map.of()),
            partyReport("listEstatesWithoutRedProperty", "estates-without-red-property", Map.of()),
            partyReport("getPartyFigures", "party-figures", Map.of("from", "2026-01-01", "to", "2026-12-31")),
            // The party's estates, companies, alliances, councils, model posts and lists: rows and resources in PartyMatrix.
            PartyMatrix.entry("bindPartyOrganisation"),
            PartyMatrix.entry("listPartyMembers"),
            PartyMatrix.entry("appointPartyModelPost"),
            PartyMatrix.entry("listPartyModelPosts"),
            PartyMatrix.entry("listPartyServices"),
            PartyMatrix.entry("registerEstate"),
            PartyMatrix.entry("listEstates"),
            PartyMatrix.entry("getEstate"),
            PartyMatrix.entry("registerPropertyCompany"),
            PartyMatrix.entry("getPropertyCompany"),
            PartyMatrix.entry("linkPropertyCompany"),
            PartyMatrix.entry("formPartyAlliance"),
            PartyMatrix.entry("listPartyAlliances"),
            PartyMatrix.entry("getPartyAlliance"),
            PartyMatrix.entry("admitAllianceMember"),
            PartyMatrix.entry("pledgeToAlliance"),
            PartyMatrix.entry("listAlliancePledges"),
            PartyMatrix.entry("recordAllianceActivity"),
            PartyMatrix.entry("listAllianceActivities"),
            PartyMatrix.entry("formPartyCouncil"),
            PartyMatrix.entry("getPartyCouncil"),
            PartyMatrix.entry("listPartyCouncils"),
            PartyMatrix.entry("recordPartyCouncilMeeting"),
            PartyMatrix.entry("listPartyCouncilMeetings"),
            PartyMatrix.entry("listPartyInstructors"),
            entry("getDisputeFigures", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/dispute-figures").query("from", "2025-01-01").query("to", "2025-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/dispute-figures").query("from", "2025-01-01").query("to", "2025-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/dispute-figures").query("from", "2025-01-01").query("to", "2025-12-31")))),
            entry("getDisputeBreakdown", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/dispute-breakdown").query("from", "2025-01-01").query("to", "2025-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/dispute-breakdown").query("from", "2025-01-01").query("to", "2025-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/dispute-breakdown").query("from", "2025-01-01").query("to", "2025-12-31")))),
            mediation("acceptDispute", "accept", null, () -> openedDispute("LOW")),
            mediation("escalateDispute", "escalate", "{\"reason\":\"社区调解不成\"}", () -> openedDispute("LOW")),
            mediation("changeDisputeChannel", "channel", "{\"channel\":\"JUDICIAL\",\"reason\":\"法院诉前委派\"}", () -> openedDispute("LOW")),
            mediation("holdDisputeSession", "sessions", null, () -> acceptedDispute("LOW")),
            mediation("conveneConsultation", "consultation", "{\"bodies\":[\"GRID_WORKER\"]}", () -> acceptedDispute("HIGH")),
            mediation("recordConsultationOpinion", "consultation/opinions", "{\"body\":\"PEOPLES_COURT\",\"opinion\":\"同意\"}",
                    () -> disputeStep(acceptedDispute("HIGH"), "consultation", "{}")),
            mediation("concludeConsultation", "consultation/conclusion", "{\"conclusion\":\"一致同意\"}", () -> {
                Fresh f = disputeStep(acceptedDispute("HIGH"), "consultation", "{}");
                for (String body : List.of("PEOPLES_COURT", "POLICE_STATION", "JUDICIAL_OFFICE")) {
                    f = disputeStep(f, "consultation/opinions", "{\"body\":\"" + body + "\",\"opinion\":\"同意\"}");
                }
                return f;
            }),
            mediation("concludeDispute", "outcome", "{\"kind\":\"WITHDRAWAL\",\"reason\":\"和解\"}", () -> acceptedDispute("LOW")),
            mediation("recordJudicialConfirmation", "judicial-confirmation", "{\"status\":\"REQUESTED\"}", () -> agreedDispute()),
            mediation("closeDispute", "close", null, () -> disputeStep(acceptedDispute("LOW"), "outcome",
                    "{\"kind\":\"WITHDRAWAL\",\"reason\":\"和解\"}")),
            entry("recordDisputeFollowUp", Row.of(EnumSet.of(Role.MEDIATOR, Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER),
                    Call.of(() -> {
                        Fresh f = agreedDispute();
                        return disputeMove(f.event(), "follow-up", f.etag(), "{\"result\":\"HOLDING\"}");
                    }),
                    Call.of(() -> disputeMove(disputeOtherCity, "follow-up", "\"1\"", "{\"result\":\"HOLDING\"}")),
                    Call.of(() -> disputeMove(disputeOutside, "follow-up", "\"1\"", "{\"result\":\"HOLDING\"}")))),

            // Programmes: visit tasks planned straight into storage (Chengdu runs no programme); a finding is recorded
            // by the task's cadre, whose token names their member id.
            entry("listVisitTasks", Row.of(EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN,
                            Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/visit-tasks").query("day", VISIT_DAY.toString())),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/visit-tasks").query("day", VISIT_DAY.toString())),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/visit-tasks").query("day", VISIT_DAY.toString())))),
            entry("getVisitTask", Row.of(EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN,
                            Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/visit-tasks/" + visitTaskHere)),
                    Call.of(() -> Request.of("GET", "/api/v1/visit-tasks/" + visitTaskOtherCity)),
                    Call.of(() -> Request.of("GET", "/api/v1/visit-tasks/" + visitTaskOutside)))),
            entry("recordVisitFinding", Row.of(EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.INTEGRATOR),
                    Call.of(() -> finding(visitTaskHere)),
                    Call.of(() -> finding(visitTaskOtherCity)),
                    Call.of(() -> finding(visitTaskOutside)))),

            // Digests
            // Archive and audit
            entry("searchCases", Row.of(ARCHIVE_READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/cases").query("q", "楼道").query("area", "510104")),
                    Call.of(() -> Request.of("GET", "/api/v1/cases").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/cases").query("area", "510107")))),
            entry("searchCasesByBody", Row.of(ARCHIVE_READERS,
                    Call.of(() -> Request.of("POST", "/api/v1/cases/search").body("{\"q\":\"楼道\",\"area\":\"510104\"}")),
                    Call.of(() -> Request.of("POST", "/api/v1/cases/search").body("{\"area\":\"440802\"}")),
                    Call.of(() -> Request.of("POST", "/api/v1/cases/search").body("{\"area\":\"510107\"}")))),
            entry("getCase", Row.of(ARCHIVE_READERS,
                    Call.get("/api/v1/cases/" + CASE_HERE),
                    Call.get("/api/v1/cases/" + CASE_OTHER_CITY),
                    Call.get("/api/v1/cases/" + CASE_OUTSIDE))),
            entry("exportCases", Row.of(EXPORTERS,
                    Call.of(() -> Request.of("GET", "/api/v1/cases/export").query("area", "510104")),
                    Call.of(() -> Request.of("GET", "/api/v1/cases/export").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/cases/export").query("area", "510107")))),
            entry("exportCasesByBody", Row.of(EXPORTERS,
                    Call.of(() -> Request.of("POST", "/api/v1/cases/export").body("{\"area\":\"510104\"}")),
                    Call.of(() -> Request.of("POST", "/api/v1/cases/export").body("{\"area\":\"440802\"}")),
                    Call.of(() -> Request.of("POST", "/api/v1/cases/export").query("format", "xlsx").body("{\"area\":\"510107\"}")))),
            entry("importCases", new Row(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/case-imports").header("Content-Type", "application/x-ndjson")
                            .body("{\"externalId\":\"MATRIX-IMPORT-" + SERIAL.incrementAndGet() + "\",\"cityCode\":\"510100\","
                                    + "\"caseType\":\"邻里纠纷\",\"title\":\"矩阵导入\",\"occurredOn\":\"2024-01-02\","
                                    + "\"closedOn\":\"2024-01-03\"}\n")),
                    Optional.empty(), Optional.empty())),
            // Listed by a record whose personal data was seen (a resident): the filter PIPL's record of processing needs.
            entry("listAuditEntries", new Row(EnumSet.of(Role.AUDITOR),
                    Call.of(() -> Request.of("GET", "/api/v1/audit").query("record", here.resident())), Optional.empty(), Optional.empty())),
            entry("verifyAudit", new Row(EnumSet.of(Role.AUDITOR), Call.get("/api/v1/audit/verify"), Optional.empty(), Optional.empty())),
            // Every role its own trail: the subject is the caller's, so there is no other city's or area's to ask for.
            entry("listOwnAuditEntries", new Row(EVERY_ROLE, Call.get("/api/v1/audit/mine"), Optional.empty(), Optional.empty())),
            // Saved searches: rows and resources in SavedSearchMatrix.
            SavedSearchMatrix.entry("createSavedSearch"),
            SavedSearchMatrix.entry("listSavedSearches"),
            SavedSearchMatrix.entry("getSavedSearch"),
            SavedSearchMatrix.entry("deleteSavedSearch"),
            SavedSearchMatrix.entry("listSavedSearchMatches"),
            SavedSearchMatrix.entry("markSavedSearchSeen"),
            // Webhooks: rows and resources in WebhookMatrix.
            WebhookMatrix.entry("createWebhookSubscription"),
            WebhookMatrix.entry("listWebhookSubscriptions"),
            WebhookMatrix.entry("getWebhookSubscription"),
            WebhookMatrix.entry("deleteWebhookSubscription"),
            WebhookMatrix.entry("rotateWebhookSecret"),
            WebhookMatrix.entry("listWebhookDeliveries"),
            WebhookMatrix.entry("replayWebhookDeliveries"),
            entry("getWeeklyDigest", Row.of(EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN,
                            Role.AUDITOR, Role.INTEGRATOR),
                    Call.get("/api/v1/areas/510104/weekly-digest"),
                    Call.get("/api/v1/areas/440802/weekly-digest"),
                    Call.get("/api/v1/areas/510107/weekly-digest"))),
            entry("listChildWeeklyDigests", Row.of(EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER,
                            Role.CITY_ADMIN, Role.AUDITOR, Role.INTEGRATOR),
                    Call.get("/api/v1/areas/510104/children/weekly-digests"),
                    Call.get("/api/v1/areas/440802/children/weekly-digests"),
                    Call.get("/api/v1/areas/510107/children/weekly-digests"))),
            entry("getEventStateWeeks", Row.of(EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER,
                            Role.CITY_ADMIN, Role.AUDITOR, Role.INTEGRATOR),
                    Call.get("/api/v1/areas/510104/event-state-weeks"),
                    Call.get("/api/v1/areas/440802/event-state-weeks"),
                    Call.get("/api/v1/areas/510107/event-state-weeks"))),
            // The campaign context: rows and resources in CampaignMatrix.
            CampaignMatrix.entry("launchCampaign"),
            CampaignMatrix.entry("listCampaigns"),
            CampaignMatrix.entry("getCampaign"),
            CampaignMatrix.entry("recordCampaignActivity"),
            CampaignMatrix.entry("listCampaignActivities"),
            CampaignMatrix.entry("getCampaignCoverage"),
            CampaignMatrix.entry("openSafetyStarRound"),
            CampaignMatrix.entry("listSafetyStarRounds"),
            CampaignMatrix.entry("nominateSafetyStar"),
            CampaignMatrix.entry("castSafetyStarVote"),
            CampaignMatrix.entry("getSafetyStarResults"),
            CampaignMatrix.entry("getSamaritanFund"),
            CampaignMatrix.entry("receiveSamaritanFundIncome"),
            CampaignMatrix.entry("grantSamaritanAward"),
            CampaignMatrix.entry("getSamaritanAward"),
            CampaignMatrix.entry("addWeddingHall"),
            CampaignMatrix.entry("listWeddingHalls"),
            CampaignMatrix.entry("enterWeddingRegister"),
            CampaignMatrix.entry("listWeddingRegisterEntries"),
            CampaignMatrix.entry("registerWedding"),
            CampaignMatrix.entry("listWeddings"),
            CampaignMatrix.entry("getWedding"),
            CampaignMatrix.entry("followUpWedding"),
            CampaignMatrix.entry("getWeddingReport"),
            CampaignMatrix.entry("getCampaignFigures"),

            // Law
            entry("receivePetition", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.GRID_WORKER, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/petitions").body(newPetition(ZONGFU))),
                    Call.of(() -> Request.of("POST", "/api/v1/petitions").body(newPetition("440802005002"))),
                    Call.of(() -> Request.of("POST", "/api/v1/petitions").body(newPetition("510107001001"))))),
            entry("getPetition", Row.of(PETITION_READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/petitions/" + petitionHere)),
                    Call.of(() -> Request.of("GET", "/api/v1/petitions/" + petitionOtherCity)),
                    Call.of(() -> Request.of("GET", "/api/v1/petitions/" + petitionOutside)))),
            entry("listPetitionBacklog", Row.of(PETITION_READERS,
                    Call.of(() -> Request.of("GET", "/api/v1/petition-backlog").query("area", "510104")),
                    Call.of(() -> Request.of("GET", "/api/v1/petition-backlog").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/petition-backlog").query("area", "510107")))),
            petitionStep("acceptPetition", "accept", null, false),
            petitionStep("extendPetitionReply", "extension", "{\"text\":\"矩阵：需联合调查\"}", true),
            petitionStep("replyToPetition", "reply", "{\"text\":\"矩阵：已答复\"}", true),
            petitionStep("clearPetition", "clearance", "{\"outcome\":\"矩阵：已化解\",\"petitionerResponse\":\"SATISFIED\"}", true),
            entry("applyForLegalAid", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/legal-aid-applications").body(newLegalAid(ZONGFU))),
                    Call.of(() -> Request.of("POST", "/api/v1/legal-aid-applications").body(newLegalAid("440802005002"))),
                    Call.of(() -> Request.of("POST", "/api/v1/legal-aid-applications").body(newLegalAid("510107001001"))))),
            entry("getLegalAidApplication", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR,
                            Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/legal-aid-applications/" + legalAidHere)),
                    Call.of(() -> Request.of("GET", "/api/v1/legal-aid-applications/" + legalAidOtherCity)),
                    Call.of(() -> Request.of("GET", "/api/v1/legal-aid-applications/" + legalAidOutside)))),
            entry("getLegalAidReport", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/legal-aid-report").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/legal-aid-report").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/legal-aid-report").query("from", "2025-01-01").query("to", "2026-12-31")))),
            entry("getPetitionFigures", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/petition-figures").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/petition-figures").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/petition-figures").query("from", "2025-01-01").query("to", "2026-12-31")))),
            entry("getSupervisionFigures", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/supervision-figures").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/supervision-figures").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/supervision-figures").query("from", "2025-01-01").query("to", "2026-12-31")))),
            entry("decideLegalAid", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN),
                    Call.of(() -> Request.of("POST", "/api/v1/legal-aid-applications/" + api.call(STAFF, Request.of("POST",
                            "/api/v1/legal-aid-applications").body(newLegalAid(ZONGFU)), 201, "apply for legal aid").getString("id")
                            + "/decision").ifMatch("\"1\"").body("{\"granted\":true}")),
                    Call.of(() -> Request.of("POST", "/api/v1/legal-aid-applications/" + legalAidOtherCity + "/decision").ifMatch("\"1\"")
                            .body("{\"granted\":true}")),
                    Call.of(() -> Request.of("POST", "/api/v1/legal-aid-applications/" + legalAidOutside + "/decision").ifMatch("\"1\"")
                            .body("{\"granted\":true}")))),
            entry("listRegulations", new Row(EVERY_ROLE, Call.get("/api/v1/regulations"), Optional.empty(), Optional.empty())),
            entry("getLawFigures", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/law-figures").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/law-figures").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/law-figures").query("from", "2025-01-01").query("to", "2026-12-31")))),
            petitionStep("notAcceptPetition", "non-acceptance", "{\"text\":\"矩阵：不属于信访事项\"}", false),
            entry("reopenPetition", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.DEPARTMENT, Role.CITY_ADMIN),
                    Call.of(() -> {
                        Fresh accepted = freshPetition(true);
                        String replied = api.step(OFFICER, petitionMove(accepted.event(), "reply", accepted.etag(), "{\"text\":\"矩阵：已答复\"}"),
                                200, "reply to petition").etag();
                        return petitionMove(accepted.event(), "reopening", replied, null);
                    }),
                    Call.of(() -> petitionMove(petitionOtherCity, "reopening", "\"1\"", null)),
                    Call.of(() -> petitionMove(petitionOutside, "reopening", "\"1\"", null)))),
            petitionStep("assignPetitionLeader", EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER), "leader",
                    "{\"text\":\"矩阵：区委副书记\"}", false),
            petitionStep("openPetitionDispute", EnumSet.of(Role.STREET_OFFICER, Role.COMMUNITY_STAFF), "dispute",
                    "{\"disputeType\":\"NEIGHBOURHOOD\",\"claims\":\"矩阵：停止夜间施工\",\"risk\":{\"level\":\"LOW\"},\"peopleInvolved\":2}", false),
            entry("joinPetitionDispute", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.COMMUNITY_STAFF),
                    Call.of(() -> {
                        Fresh petition = freshPetition(false);
                        return petitionMove(petition.event(), "dispute-link", petition.etag(), "{\"disputeId\":\"" + disputeHere + "\"}");
                    }),
                    Call.of(() -> petitionMove(petitionOtherCity, "dispute-link", "\"1\"", "{\"disputeId\":\"" + disputeOtherCity + "\"}")),
                    Call.of(() -> petitionMove(petitionOutside, "dispute-link", "\"1\"", "{\"disputeId\":\"" + disputeOutside + "\"}")))),
            entry("listPetitionRepeats", Row.of(PETITION_READERS,
                    Call.get("/api/v1/petitions/" + "%s/repeats").withId(() -> petitionHere),
                    Call.get("/api/v1/petitions/" + "%s/repeats").withId(() -> petitionOtherCity),
                    Call.get("/api/v1/petitions/" + "%s/repeats").withId(() -> petitionOutside))),
            entry("assignLegalAid", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN),
                    Call.of(() -> legalAidMove(grantedLegalAid(), "assignment", "\"2\"", ASSIGNMENT)),
                    Call.of(() -> legalAidMove(legalAidOtherCity, "assignment", "\"2\"", ASSIGNMENT)),
                    Call.of(() -> legalAidMove(legalAidOutside, "assignment", "\"2\"", ASSIGNMENT)))),
            entry("closeLegalAid", Row.of(EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN),
                    Call.of(() -> {
                        String id = grantedLegalAid();
                        api.call(OFFICER, legalAidMove(id, "assignment", "\"2\"", ASSIGNMENT), 200, "assign legal aid");
                        return legalAidMove(id, "closure", "\"3\"", CLOSURE);
                    }),
                    Call.of(() -> legalAidMove(legalAidOtherCity, "closure", "\"3\"", CLOSURE)),
                    Call.of(() -> legalAidMove(legalAidOutside, "closure", "\"3\"", CLOSURE)))),
            entry("listOverdueLegalAid", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR, Role.INTEGRATOR),
                    Call.of(() -> Request.of("GET", "/api/v1/legal-aid-overdue").query("area", "510104")),
                    Call.of(() -> Request.of("GET", "/api/v1/legal-aid-overdue").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/legal-aid-overdue").query("area", "510107")))),
            entry("listLegalAidCentres", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.AUDITOR, Role.INTEGRATOR),
                    Call.get("/api/v1/areas/510104/legal-aid-centres"), Call.get("/api/v1/areas/440802/legal-aid-centres"),
                    Call.get("/api/v1/areas/510107/legal-aid-centres"))),
            entry("registerLegalAidCentre", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> legalAidCentre("matrix-put-here", "510104")),
                    Call.of(() -> legalAidCentre("matrix-put-other-city", "440802")),
                    Call.of(() -> legalAidCentre("matrix-put-outside", "510107")))),
            entry("fileSupervisionComplaint", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/supervision-complaints").body(newComplaint(ZONGFU))),
                    Call.of(() -> Request.of("POST", "/api/v1/supervision-complaints").body(newComplaint("440802"))),
                    Call.of(() -> Request.of("POST", "/api/v1/supervision-complaints").body(newComplaint("510107"))))),
            entry("getSupervisionComplaint", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR),
                    Call.get("/api/v1/supervision-complaints/%s").withId(() -> complaintHere),
                    Call.get("/api/v1/supervision-complaints/%s").withId(() -> complaintOtherCity),
                    Call.get("/api/v1/supervision-complaints/%s").withId(() -> complaintOutside))),
            entry("reviewSupervisionComplaint", Row.of(EnumSet.of(Role.CITY_ADMIN),
                    Call.of(() -> review(api.call(ADMIN, Request.of("POST", "/api/v1/supervision-complaints").body(newComplaint(ZONGFU)),
                            201, "file complaint").getString("id"))),
                    Call.of(() -> review(complaintOtherCity)), Call.of(() -> review(complaintOutside)))),
            entry("listOverdueSupervisionComplaints", Row.of(EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR),
                    Call.of(() -> Request.of("GET", "/api/v1/supervision-overdue").query("area", "510104")),
                    Call.of(() -> Request.of("GET", "/api/v1/supervision-overdue").query("area", "440802")),
                    Call.of(() -> Request.of("GET", "/api/v1/supervision-overdue").query("area", "510107")))),
            entry("recordLawPublicityEvent", Row.of(EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.GRID_WORKER, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/law-publicity-events").body(newPublicityEvent(ZONGFU))),
                    Call.of(() -> Request.of("POST", "/api/v1/law-publicity-events").body(newPublicityEvent("440802005002"))),
                    Call.of(() -> Request.of("POST", "/api/v1/law-publicity-events").body(newPublicityEvent("510107001001"))))),
            entry("listLawPublicityEvents", Row.of(EVERY_ROLE,
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510104/law-publicity-events").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/440802/law-publicity-events").query("from", "2025-01-01").query("to", "2026-12-31")),
                    Call.of(() -> Request.of("GET", "/api/v1/areas/510107/law-publicity-events").query("from", "2025-01-01").query("to", "2026-12-31")))),
            // Regulations are the city's: the keepers answer for the whole city, so a district's keeper is "outside".
            entry("registerRegulation", new Row(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> Request.of("POST", "/api/v1/regulations").body(newRegulation())), Optional.empty(),
                    Optional.of(Call.of(() -> Request.of("POST", "/api/v1/regulations").body(newRegulation()))))),
            entry("searchRegulations", new Row(EVERY_ROLE, Call.of(() -> Request.of("GET", "/api/v1/regulation-search").query("q", "矩阵")),
                    Optional.empty(), Optional.empty())),
            entry("getRegulation", new Row(EVERY_ROLE, Call.get("/api/v1/regulations/%s").withId(() -> regulationHere),
                    Optional.of(Call.get("/api/v1/regulations/%s").withId(() -> regulationOtherCity)), Optional.empty())),
            entry("amendRegulation", new Row(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> regulationMove(freshRegulation(), "amendment", AMENDMENT)),
                    Optional.of(Call.of(() -> regulationMove(regulationOtherCity, "amendment", AMENDMENT))),
                    Optional.of(Call.of(() -> regulationMove(regulationHere, "amendment", AMENDMENT))))),
            entry("repealRegulation", new Row(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    Call.of(() -> regulationMove(freshRegulation(), "repeal", REPEAL)),
                    Optional.of(Call.of(() -> regulationMove(regulationOtherCity, "repeal", REPEAL))),
                    Optional.of(Call.of(() -> regulationMove(regulationHere, "repeal", REPEAL)))))));

    private static Request legalAidMove(String application, String what, String etag, String body) {
        return Request.of("POST", "/api/v1/legal-aid-applications/" + application + "/" + what).ifMatch(etag).body(body);
    }

    /** An application here, granted: at version 2. */
    private static String grantedLegalAid() {
        String id = api.call(STAFF, Request.of("POST", "/api/v1/legal-aid-applications").body(newLegalAid(ZONGFU)), 201,
                "apply for legal aid").getString("id");
        api.call(OFFICER, legalAidMove(id, "decision", "\"1\"", "{\"granted\":true}"), 200, "grant legal aid");
        return id;
    }

    private static Request legalAidCentre(String code, String area) {
        return Request.of("PUT", "/api/v1/legal-aid-centres/" + code).body("{\"areaCode\":\"" + area + "\",\"name\":\"矩阵法律援助中心\","
                + "\"lawyers\":[{\"id\":\"" + code + "-lawyer\",\"name\":\"矩阵律师\",\"capacity\":5}]}");
    }

    private static String newComplaint(String area) {
        return "{\"areaCode\":\"" + area + "\",\"agency\":\"矩阵执法局\",\"act\":\"矩阵：暂扣工具未出具清单\","
                + "\"complainant\":{\"name\":\"魏明\"}}";
    }

    private static Request review(String complaint) {
        return Request.of("POST", "/api/v1/supervision-complaints/" + complaint + "/review").ifMatch("\"1\"")
                .body("{\"outcome\":\"CORRECTED\",\"finding\":\"矩阵：责令补正\"}");
    }

    private static String newPublicityEvent(String area) {
        return "{\"areaCode\":\"" + area + "\",\"topic\":\"矩阵：民法典进社区\",\"audience\":\"RESIDENTS\",\"place\":\"社区活动室\","
                + "\"heldOn\":\"2025-09-20\",\"reach\":50}";
    }

    private static String newRegulation() {
        return "{\"title\":\"矩阵条例\",\"documentNumber\":\"矩阵第" + SERIAL.incrementAndGet() + "号\",\"adoptingBody\":\"市人大常委会\","
                + "\"adoptedOn\":\"2020-10-28\",\"effectiveOn\":\"2021-01-01\",\"text\":\"第一条 矩阵\"}";
    }

    /** A regulation of Chengdu registered for one call, at version 1. */
    private static String freshRegulation() {
        return api.call(ADMIN, Request.of("POST", "/api/v1/regulations").body(newRegulation()), 201, "register regulation").getString("id");
    }

    private static Request regulationMove(String regulation, String what, String body) {
        return Request.of("POST", "/api/v1/regulations/" + regulation + "/" + what).ifMatch("\"1\"").body(body);
    }

    /** The consultation context's rows, in ConsultationMatrix. */
    private static Map<String, Row> withConsultation(Map<String, Row> rows) {
        Map<String, Row> all = new LinkedHashMap<>(rows);
        all.putAll(ConsultationMatrix.rows());
        // The embedded default's local sign-in: anyone, with a token or none (it is how one gets one).
        all.put("listLocalUsers", new Row(EVERY_ROLE, Call.get("/api/v1/sign-in/local-users"), Optional.empty(), Optional.empty()));
        all.put("readSignInOptions", new Row(EVERY_ROLE, Call.get("/api/v1/sign-in/options"), Optional.empty(), Optional.empty()));
        all.put("signInLocally", new Row(EVERY_ROLE, Call.of(() -> Request.of("POST", "/api/v1/sign-in/local")
                .body("{\"user\":\"chengdu-auditor\"}")), Optional.empty(), Optional.empty()));
        return Map.copyOf(all);
    }

    private static String noticeOtherCity;
    private static String noticeOutside;

    /**
     * A notice commending the best street of the latest 2025-Q4 result of a district under backlog-quarterly, whose
     * streets all have sufficient coverage (the default schemes' streets, without data, have not: no notice names them).
     */
    private static Request noticeDraft(String district) {
        return Request.of("POST", "/api/v1/assessment/schemes/backlog-quarterly/results/" + district + "/2025-Q4/notices")
                .body("{\"bottom\":0,\"top\":1}");
    }

    /** A fresh draft notice of a district, the district's streets assessed by the city's admin first. */
    private static String notice(Person admin, String district) {
        api.step(admin, assessmentRun("backlog-quarterly", district), 201, "run an assessment");
        return api.step(admin, noticeDraft(district + "000000"), 201, "draft a notice").body().getString("id");
    }

    private static String noticeOtherCity() {
        if (noticeOtherCity == null) {
            noticeOtherCity = notice(new Person("440800", "440800", Role.CITY_ADMIN), "440802");
        }
        return noticeOtherCity;
    }

    private static String noticeOutside() {
        if (noticeOutside == null) {
            noticeOutside = notice(ADMIN, "510107");
        }
        return noticeOutside;
    }

    /** The default street scheme run over the streets of a district for the last quarter of 2025. */
    private static Request assessmentRun(String district) {
        return assessmentRun("street-quarterly", district);
    }

    private static Request assessmentRun(String scheme, String district) {
        return Request.of("POST", "/api/v1/assessment/schemes/" + scheme + "/runs")
                .body("{\"area\":\"" + district + "\",\"period\":\"2025-Q4\"}");
    }

    private static String newPetition(String community) {
        return "{\"areaCode\":\"" + community + "\",\"petitioner\":{\"name\":\"魏明\"},\"matter\":\"矩阵：夜间施工噪音\","
                + "\"channel\":\"ONLINE\",\"agency\":\"住房和城乡建设局\"}";
    }

    private static String newLegalAid(String community) {
        return "{\"areaCode\":\"" + community + "\",\"applicant\":{\"name\":\"魏明\"},\"matter\":\"矩阵：拖欠工资\","
                + "\"category\":\"LABOUR_REMUNERATION\",\"hardshipEvidence\":[\"低保证\"],\"receivedOn\":\"2025-09-26\"}";
    }

    /** A petition received here for one call, accepted first when {@code accepted}, with its ETag. */
    private static Fresh freshPetition(boolean accepted) {
        var step = api.step(STAFF, Request.of("POST", "/api/v1/petitions").body(newPetition(ZONGFU)), 201, "receive petition");
        String id = step.body().getString("id");
        if (!accepted) {
            return new Fresh(id, step.etag());
        }
        return new Fresh(id, api.step(OFFICER, Request.of("POST", "/api/v1/petitions/" + id + "/accept").ifMatch(step.etag()), 200,
                "accept petition").etag());
    }

    /** The row of a step of a petition: the allowed call moves a fresh petition; the others name petitions of elsewhere. */
    private static Map.Entry<String, Row> petitionStep(String operation, String what, String body, boolean accepted) {
        return petitionStep(operation, EnumSet.of(Role.STREET_OFFICER, Role.DEPARTMENT, Role.CITY_ADMIN), what, body, accepted);
    }

    private static Map.Entry<String, Row> petitionStep(String operation, Set<Role> allowed, String what, String body, boolean accepted) {
        return entry(operation, Row.of(allowed,
                Call.of(() -> {
                    Fresh petition = freshPetition(accepted);
                    return petitionMove(petition.event(), what, petition.etag(), body);
                }),
                Call.of(() -> petitionMove(petitionOtherCity, what, "\"1\"", body)),
                Call.of(() -> petitionMove(petitionOutside, what, "\"1\"", body))));
    }

    private static Request petitionMove(String petition, String what, String etag, String body) {
        Request request = Request.of("POST", "/api/v1/petitions/" + petition + "/" + what).ifMatch(etag);
        return body == null ? request : request.body(body);
    }


    private static Request finding(String task) {
        return Request.of("POST", "/api/v1/visit-tasks/" + task + "/findings").body("{\"kind\":\"GRID_EVENT\","
                + "\"category\":\"SERVICE_REQUEST\",\"text\":\"矩阵：楼道灯坏了\",\"resident\":{\"name\":\"李大爷\"}}");
    }

    /** A visit task for the place's member on {@link #VISIT_DAY}, planned as a programme would. */
    private static String visitTask(Platform platform, Place place) {
        var task = org.shizhi.domain.programme.model.VisitTask.plan("zhanjiang.night-visit",
                org.shizhi.domain.grid.model.GridCode.parse(place.grid()),
                new org.shizhi.domain.grid.model.MemberId(java.util.UUID.fromString(place.member())),
                org.shizhi.domain.grid.model.GridPost.ASSISTANT_WORKER, VISIT_DAY, java.time.Instant.now());
        platform.database().visitTasks().plan(List.of(task));
        return task.id().toString();
    }

    /** The token of an allowed caller: a finding's is the task's cadre's (here's member). */
    private static String newPartyOrganisation(String area) {
        return "{\"tier\":\"COMMITTEE\",\"name\":\"矩阵社区党委\",\"areaCode\":\"" + area + "\"}";
    }

    /** A member with an ID number of their own: a number is enrolled once per city. */
    private static String newPartyMember() {
        return newPartyMember("510104");
    }

    private static String newPartyMember(String region) {
        String first17 = region + "1980" + "0101" + String.format("%03d", SERIAL.incrementAndGet() % 1000);
        return "{\"name\":\"赵党员\",\"idNumber\":\"" + first17 + org.shizhi.domain.shared.IdNumber.checkCharacter(first17)
                + "\",\"mobile\":\"13800138000\",\"employed\":true,\"joinedOn\":\"2005-07-01\"}";
    }

    /** A report over an area: 锦江区 here, 湛江's 赤坎区 in another city, 武侯区 outside the jurisdiction. */
    private static Map.Entry<String, Row> partyReport(String operation, String path, Map<String, String> query) {
        java.util.function.Function<String, Call> at = district -> Call.of(() -> {
            Request request = Request.of("GET", "/api/v1/areas/" + district + "/" + path);
            for (var q : query.entrySet()) {
                request = request.query(q.getKey(), q.getValue());
            }
            return request;
        });
        return entry(operation, Row.of(EVERY_ROLE, at.apply("510104"), at.apply("440802"), at.apply("510107")));
    }

    private static void partyPlace(String[] place, String city, String community) {
        Person admin = new Person(city, city, Role.CITY_ADMIN);
        place[0] = api.call(admin, Request.of("POST", "/api/v1/party-organisations").body(newPartyOrganisation(community)), 201,
                "found party organisation").getString("id");
        place[1] = api.call(admin, Request.of("POST", "/api/v1/party-organisations/" + place[0] + "/members")
                .body(newPartyMember(community.substring(0, 6))), 201, "enrol party member").getString("id");
    }

    private static String allowedToken(String operation, Role role) {
        Optional<String> saver = SavedSearchMatrix.token(operation, role).or(() -> WebhookMatrix.token(operation, role))
                .or(() -> SupervisionMatrix.workerToken(operation, role));
        if (saver.isPresent()) {
            return saver.get();
        }
        if (CITY_WIDE.contains(operation)) {
            return GridTokens.token("510100", "510100", role);
        }
        if (operation.equals("reportRectification")) {
            // A rectification is reported by the criticised street's own staff.
            return GridTokens.token("510100", SupervisionMatrix.reporterJurisdiction(), role);
        }
        return Set.of("recordVisitFinding", "listGridWorkerTrainings", "getGridWorkerTraining").contains(operation)
                ? GridTokens.tokenOf(here.member(), "510100", "510104", role) : token(role);
    }

    /** A centre with the test callers of every mediating role among its mediators. */
    private static Request centre(String area) {
        return Request.of("POST", "/api/v1/mediation-centres").body("{\"areaCode\":\"" + area + "\",\"name\":\"矩阵调解中心\","
                + "\"mediators\":[{\"id\":\"test-mediator\",\"name\":\"刘调解\"},{\"id\":\"test-community-staff\",\"name\":\"李敏\"},"
                + "{\"id\":\"test-street-officer\",\"name\":\"张伟\"}]}");
    }

    private static String newDispute(String community, String risk) {
        return "{\"source\":\"WALK_IN\",\"areaCode\":\"" + community + "\",\"type\":\"NEIGHBOURHOOD\",\"parties\":[{\"kind\":\"PERSON\","
                + "\"role\":\"APPLICANT\",\"name\":\"魏明\"}],\"facts\":\"矩阵：邻里噪音\",\"claims\":\"停止噪音\","
                + "\"risk\":{\"level\":\"" + risk + "\",\"reasons\":[\"矩阵\"]}}";
    }

    private static Fresh openedDispute(String risk) {
        var step = api.step(MEDIATOR, Request.of("POST", "/api/v1/disputes").body(newDispute(ZONGFU, risk)), 201, "open dispute");
        return new Fresh(step.body().getJsonObject("dispute").getString("id"), step.etag());
    }

    private static Fresh acceptedDispute(String risk) {
        return disputeStep(openedDispute(risk), "accept", null);
    }

    private static Fresh agreedDispute() {
        Fresh session = disputeStep(acceptedDispute("LOW"), "sessions", SESSION);
        return disputeStep(session, "outcome", "{\"kind\":\"AGREEMENT\",\"terms\":\"互相谅解\",\"signatories\":[\"魏明\"]}");
    }

    private static Fresh disputeStep(Fresh from, String what, String body) {
        return new Fresh(from.event(), api.step(MEDIATOR, disputeMove(from.event(), what, from.etag(), body), 200, what).etag());
    }

    private static Request disputeMove(String dispute, String what, String etag, String body) {
        Request request = Request.of("POST", "/api/v1/disputes/" + dispute + "/" + what).ifMatch(etag);
        return body == null ? request : request.body(body);
    }

    /** The row of a step of mediation: the allowed call moves a fresh dispute; the others name disputes of elsewhere. */
    private static Map.Entry<String, Row> mediation(String operation, String what, String body, Supplier<Fresh> fresh) {
        String sent = what.equals("sessions") ? SESSION : body;
        return entry(operation, Row.of(EnumSet.of(Role.MEDIATOR, Role.COMMUNITY_STAFF, Role.STREET_OFFICER),
                Call.of(() -> {
                    Fresh dispute = fresh.get();
                    return disputeMove(dispute.event(), what, dispute.etag(), sent);
                }),
                Call.of(() -> disputeMove(disputeOtherCity, what, "\"1\"", sent)),
                Call.of(() -> disputeMove(disputeOutside, what, "\"1\"", sent))));
    }

    /** An event made for one call, and its current ETag. */
    record Fresh(String event, String etag) {
    }

    private static Fresh accepted(String event) {
        return new Fresh(event, api.transition(STAFF, event, "accept", "\"1\"", null));
    }

    private static Fresh called(String event) {
        return new Fresh(event, api.calledEvent(STAFF, event));
    }

    /** The row of a transition: the allowed call moves a fresh event; the others name events of elsewhere. */
    private static Map.Entry<String, Row> transition(String operation, String transition, Set<Role> allowed, String body,
                                                     Supplier<Fresh> fresh) {
        return entry(operation, Row.of(allowed,
                Call.of(() -> {
                    Fresh event = fresh.get();
                    return move(event.event(), transition, event.etag(), body);
                }),
                Call.of(() -> move(otherCity.event(), transition, "\"1\"", body)),
                Call.of(() -> move(outside.event(), transition, "\"1\"", body))));
    }

    private static Request move(String event, String transition, String etag, String body) {
        Request request = Request.of("POST", "/api/v1/events/" + event + "/" + transition).ifMatch(etag);
        return body == null ? request : request.body(body);
    }

    private static Request summons(Fresh called) {
        return Request.of("POST", "/api/v1/events/" + called.event() + "/summonses").ifMatch(called.etag())
                .body("{\"departments\":[\"" + GridTokens.DEPARTMENT + "\"],\"within\":{\"amount\":1,\"unit\":\"WORKING_DAYS\"}}");
    }

    private static Request summonsReport(String event, String summons, String etag) {
        return Request.of("POST", "/api/v1/events/" + event + "/summonses/" + summons + "/reports").ifMatch(etag)
                .body("{\"department\":\"" + GridTokens.DEPARTMENT + "\",\"kind\":\"ARRIVED\"}");
    }

    private static Request boundary(String method, String grid, String etag) {
        Request request = Request.of(method, "/api/v1/grids/" + grid + "/boundary").ifMatch(etag);
        return method.equals("DELETE") ? request : request.body("""
                {"type":"Polygon","coordinates":[[[104.0801,30.6571],[104.0832,30.6571],[104.0832,30.6598],[104.0801,30.6598],[104.0801,30.6571]]]}""");
    }

    private static Request member(String grid, String etag) {
        return Request.of("POST", "/api/v1/grids/" + grid + "/members").ifMatch(etag)
                .body("{\"post\":\"ASSISTANT_WORKER\",\"name\":\"赵强\",\"contact\":\"13912345678\"}");
    }

    private static Request dwelling(String grid) {
        return Request.of("POST", "/api/v1/grids/" + grid + "/dwellings").body("{\"address\":\"矩阵路" + SERIAL.incrementAndGet()
                + "号\",\"households\":2}");
    }

    private static Request households(String dwelling) {
        return Request.of("PUT", "/api/v1/dwellings/" + dwelling + "/households").ifMatch("\"1\"").body("{\"households\":3}");
    }

    private static Request resident(String dwelling) {
        return Request.of("POST", "/api/v1/dwellings/" + dwelling + "/residents").body(GridCalls.newResident());
    }

    private static Request removal(String resident) {
        return Request.of("DELETE", "/api/v1/residents/" + resident).query("reason", "迁出本市");
    }

    private static Request organisation(String grid) {
        return Request.of("POST", "/api/v1/grids/" + grid + "/organisations").body(GridCalls.newOrganisation());
    }

    @Inject
    WebTarget target;

    @Inject
    Platform platform;

    @BeforeEach
    void places() {
        if (api == null) {
            for (String[] c : new String[][] {{"510100", ZONGFU, "MATRIX-HERE"}, {"510100", "510107001001", "MATRIX-OUTSIDE"},
                {"440800", "440802005002", "MATRIX-OTHER-CITY"}}) {
                org.shizhi.domain.shared.AreaCode city = org.shizhi.domain.shared.AreaCode.of(c[0]);
                platform.caseArchiveService().importCases(org.shizhi.domain.shared.Actor.system(city), List.of(
                        new org.shizhi.domain.archive.model.CaseRecord(org.shizhi.domain.archive.model.CaseId.ofImported(city, c[2]),
                                org.shizhi.domain.archive.model.CaseSource.HISTORICAL, Optional.of(c[2]), city,
                                org.shizhi.domain.shared.AreaCode.of(c[1]), "邻里纠纷", "矩阵：楼道堆物纠纷", "楼道堆放杂物。", "", "清理完毕。",
                                "", List.of(), java.time.LocalDate.of(2024, 1, 2), java.time.LocalDate.of(2024, 1, 9), List.of())));
            }
            api = new GridCalls(target);
            CampaignMatrix.setUp(api);
            SavedSearchMatrix.setUp(api);
            WebhookMatrix.setUp(api);
            ConsultationMatrix.setUp(api);
            here = place("510100", ZONGFU);
            outside = place("510100", "510107001001");
            otherCity = place("440800", "440802005002");
            for (String[] c : List.of(new String[] {"510100", ZONGFU}, new String[] {"510100", "510104022000"},
                    new String[] {"510100", "510104"}, new String[] {"510100", "510100"}, new String[] {"440800", "440800"})) {
                api.call(new Person(c[0], c[0], Role.CITY_ADMIN), centre(c[1]), 201, "register centre");
            }
            String withEvent = newDispute(ZONGFU, "LOW").replace("\"source\":\"WALK_IN\"",
                    "\"source\":\"GRID_EVENT\",\"gridEventId\":\"" + here.event() + "\"");
            disputeHere = api.call(WORKER, Request.of("POST", "/api/v1/disputes").body(withEvent), 201, "open dispute")
                    .getJsonObject("dispute").getString("id");
            disputeOutside = api.call(new Person("510100", "510107001001", Role.GRID_WORKER), Request.of("POST", "/api/v1/disputes")
                    .body(newDispute("510107001001", "LOW")), 201, "open dispute").getJsonObject("dispute").getString("id");
            disputeOtherCity = api.call(new Person("440800", "440802005002", Role.GRID_WORKER), Request.of("POST", "/api/v1/disputes")
                    .body(newDispute("440802005002", "LOW")), 201, "open dispute").getJsonObject("dispute").getString("id");
            visitTaskHere = visitTask(platform, here);
            visitTaskOutside = visitTask(platform, outside);
            visitTaskOtherCity = visitTask(platform, otherCity);
            partyPlace(partyHere, "510100", ZONGFU);
            partyPlace(partyOutside, "510100", "510107001001");
            partyPlace(partyOtherCity, "440800", "440802005002");
            PartyMatrix.setUp(api, partyHere, partyOutside, partyOtherCity);
            SupervisionMatrix.setUp(api, here.grid(), here.member());
            petitionHere = api.call(STAFF, Request.of("POST", "/api/v1/petitions").body(newPetition(ZONGFU)), 201, "receive petition")
                    .getString("id");
            petitionOutside = api.call(new Person("510100", "510107001001", Role.COMMUNITY_STAFF),
                    Request.of("POST", "/api/v1/petitions").body(newPetition("510107001001")), 201, "receive petition").getString("id");
            petitionOtherCity = api.call(new Person("440800", "440802005002", Role.COMMUNITY_STAFF),
                    Request.of("POST", "/api/v1/petitions").body(newPetition("440802005002")), 201, "receive petition").getString("id");
            legalAidHere = api.call(STAFF, Request.of("POST", "/api/v1/legal-aid-applications").body(newLegalAid(ZONGFU)), 201,
                    "apply for legal aid").getString("id");
            legalAidOutside = api.call(new Person("510100", "510107001001", Role.COMMUNITY_STAFF),
                    Request.of("POST", "/api/v1/legal-aid-applications").body(newLegalAid("510107001001")), 201, "apply for legal aid")
                    .getString("id");
            legalAidOtherCity = api.call(new Person("440800", "440802005002", Role.COMMUNITY_STAFF),
                    Request.of("POST", "/api/v1/legal-aid-applications").body(newLegalAid("440802005002")), 201, "apply for legal aid")
                    .getString("id");
            api.call(ADMIN, Request.of("PUT", "/api/v1/legal-aid-centres/matrix-legal-aid").body("{\"areaCode\":\"510104\","
                    + "\"name\":\"矩阵法律援助中心\",\"lawyers\":[{\"id\":\"matrix-lawyer\",\"name\":\"矩阵律师\",\"capacity\":200}]}"),
                    200, "register legal-aid centre");
            Person zhanjiang = new Person("440800", "440800", Role.CITY_ADMIN);
            complaintHere = api.call(ADMIN, Request.of("POST", "/api/v1/supervision-complaints").body(newComplaint(ZONGFU)), 201,
                    "file complaint").getString("id");
            complaintOutside = api.call(ADMIN, Request.of("POST", "/api/v1/supervision-complaints").body(newComplaint("510107")), 201,
                    "file complaint").getString("id");
            complaintOtherCity = api.call(zhanjiang, Request.of("POST", "/api/v1/supervision-complaints").body(newComplaint("440802")),
                    201, "file complaint").getString("id");
            regulationHere = freshRegulation();
            regulationOtherCity = api.call(zhanjiang, Request.of("POST", "/api/v1/regulations").body(newRegulation()), 201,
                    "register regulation").getString("id");
        }
    }

    /** A grid of the community with a member, a dwelling with a resident, an organisation, an event, and a summoned event (at version 4). */
    private static Place place(String city, String community) {
        Person admin = new Person(city, city, Role.CITY_ADMIN);
        Person staff = new Person(city, community, Role.COMMUNITY_STAFF);
        Person worker = new Person(city, community, Role.GRID_WORKER);
        Person officer = new Person(city, community.substring(0, 9) + "000", Role.STREET_OFFICER);
        String grid = api.createGrid(admin, community, "GENERAL", "矩阵网格", null);
        String member = api.assignMember(staff, grid).body().getString("memberId");
        String dwelling = api.registerDwelling(worker, grid);
        String resident = api.registerResident(worker, dwelling);
        String organisation = api.registerOrganisation(worker, grid);
        String event = api.report(worker, grid, "矩阵：路灯损坏");
        String summonsEvent = api.report(worker, grid, "矩阵：路面塌陷需处理");
        var summoned = api.summon(officer, summonsEvent, api.calledEvent(staff, summonsEvent));
        return new Place(grid, member, dwelling, resident, organisation, event, summonsEvent, GridCalls.summonsId(summoned));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> operationsOfTheContract() throws Exception {
        Map<String, String> operations = new LinkedHashMap<>();
        try (InputStream in = SecurityMatrixTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            Map<String, Object> document = new Yaml().load(in);
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
            paths.forEach((path, item) -> item.forEach((method, operation) -> {
                if (operation instanceof Map<?, ?> op && op.get("operationId") != null) {
                    operations.put((String) op.get("operationId"), method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                }
            }));
        }
        return operations;
    }

    private Response call(Call call, Optional<String> token) {
        return api.send(call.request().get(), token.map(t -> "Bearer " + t).orElse(null));
    }

    /** A Chengdu user of the role, answering for 锦江区 (510104); a DEPARTMENT acts for its own department. */
    /** A training attendance recorded for the place's grid worker. */
    private static Request training(Place place) {
        return Request.of("POST", "/api/v1/grids/" + place.grid() + "/members/" + place.member() + "/trainings")
                .body("{\"course\":\"矩阵培训\",\"attendedOn\":\"2025-11-12\",\"hours\":2.5}");
    }

    /** The id of a training recorded by the staff of the place's community. */
    private static String recordedTraining(Place place) {
        String community = place.grid().substring(0, 12);
        Person staff = new Person(community.substring(0, 4) + "00", community, Role.COMMUNITY_STAFF);
        return api.call(staff, training(place), 201, "record a training").getString("id");
    }

    private static String token(Role role) {
        return GridTokens.token("510100", "510104", role);
    }

    /** What anyone may call without a token: the public disclosure view, the sign-in's options and the embedded default's local sign-in. */
    private static final Set<String> OPEN_OPERATIONS = Set.of(ConsultationMatrix.PUBLIC_OPERATION, "listLocalUsers", "signInLocally",
            "readSignInOptions");

    @Test
    void noOperationOfTheContractIsMissingFromTheMatrix() throws Exception {
        assertThat(new TreeSet<>(MATRIX.keySet()))
                .as("operations of the served contract; add a row to MATRIX for each new one")
                .isEqualTo(new TreeSet<>(operationsOfTheContract().keySet()));
    }

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var entry : operationsOfTheContract().entrySet()) {
            String operation = entry.getKey() + " (" + entry.getValue() + ")";
            Row row = MATRIX.get(entry.getKey());
            if (row == null) {
                continue; // reported by the test above
            }
            if (OPEN_OPERATIONS.contains(entry.getKey())) {
                // The public view of a disclosure board and the local sign-in: anyone, with a token of any role or none.
                expect(wrong, operation + " without a token", call(row.allowedCall(), Optional.empty()), 200);
                for (Role role : Role.values()) {
                    expect(wrong, operation + " as " + role, call(row.allowedCall(), Optional.of(token(role))), 200);
                }
                continue;
            }
            expect(wrong, operation + " without a token", call(row.allowedCall(), Optional.empty()), 401);
            for (Role role : EnumSet.complementOf(EnumSet.copyOf(row.allowed()))) {
                expect(wrong, operation + " as " + role, call(row.allowedCall(), Optional.of(token(role))), 403);
            }
            Role allowed = row.allowed().iterator().next();
            row.otherCity().ifPresent(c -> expect(wrong, operation + " for another city's resource",
                    call(c, Optional.of(GridTokens.token("510100", "510100", allowed))), 404));
            row.outsideJurisdiction().ifPresent(c -> expect(wrong, operation + " outside the jurisdiction",
                    call(c, Optional.of(token(allowed))), 404));
            for (Role role : row.allowed()) {
                Response response = call(SupervisionMatrix.workerCall(entry.getKey(), role).orElse(row.allowedCall()),
                        Optional.of(allowedToken(entry.getKey(), role)));
                if (response.getStatus() < 200 || response.getStatus() > 299) {
                    wrong.add(operation + " as " + role + ": expected 2xx, got " + response.getStatus() + " "
                            + response.readEntity(String.class));
                }
            }
        }
        assertThat(wrong).as("calls that were not answered as the matrix says").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublicDisclosureViewAndTheLocalSignInAreTheOnlyOperationsWithoutAToken() throws Exception {
        Set<String> open = new TreeSet<>();
        try (InputStream in = SecurityMatrixTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            Map<String, Object> document = new Yaml().load(in);
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
            paths.forEach((path, item) -> item.forEach((method, operation) -> {
                if (operation instanceof Map<?, ?> op && op.get("security") instanceof List<?> security && security.isEmpty()) {
                    open.add((String) op.get("operationId"));
                }
            }));
        }
        assertThat(open).as("operations of the contract that need no token").containsExactlyInAnyOrderElementsOf(OPEN_OPERATIONS);
        assertThat(api.send(Request.of("GET", "/api/v1/public/communities/510104022001/disclosures/extra"), null).getStatus())
                .as("a path below the public view still needs a token").isEqualTo(401);
        assertThat(api.send(Request.of("GET", "/api/v1/public/communities/510104022001"), null).getStatus())
                .as("beside the public view, a path needs a token").isEqualTo(401);
        assertThat(api.send(Request.of("GET", "/api/v1/public/communities/510104/disclosures"), null).getStatus())
                .as("the public view of a district: 400 naming the code, nothing read").isEqualTo(400);
        assertThat(api.send(Request.of("POST", "/api/v1/public/communities/510104022001/disclosures").body("{}"), null).getStatus())
                .as("the public view is read-only").isEqualTo(401);
    }

    private static void expect(List<String> wrong, String what, Response response, int expected) {
        if (response.getStatus() != expected) {
            wrong.add(what + ": expected " + expected + ", got " + response.getStatus() + " " + response.readEntity(String.class));
        }
    }
}
