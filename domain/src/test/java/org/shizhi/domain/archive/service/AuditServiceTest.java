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
    final AuditService service = new AuditService(log, java.time.Clock.fixed(java.time.Instant.parse("2025-03-02T02:00:00Z"), java.time.ZoneOffset.UTC));

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
    void aStreetOfficerReadsTheirOwnTrailAndNoOneElses() {
        java.time.Instant at = java.time.Instant.parse("2025-03-01T03:00:00Z");
        log.append(new AuditEvent(at, "chen.jiedao", java.util.Set.of(org.shizhi.domain.shared.Role.STREET_OFFICER),
                org.shizhi.domain.archive.model.SampleCases.ZHANJIANG, AuditAction.SEARCH, "漏水", "", 3, List.of()));
        log.append(new AuditEvent(at.plusSeconds(1), "chen.jiedao", java.util.Set.of(org.shizhi.domain.shared.Role.STREET_OFFICER),
                org.shizhi.domain.archive.model.SampleCases.ZHANJIANG, AuditAction.READ, "case", "", 1, List.of("zj-1")));
        // The same subject in another city is another person's trail.
        log.append(new AuditEvent(at.plusSeconds(2), "chen.jiedao", java.util.Set.of(org.shizhi.domain.shared.Role.STREET_OFFICER),
                org.shizhi.domain.shared.AreaCode.of("510100"), AuditAction.SEARCH, "成都", "", 1, List.of()));

        List<AuditEntry> own = service.ownEntries(CaseArchiveServiceTest.CHIKAN_OFFICER, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), org.shizhi.domain.shared.PageRequest.first(10)).items();
        assertThat(own).as("the officer's two entries in Zhanjiang, newest first; none of the auditor's five")
                .extracting(e -> e.event().query()).containsExactly("case", "漏水");
        assertThat(service.ownEntries(CaseArchiveServiceTest.CHIKAN_OFFICER, java.util.Optional.of(AuditAction.SEARCH), java.util.Optional.empty(),
                java.util.Optional.empty(), org.shizhi.domain.shared.PageRequest.first(10)).items())
                .extracting(e -> e.event().query()).containsExactly("漏水");
        assertThat(service.ownEntries(CaseArchiveServiceTest.AUDITOR, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), org.shizhi.domain.shared.PageRequest.first(10)).items())
                .as("the auditor's own trail is theirs alone too").hasSize(5).allSatisfy(e -> assertThat(e.event().subject()).isEqualTo("li.shenji"));
    }

    @Test
    void onlyAuditorsReadOrVerify() {
        assertThatThrownBy(() -> service.verify(CaseArchiveServiceTest.CHIKAN_OFFICER)).isInstanceOf(AccessDeniedException.class);
    }


    @Test
    void personalDataShownUnmaskedIsWrittenWithEveryRecordAndThePurpose() {
        var shown = new org.shizhi.domain.archive.port.in.RecordDisclosureUseCase.Disclosure("residents of grid 440811102001-01",
                List.of("r-1", "r-2"), java.util.Optional.of("  走访核实 "));

        assertThat(service.disclosed(CaseArchiveServiceTest.PRIVILEGED, shown)).as("an entry was written").isTrue();

        AuditEvent written = log.chain(6, 1).getFirst().event();
        assertThat(written.subject()).isEqualTo(CaseArchiveServiceTest.PRIVILEGED.subject());
        assertThat(written.action()).isEqualTo(AuditAction.READ);
        assertThat(written.ids()).containsExactly("r-1", "r-2");
        assertThat(written.hitCount()).isEqualTo(2);
        assertThat(written.purpose()).isEqualTo("走访核实");
        assertThat(service.verify(CaseArchiveServiceTest.AUDITOR)).isEqualTo(ChainVerdict.intact(6));
    }

    @Test
    void aMaskedReadOrAnEmptyPageWritesNothing() {
        var shown = new org.shizhi.domain.archive.port.in.RecordDisclosureUseCase.Disclosure("resident", List.of("r-1"),
                java.util.Optional.empty());
        var nothing = new org.shizhi.domain.archive.port.in.RecordDisclosureUseCase.Disclosure("residents", List.of(),
                java.util.Optional.empty());

        assertThat(service.disclosed(CaseArchiveServiceTest.AUDITOR, shown)).as("masked: no PERSONAL_DATA").isFalse();
        assertThat(service.disclosed(CaseArchiveServiceTest.PRIVILEGED, nothing)).as("no record shown").isFalse();
        assertThat(log.chain(6, 10)).as("entries after the five of the set-up").isEmpty();
    }
}
