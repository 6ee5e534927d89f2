package org.shizhi.bench.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.calendar.JsonWorkCalendars;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.persistence.PersonalDataCipher;
import org.shizhi.adapters.persistence.PersonalDataKeys;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.port.out.IndicatorTallies;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The benchmark's city, small (30 grids, 3,000 events), written into an in-memory H2 that the platform's migrations
 * made: the rows fit the schema's constraints and foreign keys, the tree and the grids add up, and the platform's own
 * indicator query finds the closure counts the generator kept. Not timed.
 */
class AssessmentCityTest {

    private static final AssessmentPeriod QUARTER = AssessmentPeriod.parse("2026-Q3");
    /** Counted as the quarter's run would count them on the day after it ended. */
    private static final Instant AS_OF = QUARTER.until().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
    private static Database database;
    private static AssessmentCity.Written city;

    @BeforeAll
    static void writeTheCity() throws Exception {
        PersonalDataKeys keys = PersonalDataKeys.generate("k1");
        database = Database.open(new DatabaseSettings("jdbc:h2:mem:assessment-city;DB_CLOSE_DELAY=-1" + DatabaseSettings.H2_OPTIONS,
                "sa", "", Optional.empty(), 2), keys);
        try (Connection c = database.dataSource().getConnection()) {
            city = new AssessmentCity(new AssessmentCity.Size(30, 3_000), 17, QUARTER, Instant.parse("2026-12-07T00:00:00Z"),
                    JsonWorkCalendars.fromClasspath(JsonWorkCalendars.BeyondNotice.STATUTORY), new PersonalDataCipher(keys)).write(c);
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theTreeAndTheGridsAddUp() throws Exception {
        assertThat(city.communities()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM area WHERE admin_level = 'COMMUNITY'")).isEqualTo(city.communities());
        assertThat(count("SELECT COUNT(*) FROM area WHERE admin_level = 'STREET'")).isEqualTo(city.streets());
        assertThat(count("SELECT COUNT(*) FROM area WHERE admin_level = 'DISTRICT'")).isEqualTo(city.districts());
        assertThat(count("SELECT COUNT(*) FROM grid")).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM grid g LEFT JOIN area a ON a.code = g.community_code WHERE a.code IS NULL"))
                .as("every grid in a community of the tree").isZero();
        assertThat(count("SELECT COUNT(*) FROM grid_event")).isEqualTo(3_000);
        assertThat(city.rows()).containsEntry("grid_event", 3_000L).containsEntry("grid", 30L);
        assertThat(count("SELECT COUNT(*) FROM dispute")).isEqualTo(city.rows().get("dispute")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM party_member")).isEqualTo(city.rows().get("party_member")).isBetween(30L * 4, 30L * 12);
        assertThat(count("SELECT COUNT(*) FROM petition")).isEqualTo(30);
    }

    @Test
    void eventsAreSpreadUnevenlyOverTheGrids() throws Exception {
        long most = count("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM grid_event GROUP BY grid_code) t");
        long least = count("SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM grid_event GROUP BY grid_code) t");
        assertThat(most).as("a long tail: the busiest grid takes several times the quietest").isGreaterThan(3 * least);
        assertThat(count("SELECT COUNT(DISTINCT verdict_satisfaction) FROM grid_event")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM grid_event WHERE state = 'REJECTED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM grid_event WHERE merged_into IS NOT NULL")).isPositive();
    }

    private IndicatorTallies tallies() {
        return database.indicatorTallies(JsonWorkCalendars.fromClasspath(JsonWorkCalendars.BeyondNotice.STATUTORY));
    }

    @Test
    void thePlatformsClosureQueryFindsWhatTheGeneratorKept() {
        Map<AreaCode, Reading> byDistrict = tallies().byArea(BuiltInIndicator.EVENT_CLOSURE_RATE, AssessmentCity.CITY, AdminLevel.DISTRICT,
                QUARTER, AS_OF);
        assertThat(byDistrict).hasSize(city.districts());
        assertThat(byDistrict.values().stream().mapToLong(Reading::numerator).sum()).isEqualTo(city.closureNumerator());
        assertThat(byDistrict.values().stream().mapToLong(Reading::denominator).sum()).isEqualTo(city.closureDenominator()).isPositive();
        assertThat(city.closureNumerator()).isLessThan(city.closureDenominator());
    }

    @Test
    void everyDepartmentSummonedInTheQuarterIsCounted() {
        assertThat(tallies().summonsAnswers(AssessmentCity.CITY, QUARTER, AS_OF))
                .hasSize(city.departments());
    }

    @Test
    void aSplitHasNoEmptyPartAndKeepsTheTotal() {
        int[] sizes = AssessmentCity.split(1_000, 97, new SplittableRandom(3));
        assertThat(sizes).hasSize(97);
        assertThat(java.util.Arrays.stream(sizes).min().getAsInt()).isPositive();
        assertThat(java.util.Arrays.stream(sizes).sum()).isEqualTo(1_000);
        assertThat(java.util.Arrays.stream(sizes).max().getAsInt()).isGreaterThan(java.util.Arrays.stream(sizes).min().getAsInt());
    }

    @Test
    void idNumbersAreUniqueAndCarryTheirCheckDigit() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long serial = 1; serial <= 200_000; serial += 7) {
            String id = AssessmentCity.idNumber(serial);
            assertThat(id).hasSize(18).startsWith("5199");
            assertThat(seen.add(id)).as(id).isTrue();
        }
        assertThat(new org.shizhi.domain.shared.IdNumber(AssessmentCity.idNumber(12_345)).value()).hasSize(18);
    }

    @Test
    void theQuarterIsTheOneAssessed() {
        assertThat(QUARTER.from()).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
