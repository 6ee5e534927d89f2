package org.shizhi.app;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.SecurityMatrixTest.Call;
import org.shizhi.app.SecurityMatrixTest.Row;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The security matrix's rows for the consultation context's operations, and the resources they need: for each of the
 * three places (总府路 in the callers' 锦江区, 武侯区's 洗面桥 outside it, 湛江's 金沙湾 in another city) a council with
 * serving members, a meeting, an ordinary and a major topic, an assessment of the major one, a disclosure board and a
 * village asset, made through the API once. A change's allowed call works on a record made for it.
 */
final class ConsultationMatrix {

    private static final String HERE = "510104022001";
    private static final String OUTSIDE = "510107001001";
    private static final String OTHER_CITY = "440802005002";
    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> KEEPING = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.INTEGRATOR);
    private static final Set<Role> HOLDING = EnumSet.of(Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.STREET_OFFICER, Role.INTEGRATOR);
    private static final Set<Role> DECIDING = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER);
    private static final Set<Role> RISK_READERS = EnumSet.of(Role.STREET_OFFICER, Role.COMMUNITY_STAFF, Role.CITY_ADMIN, Role.AUDITOR);
    private static final Set<Role> ASSESSING = EnumSet.of(Role.STREET_OFFICER, Role.CITY_ADMIN);
    private static final Set<Role> PUBLISHING = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.INTEGRATOR);
    private static final Set<Role> REPORTS = EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.INTEGRATOR);
    /** The one operation anyone may call without a token. */
    static final String PUBLIC_OPERATION = "readPublicDisclosures";

    /** The resources of one place. */
    record Place(String city, String community, String district, String council, String meeting, String topic, String majorTopic,
                 String assessment, String asset) {
    }

    private static GridCalls api;
    private static Place here;
    private static Place outside;
    private static Place otherCity;

    private ConsultationMatrix() {
    }

    static void setUp(GridCalls calls) {
        api = calls;
        here = place("510100", HERE);
        outside = place("510100", OUTSIDE);
        otherCity = place("440800", OTHER_CITY);
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTime.ZONE);
    }

    private static Person app(String city) {
        return new Person(city, city, Role.INTEGRATOR);
    }

    private static Place place(String city, String community) {
        Person admin = new Person(city, city, Role.CITY_ADMIN);
        String council = api.call(admin, council(community), 201, "form council").getString("id");
        String meeting = api.call(app(city), meeting(council), 201, "hold meeting").getString("id");
        String topic = api.call(app(city), topic(meeting, false), 201, "raise topic").getString("id");
        String major = api.call(app(city), topic(meeting, true), 201, "raise major topic").getString("id");
        String assessment = api.call(admin, assessment(major, "LOW"), 201, "assess").getString("id");
        api.call(app(city), board(community), 200, "open board");
        String asset = api.call(app(city), asset(community), 201, "register asset").getString("id");
        return new Place(city, community, community.substring(0, 6), council, meeting, topic, major, assessment, asset);
    }

    private static Request council(String community) {
        return Request.of("POST", "/api/v1/councils").body("{\"areaCode\":\"" + community + "\",\"kind\":\"RESIDENTS_COUNCIL\","
                + "\"name\":\"矩阵议事会\",\"members\":[" + member("王芳") + "," + member("李强") + "," + member("赵敏") + "]}");
    }

    private static String member(String name) {
        return "{\"name\":\"" + name + "\",\"phone\":\"13800138000\",\"capacity\":\"居民代表\",\"termFrom\":\"" + today().minusYears(1)
                + "\",\"termTo\":\"" + today().plusYears(2) + "\"}";
    }

    private static Request meeting(String council) {
        return Request.of("POST", "/api/v1/councils/" + council + "/meetings").body("{\"mode\":\"ONLINE\",\"heldOn\":\""
                + today().minusDays(1) + "\",\"venue\":\"社区微信群\",\"attendance\":12}");
    }

    private static Request topic(String meeting, boolean major) {
        return Request.of("POST", "/api/v1/council-topics").body("{\"meetingId\":\"" + meeting + "\",\"title\":\"矩阵议题\","
                + "\"description\":\"加装电梯\",\"major\":" + major + "}");
    }

    private static Request assessment(String topic, String level) {
        return Request.of("POST", "/api/v1/stability-risk-assessments").body("{\"topicId\":\"" + topic + "\",\"subject\":\"矩阵方案\","
                + "\"scores\":{\"legality\":90,\"reasonableness\":80,\"feasibility\":80,\"controllability\":70},"
                + "\"risks\":[{\"description\":\"部分住户反对\",\"mitigation\":\"补偿\"}],\"opinionsGathered\":[\"走访20户\"],"
                + "\"level\":\"" + level + "\"}");
    }

    private static Request board(String community) {
        return Request.of("PUT", "/api/v1/communities/" + community + "/disclosure-board")
                .body("{\"name\":\"矩阵社区\",\"openedOn\":\"" + today().minusMonths(3) + "\"}");
    }

    private static Request asset(String community) {
        return Request.of("POST", "/api/v1/communities/" + community + "/village-assets")
                .body("{\"kind\":\"RESOURCE\",\"name\":\"矩阵林地\",\"value\":1000}");
    }

    private static Request step(String topic, String what, String etag, String body) {
        Request request = Request.of("POST", "/api/v1/council-topics/" + topic + "/" + what).ifMatch(etag);
        return body == null ? request : request.body(body);
    }

    /** A topic of this place's meeting made for one call, moved through {@code steps} (what, body), with its ETag. */
    private static String[] freshTopic(boolean major, String[]... steps) {
        String topic = api.call(app("510100"), topic(here.meeting(), major), 201, "raise topic").getString("id");
        int version = 1;
        for (String[] s : steps) {
            api.call(new Person("510100", HERE, Role.COMMUNITY_STAFF), step(topic, s[0], "\"" + version + "\"", s[1]), 200, s[0]);
            version++;
        }
        return new String[] {topic, "\"" + version + "\""};
    }

    private static final String[] PROPOSE = {"proposals", "{\"text\":\"矩阵方案\"}"};
    private static final String[] VOTE = {"votes", "{\"proposal\":1,\"present\":3,\"inFavour\":3,\"against\":0,\"abstaining\":0}"};
    private static final String[] FEEDBACK = {"feedback", "{\"text\":\"已公示\",\"channel\":\"公开栏\"}"};

    /** A topic step: the allowed call moves a fresh topic; the others name topics of elsewhere. */
    private static Row topicStep(Set<Role> allowed, String what, String body, String[]... before) {
        return Row.of(allowed, Call.of(() -> {
                    String[] fresh = freshTopic(false, before);
                    return step(fresh[0], what, fresh[1], body);
                }),
                Call.of(() -> step(otherCity.topic(), what, "\"1\"", body)),
                Call.of(() -> step(outside.topic(), what, "\"1\"", body)));
    }

    /** A row whose three calls differ only in the place. */
    private static Row row(Set<Role> allowed, Function<Place, Request> call) {
        return Row.of(allowed, Call.of(() -> call.apply(here)), Call.of(() -> call.apply(otherCity)), Call.of(() -> call.apply(outside)));
    }

    private static Request period(String path) {
        return Request.of("GET", path).query("from", today().minusDays(60).toString()).query("to", today().toString());
    }

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("formCouncil", row(KEEPING, p -> council(p.community())));
        ROWS.put("getCouncil", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/councils/" + p.council())));
        ROWS.put("appointCouncilMember", Row.of(KEEPING, Call.of(() -> {
                    String council = api.call(new Person("510100", "510100", Role.CITY_ADMIN), council(HERE), 201, "form council").getString("id");
                    return Request.of("POST", "/api/v1/councils/" + council + "/members").ifMatch("\"1\"").body(member("钱多"));
                }),
                Call.of(() -> Request.of("POST", "/api/v1/councils/" + otherCity.council() + "/members").ifMatch("\"1\"").body(member("钱多"))),
                Call.of(() -> Request.of("POST", "/api/v1/councils/" + outside.council() + "/members").ifMatch("\"1\"").body(member("钱多")))));
        ROWS.put("listCouncils", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/areas/" + p.district() + "/councils")));
        ROWS.put("holdCouncilMeeting", row(HOLDING, p -> meeting(p.council())));
        ROWS.put("listCouncilMeetings", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/councils/" + p.council() + "/meetings")));
        ROWS.put("raiseCouncilTopic", row(HOLDING, p -> topic(p.meeting(), false)));
        ROWS.put("getCouncilTopic", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/council-topics/" + p.topic())));
        ROWS.put("hearOpinion", topicStep(HOLDING, "opinions", "{\"speaker\":\"张三\",\"capacity\":\"居民\",\"content\":\"支持\"}"));
        ROWS.put("proposeOnTopic", topicStep(HOLDING, PROPOSE[0], PROPOSE[1]));
        ROWS.put("voteOnProposal", topicStep(HOLDING, VOTE[0], VOTE[1], PROPOSE));
        ROWS.put("decideTopic", topicStep(DECIDING, "decision", "{\"proposal\":1,\"text\":\"按方案办\"}", PROPOSE, VOTE));
        ROWS.put("publishTopicFeedback", topicStep(HOLDING, FEEDBACK[0], FEEDBACK[1]));
        ROWS.put("closeCouncilTopic", topicStep(HOLDING, "close", null, FEEDBACK));
        ROWS.put("listCouncilTopics", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/areas/" + p.district() + "/council-topics")));
        ROWS.put("listTopicsAwaitingFeedback", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/areas/" + p.district() + "/topics-awaiting-feedback")));
        ROWS.put("assessStabilityRisk", row(ASSESSING, p -> assessment(p.majorTopic(), "LOW")));
        ROWS.put("getStabilityRiskAssessment", row(RISK_READERS, p -> Request.of("GET", "/api/v1/stability-risk-assessments/" + p.assessment())));
        ROWS.put("approveStabilityRiskMitigation", Row.of(ASSESSING, Call.of(() -> {
                    String medium = api.call(new Person("510100", "510100", Role.CITY_ADMIN), assessment(here.majorTopic(), "MEDIUM"), 201,
                            "assess").getString("id");
                    return approval(medium);
                }),
                Call.of(() -> approval(otherCity.assessment())), Call.of(() -> approval(outside.assessment()))));
        ROWS.put("openDisclosureBoard", row(PUBLISHING, p -> board(p.community())));
        ROWS.put("publishDisclosure", row(PUBLISHING, p -> Request.of("POST", "/api/v1/communities/" + p.community() + "/disclosures")
                .body("{\"category\":\"VILLAGE_AFFAIRS\",\"period\":\"" + java.time.YearMonth.from(today()) + "\",\"title\":\"矩阵村务\","
                        + "\"content\":\"道路硬化验收\"}")));
        ROWS.put("listDisclosures", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/communities/" + p.community() + "/disclosures")));
        ROWS.put(PUBLIC_OPERATION, new Row(EVERY_ROLE, Call.get("/api/v1/public/communities/" + HERE + "/disclosures"),
                Optional.empty(), Optional.empty()));
        ROWS.put("registerVillageAsset", row(PUBLISHING, p -> asset(p.community())));
        ROWS.put("listVillageAssets", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/communities/" + p.community() + "/village-assets")));
        ROWS.put("getVillageAsset", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/village-assets/" + p.asset())));
        ROWS.put("recordDisposal", Row.of(PUBLISHING, Call.of(() -> disposal(api.call(app("510100"), asset(HERE), 201, "register asset")
                        .getString("id"))),
                Call.of(() -> disposal(otherCity.asset())), Call.of(() -> disposal(outside.asset()))));
        ROWS.put("listSilentDisclosureBoards", row(REPORTS, p -> Request.of("GET", "/api/v1/areas/" + p.district() + "/silent-disclosure-boards")
                .query("period", java.time.YearMonth.from(today()).toString())));
        ROWS.put("listLateDisposals", row(REPORTS, p -> Request.of("GET", "/api/v1/areas/" + p.district() + "/late-disposals")));
        ROWS.put("getConsultationFigures", row(REPORTS, p -> period("/api/v1/areas/" + p.district() + "/consultation-figures")));
    }

    private static Request approval(String assessment) {
        return Request.of("POST", "/api/v1/stability-risk-assessments/" + assessment + "/mitigation-approval").ifMatch("\"1\"")
                .body("{\"mitigationPlan\":\"分期施工\",\"approver\":\"街道党工委书记\"}");
    }

    private static Request disposal(String asset) {
        return Request.of("POST", "/api/v1/village-assets/" + asset + "/disposals").ifMatch("\"1\"")
                .body("{\"kind\":\"LEASE\",\"description\":\"出租给合作社\",\"amount\":100,\"disposedOn\":\"" + today() + "\"}");
    }

    /** The rows of every consultation operation. */
    static Map<String, Row> rows() {
        return ROWS;
    }
}
