package org.shizhi.app;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.SecurityMatrixTest.Call;
import org.shizhi.app.SecurityMatrixTest.Row;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The security matrix's rows for the campaign context's operations, and the resources they need: for each of the three
 * places (总府路 in the callers' 锦江区, 武侯区's 洗面桥 outside it, 湛江's 金沙湾 in another city) a campaign, an open Safety
 * Star round with a nomination, a Good Samaritan fund with an award, a hall and a wedding, made through the API once.
 */
final class CampaignMatrix {

    private static final String HERE = "510104022001";
    private static final String OUTSIDE = "510107001001";
    private static final String OTHER_CITY = "440802005002";
    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> ORGANISING = EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.COMMUNITY_STAFF);
    private static final Set<Role> RECORDING = EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.INTEGRATOR);
    private static final Set<Role> OPENING = EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER);
    private static final Set<Role> NOMINATING = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.INTEGRATOR);
    private static final Set<Role> VOTING = EnumSet.of(Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.INTEGRATOR);
    private static final Set<Role> FUNDING = EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER);
    private static final Set<Role> WEDDINGS = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN);
    private static final Set<Role> FIGURES = EnumSet.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.AUDITOR, Role.INTEGRATOR);
    private static final AtomicInteger VOTERS = new AtomicInteger(100);

    /** The resources of one place. */
    record Place(String community, String fundArea, String campaign, String round, String nomination, String award, String wedding) {
    }

    private static GridCalls api;
    private static Place here;
    private static Place outside;
    private static Place otherCity;

    private CampaignMatrix() {
    }

    static void setUp(GridCalls calls) {
        api = calls;
        here = place("510100", HERE, "510104");
        outside = place("510100", OUTSIDE, "510107");
        otherCity = place("440800", OTHER_CITY, "440802");
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTime.ZONE);
    }

    private static Place place(String city, String community, String fundArea) {
        Person admin = new Person(city, city, Role.CITY_ADMIN);
        Person app = new Person(city, city, Role.INTEGRATOR);
        String campaign = api.call(admin, launch(community), 201, "launch campaign").getString("id");
        String round = api.call(admin, openRound(community), 201, "open round").getString("id");
        String nomination = api.call(app, nominate(round), 201, "nominate").getString("id");
        api.call(admin, Request.of("POST", "/api/v1/areas/" + fundArea + "/samaritan-fund/income")
                .body("{\"amount\":1000000,\"source\":\"矩阵拨款\",\"receivedOn\":\"" + today() + "\"}"), 201, "fund income");
        String award = api.call(admin, award(fundArea), 201, "award").getJsonObject("award").getString("id");
        String wedding = api.call(admin, wedding(community), 201, "wedding").getString("id");
        return new Place(community, fundArea, campaign, round, nomination, award, wedding);
    }

    private static Request launch(String community) {
        return Request.of("POST", "/api/v1/campaigns").body("{\"theme\":\"矩阵红色文化\",\"organiser\":\"矩阵\",\"periodStart\":\""
                + today().minusDays(30) + "\",\"periodEnd\":\"" + today().plusDays(30) + "\",\"targetAreas\":[\"" + community
                + "\"],\"targetKinds\":[\"COMMUNITY\",\"FAMILY\"]}");
    }

    private static Request activity(String campaign, String community) {
        return Request.of("POST", "/api/v1/campaigns/" + campaign + "/activities").body("{\"venueKind\":\"COMMUNITY\",\"place\":\"活动室\","
                + "\"areaCode\":\"" + community + "\",\"heldOn\":\"" + today() + "\",\"participants\":12,\"organiser\":\"社区\","
                + "\"evidence\":\"签到表\"}");
    }

    private static Request openRound(String community) {
        return Request.of("POST", "/api/v1/safety-star-rounds").body("{\"areaCode\":\"" + community + "\",\"title\":\"矩阵平安之星\","
                + "\"votingStart\":\"" + today().minusDays(1) + "\",\"votingEnd\":\"" + today().plusDays(30) + "\"}");
    }

    private static Request nominate(String round) {
        return Request.of("POST", "/api/v1/safety-star-rounds/" + round + "/nominations")
                .body("{\"nominee\":\"矩阵人\",\"nominatedBy\":\"矩阵居委会\",\"deed\":\"巡逻\",\"evidence\":\"记录\"}");
    }

    /** A vote of a resident who has not voted yet: each call is a new voter. */
    private static Request vote(Place place) {
        String first17 = "11010519800101" + VOTERS.getAndIncrement();
        String voter = first17 + IdNumber.checkCharacter(first17);
        return Request.of("POST", "/api/v1/safety-star-rounds/" + place.round() + "/votes")
                .body("{\"nominationId\":\"" + place.nomination() + "\",\"voterIdNumber\":\"" + voter + "\"}");
    }

    private static Request award(String fundArea) {
        return Request.of("POST", "/api/v1/areas/" + fundArea + "/samaritan-fund/awards").body("{\"act\":\"矩阵见义勇为\",\"actOn\":\""
                + today().minusDays(1) + "\",\"place\":\"河边\",\"honoured\":[{\"name\":\"张勇\"}],\"amount\":10}");
    }

    private static Request wedding(String community) {
        return Request.of("POST", "/api/v1/weddings").body("{\"areaCode\":\"" + community + "\",\"weddingOn\":\"" + today().minusDays(5)
                + "\",\"partnerOne\":\"王一\",\"partnerTwo\":\"李二\",\"services\":[\"COUNSELLING\"],"
                + "\"pledge\":{\"maxGuests\":50,\"maxBanquetTables\":5,\"maxGifts\":5000}}");
    }

    private static Request followUp(String wedding) {
        return Request.of("POST", "/api/v1/weddings/" + wedding + "/follow-up").body("{\"checkedOn\":\"" + today()
                + "\",\"guests\":40,\"banquetTables\":4,\"gifts\":3000,\"checkedBy\":\"矩阵\"}");
    }

    /** A follow-up of a wedding registered for the call: a wedding is checked once. */
    private static Request freshFollowUp() {
        String wedding = api.call(new Person("510100", HERE, Role.COMMUNITY_STAFF), wedding(HERE), 201, "wedding").getString("id");
        return followUp(wedding);
    }

    private static Request hall(String community) {
        return Request.of("POST", "/api/v1/wedding-halls").body("{\"areaCode\":\"" + community + "\",\"name\":\"矩阵礼堂\",\"capacity\":100}");
    }

    private static Request register(String community) {
        return Request.of("POST", "/api/v1/wedding-register-entries").body("{\"kind\":\"ALLIANCE_BUSINESS\",\"areaCode\":\"" + community
                + "\",\"entryOn\":\"" + today() + "\",\"name\":\"矩阵婚庆\",\"service\":\"策划\",\"pledge\":\"爱心价\",\"charityPrice\":999}");
    }

    private static Request period(String path) {
        return Request.of("GET", path).query("from", today().minusDays(60).toString()).query("to", today().toString());
    }

    /** A row whose three calls differ only in the place. */
    private static Row row(Set<Role> allowed, java.util.function.Function<Place, Request> call) {
        return Row.of(allowed, Call.of(() -> call.apply(here)), Call.of(() -> call.apply(otherCity)), Call.of(() -> call.apply(outside)));
    }

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("launchCampaign", row(ORGANISING, p -> launch(p.community())));
        ROWS.put("listCampaigns", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/campaigns").query("area", p.fundArea())));
        ROWS.put("getCampaign", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/campaigns/" + p.campaign())));
        ROWS.put("recordCampaignActivity", row(RECORDING, p -> activity(p.campaign(), p.community())));
        ROWS.put("listCampaignActivities", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/campaigns/" + p.campaign() + "/activities")));
        ROWS.put("getCampaignCoverage", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/campaigns/" + p.campaign() + "/coverage")));
        ROWS.put("openSafetyStarRound", row(OPENING, p -> openRound(p.community())));
        ROWS.put("listSafetyStarRounds", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/safety-star-rounds").query("area", p.fundArea())));
        ROWS.put("nominateSafetyStar", row(NOMINATING, p -> nominate(p.round())));
        ROWS.put("castSafetyStarVote", row(VOTING, CampaignMatrix::vote));
        ROWS.put("getSafetyStarResults", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/safety-star-rounds/" + p.round() + "/results")));
        ROWS.put("getSamaritanFund", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/areas/" + p.fundArea() + "/samaritan-fund")));
        ROWS.put("receiveSamaritanFundIncome", row(FUNDING, p -> Request.of("POST", "/api/v1/areas/" + p.fundArea()
                + "/samaritan-fund/income").body("{\"amount\":100,\"source\":\"捐赠\",\"receivedOn\":\"" + today() + "\"}")));
        ROWS.put("grantSamaritanAward", row(FUNDING, p -> award(p.fundArea())));
        ROWS.put("getSamaritanAward", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/samaritan-awards/" + p.award())));
        ROWS.put("addWeddingHall", row(WEDDINGS, p -> hall(p.community())));
        ROWS.put("listWeddingHalls", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/areas/" + p.fundArea() + "/wedding-halls")));
        ROWS.put("enterWeddingRegister", row(WEDDINGS, p -> register(p.community())));
        ROWS.put("listWeddingRegisterEntries", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/areas/" + p.fundArea()
                + "/wedding-register-entries").query("kind", "ALLIANCE_BUSINESS")));
        ROWS.put("registerWedding", row(WEDDINGS, p -> wedding(p.community())));
        ROWS.put("listWeddings", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/weddings").query("area", p.fundArea())));
        ROWS.put("getWedding", row(EVERY_ROLE, p -> Request.of("GET", "/api/v1/weddings/" + p.wedding())));
        ROWS.put("followUpWedding", Row.of(WEDDINGS, Call.of(CampaignMatrix::freshFollowUp),
                Call.of(() -> followUp(otherCity.wedding())), Call.of(() -> followUp(outside.wedding()))));
        ROWS.put("getWeddingReport", row(EVERY_ROLE, p -> period("/api/v1/areas/" + p.fundArea() + "/wedding-report")));
        ROWS.put("getCampaignFigures", row(FIGURES, p -> period("/api/v1/areas/" + p.fundArea() + "/campaign-figures")));
    }

    /** The row of one campaign operation. */
    static Map.Entry<String, Row> entry(String operation) {
        Row row = ROWS.get(operation);
        if (row == null) {
            throw new IllegalArgumentException("no campaign row " + operation);
        }
        return Map.entry(operation, row);
    }
}
