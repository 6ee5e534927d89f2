package org.shizhi.domain.archive.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.ChainVerdict;
import org.shizhi.domain.archive.port.out.InMemoryAuditLog;
import org.shizhi.domain.shared.AccessDeniedException;

class AuditServiceTest {

    final InMemoryAuditLog log = new InMemoryAuditLog();
    final AuditService service = new AuditService(log);

    @BeforeEach
    void fiveEntries() {
        for (int i = 1; i <= 5; i++) {
            log.append(new AuditEvent(java.time.Instant.parse("2025-03-01T02:00:00Z").plusSeconds(i), "li.shenji",
                    java.util.Set.of(org.shizhi.domain.shared.Role.AUDITOR), org.shizhi.domain.archive.model.SampleCases.ZHANJIANG,
                    AuditAction.SEARCH, "噪音", "", i, List.of()));
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        assertThat(service.verify(CaseArchiveServiceTest.AUDITOR)).isEqualTo(ChainVerdict.intact(5));
    }

    @Test
    void anEditedEntryIsNamed() {
        AuditEntry third = log.chain(3, 1).getFirst();
        AuditEvent e = third.event();
        log.replace(3, new AuditEntry(3, new AuditEvent(e.at(), e.subject(), e.roles(), e.city(), e.action(), "别的查询",
                e.filters(), e.hitCount(), e.ids()), third.previousHash(), third.hash()));
        ChainVerdict verdict = service.verify(CaseArchiveServiceTest.AUDITOR);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBroken()).contains(3L);
        assertThat(verdict.reason().orElseThrow()).contains("changed");
    }

    @Test
    void aDeletedEntryIsNamed() {
        log.remove(2);
        assertThat(service.verify(CaseArchiveServiceTest.AUDITOR).firstBroken()).contains(2L);
    }

    @Test
    void deletingTheLastEntriesIsFoundByTheHead() {
        log.remove(5);
        ChainVerdict verdict = service.verify(CaseArchiveServiceTest.AUDITOR);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBroken()).contains(5L);
    }

    @Test
    void onlyAuditorsReadOrVerify() {
        assertThatThrownBy(() -> service.verify(CaseArchiveServiceTest.CHIKAN_OFFICER)).isInstanceOf(AccessDeniedException.class);
    }

}
