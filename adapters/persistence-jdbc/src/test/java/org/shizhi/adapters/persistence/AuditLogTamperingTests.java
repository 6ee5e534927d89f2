package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.ChainVerdict;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.port.out.AuditLogContract;
import org.shizhi.domain.archive.service.AuditService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Role;

/**
 * The audit log's contract, plus what only a database can show: someone with SQL access edits or deletes a row, and
 * verification names the first broken link.
 */
abstract class AuditLogTamperingTests extends AuditLogContract {

    private static final Actor AUDITOR = new Actor("li.shenji", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG,
            Set.of(Role.AUDITOR), Set.of());

    protected abstract TestDatabase database();

    private AuditService fiveEntries() {
        AuditService service = new AuditService(database().database().auditLog(), java.time.Clock.systemUTC());
        for (int i = 1; i <= 5; i++) {
            database().database().auditLog().append(event("li.shenji", AuditAction.SEARCH, i));
        }
        return service;
    }

    private void sql(String statement) {
        try (Connection c = database().database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUntouchedChainVerifiesAfterTheRoundTripThroughTheDatabase() {
        assertThat(fiveEntries().verify(AUDITOR)).isEqualTo(ChainVerdict.intact(5));
    }

    @Test
    void aRowEditedWithSqlIsFoundAndNamed() {
        AuditService service = fiveEntries();
        sql("UPDATE audit_entry SET hit_count = 0 WHERE sequence = 3");
        ChainVerdict verdict = service.verify(AUDITOR);
        assertThat(verdict.intact()).as("an edited hit count").isFalse();
        assertThat(verdict.firstBroken()).contains(3L);
    }

    @Test
    void aRowDeletedWithSqlIsFoundAndNamed() {
        AuditService service = fiveEntries();
        sql("DELETE FROM audit_entry WHERE sequence = 2");
        assertThat(service.verify(AUDITOR).firstBroken()).contains(2L);
    }

    @Test
    void aRowRewrittenWithAFreshHashBreaksTheNextLink() {
        AuditService service = fiveEntries();
        sql("UPDATE audit_entry SET subject = 'someone.else', hash = '" + "f".repeat(64) + "' WHERE sequence = 4");
        assertThat(service.verify(AUDITOR).firstBroken()).as("4's content no longer gives its hash").contains(4L);
    }
}
