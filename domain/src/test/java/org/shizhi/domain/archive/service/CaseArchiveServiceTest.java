package org.shizhi.domain.archive.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.CaseTexts;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.port.in.CaseSearch;
import org.shizhi.domain.archive.port.in.CaseSearchResult;
import org.shizhi.domain.archive.port.in.CaseSummary;
import org.shizhi.domain.archive.port.in.CaseView;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.archive.port.out.InMemoryAuditLog;
import org.shizhi.domain.archive.port.out.InMemoryCaseRecordStore;
import org.shizhi.domain.archive.port.out.SubstringCaseArchive;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;
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
    void aHitPageCutsTheSameSnippetsFromTheIndexsTextsAndReadsNoLongTextFromTheStore() {
        // A judgment whose full text alone holds 判决书 and a party's mobile, and a record that has only a full text.
        CaseRecord judgment = new CaseRecord(CaseId.ofImported(SampleCases.ZHANJIANG, "JUD-2020-7"), CaseSource.HISTORICAL,
                Optional.of("JUD-2020-7"), SampleCases.ZHANJIANG, SampleCases.CHIKAN_COMMUNITY, "刑事案件", "被告人李强盗窃案",
                "被告人李强于夜间盗窃电动车一辆。", "本院认为，被告人构成盗窃罪。", "判处有期徒刑六个月。",
                "湛江市赤坎区人民法院刑事判决书。被告人李强，联系电话13912345678。" + "被告人李强于夜间盗窃电动车一辆。".repeat(30)
                        + "如不服本判决书，可提出上诉。",
                List.of(new Party("李强", "被告人", Optional.empty(), Optional.of(new PhoneNumber("13912345678")))),
                LocalDate.of(2020, 1, 2), LocalDate.of(2020, 5, 6), List.of("刑事判决"));
        CaseRecord fullTextOnly = new CaseRecord(CaseId.ofImported(SampleCases.ZHANJIANG, "JUD-2020-8"), CaseSource.HISTORICAL,
                Optional.of("JUD-2020-8"), SampleCases.ZHANJIANG, SampleCases.CHIKAN_COMMUNITY, "刑事案件", "盗窃判决书全文",
                "", "", "", "刑事判决书：被告人夜间盗窃，判处拘役三个月。", List.of(), LocalDate.of(2020, 2, 2),
                LocalDate.of(2020, 6, 6), List.of());
        store.addNew(List.of(judgment, fullTextOnly));
        archive.index(List.of(judgment, fullTextOnly));
        // Before: every hit read whole from the store (an index that keeps no texts).
        CaseArchive keepsNoTexts = new ForwardingArchive(archive) {
            @Override
            public Map<CaseId, CaseTexts> texts(Collection<CaseId> ids, boolean withFullText) {
                return Map.of();
            }
        };
        CaseArchiveService before = new CaseArchiveService(keepsNoTexts, store, new InMemoryAuditLog(), clock);
        List<String> readWhole = new ArrayList<>();
        CaseRecordStore counting = (CaseRecordStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CaseRecordStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findAll") || method.getName().equals("find")) {
                        readWhole.add(method.getName() + " " + java.util.Arrays.toString(args));
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CaseArchiveService now = new CaseArchiveService(archive, counting, new InMemoryAuditLog(), clock);
        for (Actor reader : List.of(AUDITOR, PRIVILEGED)) {
            for (String q : List.of("盗窃", "判决书", "13912345678", "漏水 OR 噪音", "工人代表 OR 推销 OR 张伟", "李强")) {
                List<CaseSummary> expected = before.search(reader, CaseSearch.of(q)).items();
                List<CaseSummary> got = now.search(reader, CaseSearch.of(q)).items();
                assertThat(got).as("%s by %s", q, reader.subject()).isNotEmpty().isEqualTo(expected);
            }
        }
        assertThat(readWhole).as("records read whole from the store for a page of hits").isEmpty();
        // Masking still applies to what the index kept: the full text's mobile and the party's name.
        CaseSummary hit = now.search(AUDITOR, CaseSearch.of("判决书")).items().stream()
                .filter(h -> h.id().equals(judgment.id())).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("<em>判决书</em>").doesNotContain("13912345678").doesNotContain("李强").contains("139****5678");
    }

    /** An archive that passes every call on; a test overrides what it changes. */
    private static class ForwardingArchive implements CaseArchive {
        private final CaseArchive to;

        ForwardingArchive(CaseArchive to) {
            this.to = to;
        }

        @Override
        public String backend() {
            return to.backend();
        }

        @Override
        public void index(List<CaseRecord> records) {
            to.index(records);
        }

        @Override
        public ArchiveHits search(ArchiveQuery query) {
            return to.search(query);
        }

        @Override
        public Map<CaseId, CaseTexts> texts(Collection<CaseId> ids, boolean withFullText) {
            return to.texts(ids, withFullText);
        }

        @Override
        public long count() {
            return to.count();
        }

        @Override
        public Rebuild rebuild() {
            return to.rebuild();
        }

        @Override
        public void close() {
            to.close();
        }
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
