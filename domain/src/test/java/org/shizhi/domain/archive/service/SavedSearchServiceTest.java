package org.shizhi.domain.archive.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.port.in.SavedSearchUseCase.NewMatch;
import org.shizhi.domain.archive.port.in.SavedSearchUseCase.SaveSearchCommand;
import org.shizhi.domain.archive.port.in.SavedSearchUseCase.SavedSearchView;
import org.shizhi.domain.archive.port.out.InMemoryAuditLog;
import org.shizhi.domain.archive.port.out.InMemoryCaseRecordStore;
import org.shizhi.domain.archive.port.out.InMemorySavedSearches;
import org.shizhi.domain.archive.port.out.SubstringCaseArchive;
import org.shizhi.domain.archive.port.out.SubstringSavedSearchMonitor;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.SearchUnavailableException;

class SavedSearchServiceTest {

    static final Actor AUDITOR = new Actor("li.shenji", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG, Set.of(Role.AUDITOR), Set.of());
    static final Actor CHIKAN_OFFICER = new Actor("chen.jiedao", SampleCases.ZHANJIANG, SampleCases.CHIKAN,
            Set.of(Role.STREET_OFFICER), Set.of());
    static final Actor ADMIN = new Actor("zhou.admin", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG, Set.of(Role.CITY_ADMIN), Set.of());
    static final Actor CHENGDU_ADMIN = new Actor("he.admin", SampleCases.CHENGDU, SampleCases.CHENGDU, Set.of(Role.CITY_ADMIN), Set.of());

    final TestClock clock = new TestClock(Instant.parse("2025-03-01T02:00:00Z"));
    final SubstringCaseArchive index = new SubstringCaseArchive(clock);
    final InMemoryCaseRecordStore records = new InMemoryCaseRecordStore();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemorySavedSearches saved = new InMemorySavedSearches();
    final SubstringSavedSearchMonitor monitor = new SubstringSavedSearchMonitor();
    final SavedSearchService service = new SavedSearchService(saved, monitor, records, audit, clock);
    final AlertingCaseArchive archive = new AlertingCaseArchive(index, service::alert);
    final CaseArchiveService cases = new CaseArchiveService(archive, records, audit, clock);
    final ArchiveIndexing indexing = new ArchiveIndexing(archive, records, clock);

    @BeforeEach
    void archiveTheSamples() {
        cases.importCases(ADMIN, SampleCases.ALL.stream().filter(r -> r.city().equals(SampleCases.ZHANJIANG)).toList());
        cases.importCases(CHENGDU_ADMIN, List.of(SampleCases.BAR_NOISE));
        clock.advance(Duration.ofMinutes(1));
    }

    private static CaseRecord arriving(AreaCode city, String externalId, AreaCode area, String title) {
        return new CaseRecord(CaseId.ofImported(city, externalId), CaseSource.HISTORICAL, Optional.of(externalId), city, area,
                "邻里纠纷", title, "住户王芳反映" + title + "，多次协商未果。", "", "社区调解。", "",
                List.of(new Party("王芳", "申请人", Optional.empty(), Optional.empty())),
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 20), List.of("噪音"));
    }

    private static SaveSearchCommand noise() {
        return new SaveSearchCommand("噪音案件", "噪音", SearchText.Mode.KEYWORDS, CaseFilters.none());
    }

    private List<CaseId> fresh(Actor actor, SavedSearchId id) {
        return service.newMatches(actor, id, PageRequest.first(100)).items().stream().map(m -> m.summary().id()).toList();
    }

    @Test
    void aCaseArrivingLaterAndMatchingIsListedAsNewWithACountUntilSeen() {
        SavedSearchView s = service.save(AUDITOR, noise());
        assertThat(s.newMatches()).as("cases archived before saving are not alerts").isZero();
        CaseRecord arrived = arriving(SampleCases.ZHANJIANG, "NEW-1", SampleCases.CHIKAN_COMMUNITY, "楼下商铺噪音扰民");
        CaseRecord other = arriving(SampleCases.ZHANJIANG, "NEW-2", SampleCases.CHIKAN_COMMUNITY, "楼道堆放杂物");
        cases.importCases(ADMIN, List.of(arrived, other));

        assertThat(service.read(AUDITOR, s.id()).newMatches()).isEqualTo(1);
        assertThat(service.list(AUDITOR, PageRequest.first(10)).items()).singleElement()
                .satisfies(v -> assertThat(v.newMatches()).isEqualTo(1));
        List<NewMatch> matches = service.newMatches(AUDITOR, s.id(), PageRequest.first(10)).items();
        assertThat(matches).extracting(m -> m.summary().id()).containsExactly(arrived.id());
        assertThat(matches.getFirst().summary().title()).isEqualTo("楼下商铺噪音扰民");
        assertThat(matches.getFirst().summary().snippet()).as("the party's name masked").doesNotContain("王芳").contains("<em>噪音</em>");
        assertThat(matches.getFirst().matchedAt()).isEqualTo(clock.instant());
        assertThat(audit.chain(1, 100).getLast().event().action()).isEqualTo(AuditAction.SEARCH);
        assertThat(audit.chain(1, 100).getLast().event().ids()).containsExactly(arrived.id().value());

        SavedSearchView seen = service.markSeen(AUDITOR, s.id(), OptionalLong.empty());
        assertThat(seen.newMatches()).isZero();
        assertThat(fresh(AUDITOR, s.id())).isEmpty();
        cases.importCases(ADMIN, List.of(arrived));
        assertThat(service.read(AUDITOR, s.id()).newMatches()).as("a case imported again is not new again").isZero();
    }

    @Test
    void casesRelayedFromClosedEventsAndDisputesAlertAsImportsDo() {
        SavedSearchView s = service.save(AUDITOR, noise());
        CaseRecord relayed = arriving(SampleCases.ZHANJIANG, "RELAY-1", SampleCases.XIASHAN_STREET, "夜市噪音");
        indexing.relay(new org.shizhi.domain.archive.port.out.PendingCaseRecords() {
            private boolean given;

            @Override
            public String name() {
                return "test-outbox";
            }

            @Override
            public List<CaseRecord> claim(int limit) {
                if (given) {
                    return List.of();
                }
                given = true;
                return List.of(relayed);
            }

            @Override
            public void delivered(List<CaseId> ids) {
            }
        }, 10);
        assertThat(service.read(AUDITOR, s.id()).newMatches()).as("stored, not yet indexed").isZero();
        indexing.catchUp(10);
        assertThat(fresh(AUDITOR, s.id())).containsExactly(relayed.id());
    }

    @Test
    void aCaseOutsideTheOwnersCityOrJurisdictionNeverMatches() {
        SavedSearchView s = service.save(CHIKAN_OFFICER, noise());
        CaseRecord inside = arriving(SampleCases.ZHANJIANG, "IN", SampleCases.CHIKAN_COMMUNITY, "装修噪音");
        CaseRecord otherDistrict = arriving(SampleCases.ZHANJIANG, "OUT", SampleCases.XIASHAN_STREET, "夜市噪音");
        CaseRecord cityLevel = arriving(SampleCases.ZHANJIANG, "CITY", SampleCases.ZHANJIANG, "全市噪音");
        cases.importCases(ADMIN, List.of(inside, otherDistrict, cityLevel));
        cases.importCases(CHENGDU_ADMIN, List.of(arriving(SampleCases.CHENGDU, "CD", SampleCases.JINJIANG_COMMUNITY, "酒吧噪音")));

        assertThat(fresh(CHIKAN_OFFICER, s.id())).containsExactly(inside.id());
        assertThat(service.read(CHIKAN_OFFICER, s.id()).newMatches()).isEqualTo(1);
    }

    @Test
    void aJurisdictionNarrowedAfterSavingHidesWhatLiesOutsideAndStopsMatchingIt() {
        Actor wide = new Actor("sun.jiedao", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG, Set.of(Role.STREET_OFFICER), Set.of());
        Actor narrowed = new Actor("sun.jiedao", SampleCases.ZHANJIANG, SampleCases.CHIKAN, Set.of(Role.STREET_OFFICER), Set.of());
        SavedSearchView s = service.save(wide, noise());
        CaseRecord xiashanBefore = arriving(SampleCases.ZHANJIANG, "X1", SampleCases.XIASHAN_STREET, "夜市噪音");
        CaseRecord chikan = arriving(SampleCases.ZHANJIANG, "C1", SampleCases.CHIKAN_COMMUNITY, "装修噪音");
        cases.importCases(ADMIN, List.of(xiashanBefore, chikan));
        assertThat(service.read(wide, s.id()).newMatches()).isEqualTo(2);

        assertThat(service.read(narrowed, s.id()).newMatches()).as("outside the jurisdiction held now: not counted").isEqualTo(1);
        assertThat(service.list(narrowed, PageRequest.first(10)).items().getFirst().newMatches()).isEqualTo(1);
        assertThat(fresh(narrowed, s.id())).containsExactly(chikan.id());

        CaseRecord xiashanAfter = arriving(SampleCases.ZHANJIANG, "X2", SampleCases.XIASHAN_STREET, "广场噪音");
        CaseRecord chikanAfter = arriving(SampleCases.ZHANJIANG, "C2", SampleCases.CHIKAN_COMMUNITY, "工地噪音");
        cases.importCases(ADMIN, List.of(xiashanAfter, chikanAfter));
        assertThat(fresh(narrowed, s.id())).containsExactly(chikan.id(), chikanAfter.id());
        assertThat(fresh(wide, s.id())).as("what arrived while narrowed never matched")
                .containsExactly(xiashanBefore.id(), chikan.id(), chikanAfter.id());
    }

    @Test
    void aNarrowedJurisdictionHoldsAtMatchTimeEvenWhenTheMonitorStillWatchesTheOldScope() {
        Actor wide = new Actor("sun.jiedao", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG, Set.of(Role.STREET_OFFICER), Set.of());
        Actor narrowed = new Actor("sun.jiedao", SampleCases.ZHANJIANG, SampleCases.CHIKAN, Set.of(Role.STREET_OFFICER), Set.of());
        SavedSearchView s = service.save(wide, noise());
        monitor.down(true);
        service.read(narrowed, s.id());
        monitor.down(false);
        cases.importCases(ADMIN, List.of(arriving(SampleCases.ZHANJIANG, "X3", SampleCases.XIASHAN_STREET, "夜市噪音")));
        assertThat(fresh(wide, s.id())).as("the stored scope decides, not what the monitor watched").isEmpty();
    }

    @Test
    void aSavedSearchIsItsOwnersAlone() {
        SavedSearchView s = service.save(AUDITOR, noise());
        Actor colleague = new Actor("wu.shenji", SampleCases.ZHANJIANG, SampleCases.ZHANJIANG, Set.of(Role.AUDITOR), Set.of());
        Actor sameNameElsewhere = new Actor("li.shenji", SampleCases.CHENGDU, SampleCases.CHENGDU, Set.of(Role.AUDITOR), Set.of());
        for (Actor other : List.of(colleague, sameNameElsewhere)) {
            assertThatThrownBy(() -> service.read(other, s.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.newMatches(other, s.id(), PageRequest.first(10))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.markSeen(other, s.id(), OptionalLong.empty())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.delete(other, s.id())).isInstanceOf(NotFoundException.class);
            assertThat(service.list(other, PageRequest.first(10)).items()).isEmpty();
        }
    }

    @Test
    void rolesAreCheckedFirst() {
        Actor worker = new Actor("wang.wangge", SampleCases.ZHANJIANG, SampleCases.CHIKAN_COMMUNITY, Set.of(Role.GRID_WORKER), Set.of());
        assertThatThrownBy(() -> service.save(worker, noise())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(worker, PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDescriptionOrAnAreaOutsideTheJurisdictionIsRefusedAndNothingIsKept() {
        String pasted = "楼上邻居每天夜里装修施工，电钻声音很大，影响全家休息，多次上门协商都没有结果，物业也不管，希望社区出面调解处理";
        assertThatThrownBy(() -> service.save(AUDITOR, new SaveSearchCommand("粘贴", pasted, SearchText.Mode.AUTO, CaseFilters.none())))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("q"));
        assertThatThrownBy(() -> service.save(CHIKAN_OFFICER, new SaveSearchCommand("霞山", "噪音", SearchText.Mode.KEYWORDS,
                CaseFilters.none().withAreaWithin(SampleCases.XIASHAN)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.save(AUDITOR, new SaveSearchCommand(" ", "噪音", SearchText.Mode.KEYWORDS, CaseFilters.none())))
                .isInstanceOf(InvalidValueException.class);
        assertThat(saved.countOwned(SampleCases.ZHANJIANG, AUDITOR.subject())).isZero();
        assertThat(monitor.watching()).isZero();
    }

    @Test
    void aSearchTheMonitorCannotTakeIsNotKept() {
        monitor.down(true);
        assertThatThrownBy(() -> service.save(AUDITOR, noise())).isInstanceOf(SearchUnavailableException.class);
        monitor.down(false);
        assertThat(service.list(AUDITOR, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anAreaInsideTheJurisdictionNarrowsTheMatches() {
        SavedSearchView s = service.save(AUDITOR, new SaveSearchCommand("赤坎噪音", "噪音", SearchText.Mode.KEYWORDS,
                CaseFilters.none().withAreaWithin(SampleCases.CHIKAN)));
        CaseRecord chikan = arriving(SampleCases.ZHANJIANG, "C5", SampleCases.CHIKAN_COMMUNITY, "装修噪音");
        cases.importCases(ADMIN, List.of(chikan, arriving(SampleCases.ZHANJIANG, "X5", SampleCases.XIASHAN_STREET, "夜市噪音")));
        assertThat(fresh(AUDITOR, s.id())).containsExactly(chikan.id());
    }

    @Test
    void deletingASearchStopsItsAlerts() {
        SavedSearchView s = service.save(AUDITOR, noise());
        service.delete(AUDITOR, s.id());
        assertThat(monitor.watching()).isZero();
        assertThatThrownBy(() -> service.read(AUDITOR, s.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReaderKeepsABoundedNumberOfSearches() {
        for (int i = 0; i < SavedSearchService.MAX_PER_OWNER; i++) {
            service.save(AUDITOR, noise());
        }
        assertThatThrownBy(() -> service.save(AUDITOR, noise())).isInstanceOf(org.shizhi.domain.shared.ConflictException.class);
    }

    @Test
    void afterAStartEveryStoredSearchIsWatchedAgain() {
        service.save(AUDITOR, noise());
        service.save(CHIKAN_OFFICER, noise());
        SubstringSavedSearchMonitor restarted = new SubstringSavedSearchMonitor();
        assertThat(new SavedSearchService(saved, restarted, records, audit, clock).watchAll()).isEqualTo(2);
        assertThat(restarted.watching()).isEqualTo(2);
    }
}
