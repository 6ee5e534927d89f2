package org.shizhi.app;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.SecurityMatrixTest.Call;
import org.shizhi.app.SecurityMatrixTest.Row;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The security matrix's rows for the party context's estates, property companies, alliances, councils, model posts and
 * lists, and the resources they need: for each of the three places (总府路 in the callers' 锦江区, 武侯区's 洗面桥 outside
 * it, 湛江's 金沙湾 in another city) the committee and member the matrix founds, an estate, a property company, an
 * alliance and a council, made through the API once. Creates that may happen once per place (a council) make a fresh
 * estate for each call.
 */
final class PartyMatrix {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> KEEPERS = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN, Role.INTEGRATOR);
    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    /** The resources of one place; {@code organisation} and {@code member} are the matrix's own. */
    record Place(String city, String community, String district, String organisation, String member, String estate,
                 String company, String alliance, String council) {
    }

    private static GridCalls api;
    private static Place here;
    private static Place outside;
    private static Place otherCity;

    private PartyMatrix() {
    }

    /** @param places each place's {organisation id, member id}: here, outside, other city */
    static void setUp(GridCalls calls, String[] hereIds, String[] outsideIds, String[] otherCityIds) {
        api = calls;
        here = place("510100", "510104022001", hereIds);
        outside = place("510100", "510107001001", outsideIds);
        otherCity = place("440800", "440802005002", otherCityIds);
    }

    private static Place place(String city, String community, String[] ids) {
        Person admin = new Person(city, city, Role.CITY_ADMIN);
        String company = creditCode();
        api.call(admin, company(company), 201, "register property company");
        String estate = api.call(admin, estate(community, company), 201, "register estate").getString("id");
        String alliance = api.call(admin, alliance(community, ids[0]), 201, "form alliance").getString("id");
        String council = api.call(admin, council(community, estate), 201, "form council").getString("id");
        return new Place(city, community, community.substring(0, 6), ids[0], ids[1], estate, company, alliance, council);
    }

    /** A valid unified social credit code of its own. */
    private static String creditCode() {
        String first17 = "9151010" + String.format("%010d", 7_000_000L + SERIAL.getAndIncrement());
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static Request company(String code) {
        return Request.of("POST", "/api/v1/property-companies").body("{\"creditCode\":\"" + code + "\",\"name\":\"矩阵物业\"}");
    }

    private static Request estate(String community, String company) {
        return Request.of("POST", "/api/v1/estates").body("{\"communityCode\":\"" + community + "\",\"name\":\"矩阵小区"
                + SERIAL.getAndIncrement() + "\"" + (company == null ? "" : ",\"propertyCompanyCreditCode\":\"" + company + "\"") + "}");
    }

    private static Request alliance(String area, String convenor) {
        return Request.of("POST", "/api/v1/party-alliances").body("{\"name\":\"矩阵共同体\",\"areaCode\":\"" + area + "\",\"convenorId\":\""
                + convenor + "\",\"members\":[{\"name\":\"矩阵学校\",\"kind\":\"SCHOOL\"},{\"name\":\"矩阵银行\",\"kind\":\"ENTERPRISE\"}]}");
    }

    private static Request council(String community, String estate) {
        StringBuilder seats = new StringBuilder();
        for (String seat : new String[] {"COMMUNITY_PARTY_ORGANISATION", "RESIDENTS_COMMITTEE", "SUPERVISORY_COMMITTEE", "OWNERS_COMMITTEE",
            "PROPERTY_COMPANY"}) {
            seats.append(seats.isEmpty() ? "" : ",").append("{\"seat\":\"").append(seat).append("\",\"organisation\":\"")
                    .append(seat.equals("PROPERTY_COMPANY") ? "矩阵物业" : "矩阵" + seat).append("\",\"person\":\"代表\"}");
        }
        return Request.of("POST", "/api/v1/party-councils").body("{\"communityCode\":\"" + community + "\""
                + (estate == null ? "" : ",\"estateId\":\"" + estate + "\"") + ",\"seats\":[" + seats + "]}");
    }

    /** A council for a fresh estate of the place: a place has one council, each call needs its own. */
    private static Request freshCouncil(Place p) {
        String estate = p == here
                ? api.call(new Person(p.city(), p.city(), Role.CITY_ADMIN), estate(p.community(), p.company()), 201, "estate").getString("id")
                : p.estate();
        return council(p.community(), estate);
    }

    private static Request pledge(Place p) {
        return Request.of("POST", "/api/v1/party-alliances/" + p.alliance() + "/pledges")
                .body("{\"memberName\":\"矩阵银行\",\"promise\":\"金融讲座\",\"dueOn\":\"2026-12-31\"}");
    }

    private static Request activity(Place p) {
        return Request.of("POST", "/api/v1/party-alliances/" + p.alliance() + "/activities")
                .body("{\"title\":\"矩阵联合活动\",\"heldOn\":\"2026-11-01\",\"participants\":[\"矩阵学校\",\"矩阵银行\"]}");
    }

    private static Request meeting(Place p) {
        return Request.of("POST", "/api/v1/party-councils/" + p.council() + "/meetings").body("{\"heldOn\":\"2026-11-01\","
                + "\"present\":[\"COMMUNITY_PARTY_ORGANISATION\",\"RESIDENTS_COMMITTEE\",\"OWNERS_COMMITTEE\"],"
                + "\"topics\":[\"停车\"],\"decisions\":[\"划线\"]}");
    }

    /** A row whose three calls differ only in the place. */
    private static Row row(Set<Role> allowed, Function<Place, Request> call) {
        return Row.of(allowed, Call.of(() -> call.apply(here)), Call.of(() -> call.apply(otherCity)), Call.of(() -> call.apply(outside)));
    }

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("bindPartyOrganisation", row(KEEPERS, p -> Request.of("PUT", "/api/v1/party-organisations/" + p.organisation() + "/bindings")
                .body("{\"gridCodes\":[],\"estateIds\":[\"" + p.estate() + "\"]}")));
        ROWS.put("listPartyMembers", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-organisations/" + p.organisation() + "/members")));
        ROWS.put("appointPartyModelPost", row(KEEPERS, p -> Request.of("POST", "/api/v1/party-organisations/" + p.organisation()
                + "/model-posts").body("{\"title\":\"矩阵示范岗\",\"holderId\":\"" + p.member() + "\",\"since\":\"2026-07-01\"}")));
        ROWS.put("listPartyModelPosts", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-organisations/" + p.organisation() + "/model-posts")));
        ROWS.put("listPartyServices", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-members/" + p.member() + "/services")));
        ROWS.put("registerEstate", row(KEEPERS, p -> estate(p.community(), p == here ? p.company() : null)));
        ROWS.put("listEstates", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/estates").query("area", p.district())));
        ROWS.put("getEstate", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/estates/" + p.estate())));
        // A company belongs to a city, not to an area in it: no case outside the jurisdiction.
        ROWS.put("registerPropertyCompany", new Row(KEEPERS, Call.of(() -> company(creditCode())), Optional.empty(), Optional.empty()));
        ROWS.put("getPropertyCompany", new Row(EVERY_ROLE, Call.of(() -> Request.of("GET", "/api/v1/property-companies/" + here.company())),
                Optional.of(Call.of(() -> Request.of("GET", "/api/v1/property-companies/" + otherCity.company()))), Optional.empty()));
        // Outside the jurisdiction: the overseeing organisation is.
        ROWS.put("linkPropertyCompany", Row.of(KEEPERS, Call.of(() -> link(here.company(), here.organisation())),
                Call.of(() -> link(otherCity.company(), otherCity.organisation())), Call.of(() -> link(here.company(), outside.organisation()))));
        ROWS.put("formPartyAlliance", row(KEEPERS, p -> alliance(p.community(), p.organisation())));
        ROWS.put("listPartyAlliances", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-alliances").query("area", p.district())));
        ROWS.put("getPartyAlliance", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-alliances/" + p.alliance())));
        ROWS.put("admitAllianceMember", row(KEEPERS, p -> Request.of("POST", "/api/v1/party-alliances/" + p.alliance() + "/members")
                .body("{\"name\":\"矩阵企业" + SERIAL.getAndIncrement() + "\",\"kind\":\"ENTERPRISE\"}")));
        ROWS.put("pledgeToAlliance", row(KEEPERS, PartyMatrix::pledge));
        ROWS.put("listAlliancePledges", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-alliances/" + p.alliance() + "/pledges")));
        ROWS.put("recordAllianceActivity", row(KEEPERS, PartyMatrix::activity));
        ROWS.put("listAllianceActivities", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-alliances/" + p.alliance() + "/activities")));
        ROWS.put("formPartyCouncil", row(KEEPERS, PartyMatrix::freshCouncil));
        ROWS.put("getPartyCouncil", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-councils/" + p.council())));
        ROWS.put("listPartyCouncils", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/areas/" + p.community() + "/party-councils")));
        ROWS.put("recordPartyCouncilMeeting", row(KEEPERS, PartyMatrix::meeting));
        ROWS.put("listPartyCouncilMeetings", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/party-councils/" + p.council() + "/meetings")));
        // Instructors stay grid posts: the read checks the community as the grid context does.
        ROWS.put("listPartyInstructors", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/areas/" + p.community() + "/party-instructors")));
    }

    private static Request link(String company, String organisation) {
        return Request.of("PUT", "/api/v1/property-companies/" + company + "/overseer").body("{\"organisationId\":\"" + organisation + "\"}");
    }

    /** The row of one party operation. */
    static Map.Entry<String, Row> entry(String operation) {
        Row row = ROWS.get(operation);
        if (row == null) {
            throw new IllegalArgumentException("no party row " + operation);
        }
        return Map.entry(operation, row);
    }

    /** Every operation with a row here. */
    static Set<String> operations() {
        return ROWS.keySet();
    }
}
