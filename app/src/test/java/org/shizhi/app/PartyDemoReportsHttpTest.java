package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The platform started with the whole demo (areas, grids, registers, events, party records) on the database, as a first
 * {@code ./shizhi start} loads it: once the party records are in, every party report and list answers over HTTP with
 * something to show in both demo cities, counted by the database (PartyDemoDataTest checks the same in memory).
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:party-demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "shizhi.demo-data.grids", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class PartyDemoReportsHttpTest {

    /** Each demo city with its first community (by code). */
    private static final Map<String, String> CITIES = Map.of("440800", "440802001001", "510100", "510104017001");

    @Inject
    WebTarget target;

    @Test
    void everyPartyReportAndListAnswersOnTheDemoCities() {
        GridCalls api = new GridCalls(target);
        awaitTheDemoPartyRecords(api);
        LocalDate today = LocalDate.now(WorkingTime.ZONE);
        String from = today.minusYears(1).toString();
        String to = today.toString();
        for (Map.Entry<String, String> city : CITIES.entrySet()) {
            Person admin = new Person(city.getKey(), city.getKey(), Role.CITY_ADMIN);
            String areas = "/api/v1/areas/" + city.getKey();

            List<JsonObject> coverage = items(api.call(admin, Request.of("GET", areas + "/party-coverage"), 200, "coverage"), "rows");
            int grids = coverage.stream().mapToInt(r -> r.getInt("grids")).sum();
            int covered = coverage.stream().mapToInt(r -> r.getInt("coveredGrids")).sum();
            assertThat(covered).as("branches on most grids of %s", city.getKey()).isGreaterThan(grids / 2).isLessThan(grids);
            assertThat(items(api.call(admin, Request.of("GET", areas + "/party-uncovered-places"), 200, "uncovered"), "items"))
                    .as("grids and estates without a branch in %s", city.getKey()).isNotEmpty();
            double rate = api.call(admin, Request.of("GET", areas + "/party-check-in-rate"), 200, "check-in rate")
                    .getJsonNumber("rate").doubleValue();
            assertThat(rate).as("check-in rate of %s", city.getKey()).isStrictlyBetween(0.0, 1.0);
            assertThat(items(api.call(admin, Request.of("GET", areas + "/party-member-hours").query("from", from).query("to", to)
                    .query("limit", "10"), 200, "hours per member"), "items")).as("hours per member in %s", city.getKey()).hasSize(10);
            assertThat(items(api.call(admin, Request.of("GET", areas + "/party-community-hours").query("from", from).query("to", to),
                    200, "hours per community"), "items")).as("hours per community in %s", city.getKey()).hasSizeGreaterThan(3);
            assertThat(items(api.call(admin, Request.of("GET", areas + "/idle-party-members").query("months", "3"), 200, "idle"), "items"))
                    .as("members idle for three months in %s", city.getKey()).isNotEmpty();
            List<JsonObject> open = items(api.call(admin, Request.of("GET", areas + "/open-party-pledges"), 200, "open pledges"), "items");
            assertThat(open).as("open pledges in %s, overdue and not", city.getKey()).anyMatch(p -> p.getBoolean("overdue"))
                    .anyMatch(p -> !p.getBoolean("overdue"));
            assertThat(items(api.call(admin, Request.of("GET", areas + "/estates-without-red-property"), 200, "unlinked"), "items"))
                    .as("estates without red property in %s", city.getKey()).isNotEmpty();
            JsonObject figures = api.call(admin, Request.of("GET", areas + "/party-figures").query("from", from).query("to", to), 200, "figures");
            assertThat(figures.getJsonNumber("pledgesKeptRate").doubleValue()).as("some pledges kept in %s, not all", city.getKey())
                    .isStrictlyBetween(0.0, 1.0);
            assertThat(figures.getJsonNumber("branchCoverage").doubleValue()).isStrictlyBetween(0.0, 1.0);
            assertThat(figures.getJsonNumber("serviceHours").doubleValue()).isPositive();

            String community = "/api/v1/areas/" + city.getValue();
            List<JsonObject> councils = items(api.call(admin, Request.of("GET", community + "/party-councils"), 200, "councils"), "items");
            assertThat(councils).as("the first community's council and its estate's in %s", city.getKey()).hasSize(2);
            assertThat(items(api.call(admin, Request.of("GET", "/api/v1/party-councils/" + councils.getFirst().getString("id") + "/meetings"),
                    200, "meetings"), "items")).as("the council's meetings").hasSize(2);
            assertThat(items(api.call(admin, Request.of("GET", community + "/party-instructors"), 200, "instructors"), "items"))
                    .as("the instructors on the first community's grids in %s", city.getKey()).isNotEmpty();
            JsonObject alliance = items(api.call(admin, Request.of("GET", "/api/v1/party-alliances").query("area", city.getKey()), 200,
                    "alliances"), "items").getFirst();
            assertThat(items(api.call(admin, Request.of("GET", "/api/v1/party-alliances/" + alliance.getString("id") + "/activities"), 200,
                    "activities"), "items")).as("joint activities in %s", city.getKey()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** The demo loads in the background after the start; Chengdu's alliance is the last party record it enters. */
    private static void awaitTheDemoPartyRecords(GridCalls api) {
        Person chengdu = new Person("510100", "510100", Role.CITY_ADMIN);
        await("the demo's party records").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                .until(() -> !items(api.call(chengdu, Request.of("GET", "/api/v1/party-alliances").query("area", "510100"), 200,
                        "alliances"), "items").isEmpty());
    }

    private static List<JsonObject> items(JsonObject page, String name) {
        return page.getJsonArray(name).getValuesAs(JsonObject.class);
    }
}
