package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.shared.AreaCode;

/** V256 moves the long texts of records stored before it to {@code case_text}: none is lost, headings read without them. */
class CaseTextMigrationTest {

    @Test
    void aRecordStoredBeforeTheTextsHadTheirOwnTableKeepsItsTexts() throws Exception {
        String url = "jdbc:h2:mem:case_text_migration" + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource before = new JdbcDataSource();
        before.setURL(url);
        before.setUser("sa");
        // The archive as V20 made it: every later migration, V256 included, runs when the platform opens the database.
        Flyway.configure().dataSource(before).locations("classpath:db/migration").target("20").load().migrate();
        String judgment = "刑事判决书全文。".repeat(5_000);
        CaseId id = CaseId.ofImported(AreaCode.of("440800000000"), "OLD-1");
        try (Connection c = before.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO case_record (id, source, external_id, city_code, area_code, case_type, title, facts, reasoning, "
                    + "outcome, full_text, occurred_on, closed_on) VALUES ('" + id.value() + "', 'HISTORICAL', 'OLD-1', '440800000000', "
                    + "'440802000000', '刑事案件', '被告人盗窃案', '被告人夜间盗窃。', '本院认为构成盗窃罪。', '判处拘役三个月。', '"
                    + judgment + "', DATE '2020-01-02', DATE '2020-05-06')");
        }
        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", Optional.empty(), 2),
                PersonalDataKeys.generate("test-1"))) {
            CaseRecord whole = db.caseRecordStore().find(id).orElseThrow();
            assertThat(whole.facts()).isEqualTo("被告人夜间盗窃。");
            assertThat(whole.reasoning()).isEqualTo("本院认为构成盗窃罪。");
            assertThat(whole.outcome()).isEqualTo("判处拘役三个月。");
            assertThat(whole.fullText()).isEqualTo(judgment);
            CaseRecord heading = db.caseRecordStore().findAllWithoutTexts(java.util.List.of(id)).getFirst();
            assertThat(heading.title()).isEqualTo("被告人盗窃案");
            assertThat(heading.fullText()).isEmpty();
        }
    }
}
