package org.shizhi.domain.archive.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.port.in.CaseSearch;
import org.shizhi.domain.archive.port.in.CaseSearchResult;
import org.shizhi.domain.archive.port.in.CaseSummary;
import org.shizhi.domain.archive.port.in.CaseView;
import org.shizhi.domain.archive.port.out.InMemoryAuditLog;
import org.shizhi.domain.archive.port.out.InMemoryCaseRecordStore;
import org.shizhi.domain.archive.port.out.SubstringCaseArchive;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.SearchUnavailableException;

class CaseArchiveServiceTest {

    static final Actor AUDITOR = new Actor("li.shenji", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG, Set.of(Role.AUDITOR), Set.of());
    static final Actor PRIVILEGED = new Actor("zhao.shenji", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG, Set.of(Role.AUDITOR),
            Set.of(Privilege.PERSONAL_DATA));
    static final Actor CHIKAN_OFFICER = new Actor("chen.jiedao", SampleCases.ZHANJIANG, SampleCases.CHIKAN,
            Set.of(Role.STREET_OFFICER), Set.of());
    static final Actor WORKER = new Actor("wang.wangge", SampleCases.ZHANJIANG, SampleCases.CHIKAN_COMMUNITY,
            Set.of(Role.GRID_WORKER), Set.of());

    final TestClock clock = new TestClock(Instant.parse("2025-03-01T02:00:00Z"));
    final SubstringCaseArchive archive = new SubstringCaseArchive(clock);
    final InMemoryCaseRecordStore store = new InMemoryCaseRecordStore();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final CaseArchiveService service = new CaseArchiveService(archive, store, audit, clock);

    @BeforeEach
    void archiveTheSamples() {
        store.addNew(SampleCases.ALL);
        archive.index(SampleCases.ALL);
    }

    @Test
    void idNumbersMobilesAndPartyNamesAreMaskedInEveryHitAndRead() {
        CaseSearchResult result = service.search(AUDITOR, CaseSearch.of("工人代表 OR 推销 OR 张伟"));
        String shown = result.items().stream().map(s -> s.title() + s.snippet()).reduce("", String::concat);
        assertThat(shown).doesNotContain(SampleCases.ID_NUMBER).doesNotContain(SampleCases.MOBILE).doesNotContain("张伟")
                .contains("110101********" + SampleCases.ID_NUMBER.substring(14)).contains("138****5678").contains("张*");
        CaseView read = service.read(AUDITOR, SampleCases.RENOVATION_NOISE.id());
        assertThat(read.parties().getFirst().idNumber()).contains("110101********" + SampleCases.ID_NUMBER.substring(14));
        assertThat(read.parties().getFirst().phone()).contains("138****5678");
        assertThat(read.parties().getFirst().name()).isEqualTo("张*");
        assertThat(read.facts()).doesNotContain("张伟");
    }

    @Test
    void anOrganisationAmongThePartiesIsShownByItsNameUnmasked() {
        CaseView read = service.read(AUDITOR, SampleCases.CEILING_LEAK.id());
        assertThat(read.parties()).singleElement().satisfies(party -> {
            assertThat(party.name()).isEqualTo("赤坎物业管理有限公司");
            assertThat(party.kind()).isEqualTo(org.shizhi.domain.archive.model.Party.Kind.ORGANISATION);
        });
        assertThat(read.outcome()).contains("赤坎物业管理有限公司协助维修");
    }

    @Test
    void theHolderOfThePersonalDataPrivilegeSeesTheClearValues() {
        CaseView read = service.read(PRIVILEGED, SampleCases.UNPAID_WAGES.id());
        assertThat(read.facts()).contains(SampleCases.ID_NUMBER);
        CaseSearchResult result = service.search(PRIVILEGED, CaseSearch.of("推销"));
        assertThat(result.items().getFirst().snippet()).contains(SampleCases.MOBILE);
    }

    @Test
    void aSnippetHighlightsTheTermsAndEscapesMarkup() {
        CaseSummary hit = service.search(AUDITOR, CaseSearch.of("漏水")).items().getFirst();
        assertThat(hit.snippet()).contains("<em>漏水</em>");
    }

    @Test
    void everySearchReadAndExportIsAuditedWithTheIdsItReturned() {
        CaseSearchResult result = service.search(AUDITOR, CaseSearch.of("噪音").withLimit(100));
        service.read(AUDITOR, SampleCases.CEILING_LEAK.id());
        List<CaseView> rows = new ArrayList<>();
        service.export(AUDITOR, CaseSearch.of("噪音"), rows::add);
        List<AuditEntry> chain = audit.chain(1, 10);
        assertThat(chain).hasSize(3);
        assertThat(chain.get(0).event().action()).isEqualTo(AuditAction.SEARCH);
        assertThat(chain.get(0).event().query()).isEqualTo("噪音");
        assertThat(chain.get(0).event().hitCount()).isEqualTo(result.total());
        assertThat(chain.get(0).event().ids()).containsExactlyElementsOf(result.items().stream().map(s -> s.id().value()).toList());
        assertThat(chain.get(1).event().ids()).containsExactly(SampleCases.CEILING_LEAK.id().value());
        assertThat(chain.get(2).event().action()).isEqualTo(AuditAction.EXPORT);
        assertThat(chain.get(2).event().ids()).hasSize(rows.size());
    }

    @Test
    void aReaderSeesOnlyTheirCityAndJurisdiction() {
        Set<CaseId> zhanjiang = ids(service.search(AUDITOR, CaseSearch.of("噪音")));
        assertThat(zhanjiang).containsExactlyInAnyOrder(SampleCases.RENOVATION_NOISE.id(), SampleCases.SQUARE_DANCE.id());
        assertThat(ids(service.search(CHIKAN_OFFICER, CaseSearch.of("噪音")))).containsExactly(SampleCases.RENOVATION_NOISE.id());
        assertThatThrownBy(() -> service.read(CHIKAN_OFFICER, SampleCases.SQUARE_DANCE.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.read(AUDITOR, SampleCases.BAR_NOISE.id())).as("another city's case")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.search(CHIKAN_OFFICER, CaseSearch.of("噪音")
                .withFilters(CaseFilters.none().withAreaWithin(SampleCases.XIASHAN)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.search(WORKER, CaseSearch.of("噪音"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.export(CHIKAN_OFFICER, CaseSearch.of("噪音"), v -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cursorsWalkThePagesAndRefuseAnotherSearch() {
        CaseSearch search = CaseSearch.of("").withSort(CaseSort.NEWEST).withLimit(2);
        List<CaseId> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            CaseSearchResult page = service.search(AUDITOR, search.withCursor(cursor));
            page.items().forEach(s -> seen.add(s.id()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        assertThat(seen).hasSize(6).doesNotHaveDuplicates();
        String first = service.search(AUDITOR, search).nextCursor().orElseThrow();
        assertThatThrownBy(() -> service.search(AUDITOR, CaseSearch.of("噪音").withLimit(2).withCursor(Optional.of(first))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("another search");
        assertThatThrownBy(() -> service.search(AUDITOR, search.withCursor(Optional.of("bm90IGEgY3Vyc29y"))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void similarToFindsOtherCasesLikeTheNamedOne() {
        CaseSearchResult result = service.search(AUDITOR, CaseSearch.similarTo(SampleCases.RENOVATION_NOISE.id()));
        assertThat(ids(result)).doesNotContain(SampleCases.RENOVATION_NOISE.id()).contains(SampleCases.NIGHT_WORKS.id());
    }

    @Test
    void whenTheIndexIsDownSearchIsUnavailableButImportsAreStoredAndWait() {
        archive.down(true);
        assertThatThrownBy(() -> service.search(AUDITOR, CaseSearch.of("噪音"))).isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining(archive.backend());
        Actor admin = new Actor("admin", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG, Set.of(Role.CITY_ADMIN), Set.of());
        long waiting = store.unindexedCount();
        assertThat(service.importCases(admin, List.of(SampleCases.late("CK-2025-009", "停机期间导入"))).stored()).isEqualTo(1);
        assertThat(store.unindexedCount()).isEqualTo(waiting + 1);
        archive.down(false);
        new ArchiveIndexing(archive, store, clock).drain(List.of(), 100);
        assertThat(store.unindexedCount()).isZero();
        assertThat(service.search(AUDITOR, CaseSearch.of("停机期间")).total()).isEqualTo(1);
    }

    @Test
    void anImportForAnotherCityIsRefusedWhole() {
        Actor admin = new Actor("admin", SampleCases.CHENGDU, SampleCases.CHENGDU, Set.of(Role.CITY_ADMIN), Set.of());
        long before = store.count();
        assertThatThrownBy(() -> service.importCases(admin, List.of(SampleCases.late("CK-2025-010", "别的城市"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.count()).isEqualTo(before);
    }

    private static Set<CaseId> ids(CaseSearchResult r) {
        return Set.copyOf(r.items().stream().map(CaseSummary::id).toList());
    }
}
