package org.shizhi.domain.campaign.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.campaign.model.SampleCampaigns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.campaign.model.HallId;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.RegisterEntryId;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingAreaReport;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.model.WeddingService;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PhoneNumber;

/** What every store of the wedding reform must do: no hall twice on a day, and the report counted by the store. */
public abstract class WeddingReformContract {

    protected WeddingReform store;
    protected PublicHall hall;

    protected abstract WeddingReform emptyStore();

    @BeforeEach
    void empty() {
        store = emptyStore();
        hall = new PublicHall(HallId.random(), ZONGFU, "总府路社区公共礼堂", 120);
        store.addHall(hall);
    }

    @Test
    void hallsAndRegisterEntriesReadBackAsStored() {
        assertThat(store.hall(hall.id())).contains(hall);
        assertThat(store.halls(JINJIANG)).containsExactly(hall);
        var master = new WeddingRegisterEntry.FolkMaster(RegisterEntryId.random(), ZONGFU, "陈总管",
                Optional.of(new PhoneNumber("13800138000")), LocalDate.of(2026, 3, 1));
        var business = new WeddingRegisterEntry.AllianceBusiness(RegisterEntryId.random(), ZONGFU, "喜乐婚庆", "婚礼策划",
                "爱心价不超过市场价六成", new BigDecimal("1999"), LocalDate.of(2026, 3, 2));
        var session = new WeddingRegisterEntry.CounsellingSession(RegisterEntryId.random(), HONGXING, "新婚夫妻沟通", "刘老师", 12,
                LocalDate.of(2026, 3, 3));
        store.enter(master);
        store.enter(business);
        store.enter(session);
        assertThat(store.entries(WeddingRegisterEntry.FolkMaster.class, JINJIANG, PageRequest.first(5)).items()).containsExactly(master);
        assertThat(store.entries(WeddingRegisterEntry.AllianceBusiness.class, JINJIANG, PageRequest.first(5)).items()).containsExactly(business);
        assertThat(store.entries(WeddingRegisterEntry.CounsellingSession.class, ZONGFU, PageRequest.first(5)).items()).isEmpty();
        assertThat(store.entries(WeddingRegisterEntry.CounsellingSession.class, HONGXING, PageRequest.first(5)).items()).containsExactly(session);
    }

    @Test
    void aHallIsBookedForOneWeddingADayAndARefusedWeddingIsNotWritten() {
        Wedding first = wedding(ZONGFU, LocalDate.of(2026, 5, 20), Optional.of(hall.id()));
        store.register(first);
        Wedding second = wedding(ZONGFU, LocalDate.of(2026, 5, 20), Optional.of(hall.id()));
        assertThatThrownBy(() -> store.register(second)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field().orElseThrow()).isEqualTo("hallId");
        assertThat(store.wedding(second.id())).isEmpty();
        store.register(wedding(ZONGFU, LocalDate.of(2026, 5, 21), Optional.of(hall.id())));
        assertThat(store.wedding(first.id())).contains(first);
    }

    @Test
    void concurrentBookingsOfOneHallAndDayLeaveOneWedding() throws InterruptedException {
        List<Callable<Wedding>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> {
                Wedding w = wedding(ZONGFU, LocalDate.of(2026, 9, 9), Optional.of(hall.id()));
                store.register(w);
                return w;
            });
        }
        List<Object> outcomes = Concurrently.run(calls);
        assertThat(outcomes.stream().filter(o -> o instanceof Wedding).count()).as("one booking: " + outcomes).isEqualTo(1);
        assertThat(outcomes.stream().filter(o -> o instanceof ConflictException).count()).isEqualTo(9);
    }

    @Test
    void aFollowUpIsStoredOnce() {
        Wedding w = wedding(ZONGFU, LocalDate.of(2026, 5, 1), Optional.empty());
        store.register(w);
        Wedding checked = w.checked(check(LocalDate.of(2026, 5, 5), 80));
        store.followUp(checked);
        assertThat(store.wedding(w.id())).contains(checked);
        assertThatThrownBy(() -> store.followUp(w.checked(check(LocalDate.of(2026, 5, 6), 10)))).isInstanceOf(ConflictException.class);
        assertThat(store.wedding(w.id())).contains(checked);
    }

    @Test
    void theReportCountsWeddingsServicesAndPledgesByArea() {
        Wedding kept = wedding(ZONGFU, LocalDate.of(2026, 5, 1), Optional.of(hall.id()));
        Wedding broken = wedding(ZONGFU, LocalDate.of(2026, 5, 2), Optional.empty());
        Wedding unchecked = wedding(HONGXING, LocalDate.of(2026, 5, 3), Optional.empty());
        Wedding outside = wedding(HONGXING, LocalDate.of(2026, 8, 3), Optional.empty());
        List.of(kept, broken, unchecked, outside).forEach(store::register);
        store.followUp(kept.checked(check(LocalDate.of(2026, 5, 9), 90)));
        store.followUp(broken.checked(check(LocalDate.of(2026, 5, 9), 300)));
        List<WeddingAreaReport> report = store.report(JINJIANG, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        assertThat(report).containsExactly(
                new WeddingAreaReport(ZONGFU, 2, java.util.Map.of(WeddingService.PUBLIC_HALL, 1L, WeddingService.FOLK_MASTER, 1L,
                        WeddingService.COUNSELLING, 1L), 2, 1, 1),
                new WeddingAreaReport(HONGXING, 1, java.util.Map.of(WeddingService.COUNSELLING, 1L), 0, 0, 0));
        assertThat(store.weddings(HONGXING, PageRequest.first(1)).items()).as("latest day first").extracting(Wedding::id)
                .containsExactly(outside.id());
    }

    @Test
    void registerEntriesAndWeddingsComePageByPageLatestDayFirstAndACursorHoldsWhileMoreArrive() {
        for (int i = 0; i < 5; i++) {
            store.enter(new WeddingRegisterEntry.FolkMaster(RegisterEntryId.random(), ZONGFU, "总管" + i, Optional.empty(),
                    LocalDate.of(2026, 3, 1 + i / 2)));
            store.register(wedding(ZONGFU, LocalDate.of(2026, 5, 1 + i / 2), Optional.empty()));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> store.entries(WeddingRegisterEntry.FolkMaster.class, JINJIANG, p),
                WeddingRegisterEntry::id, 2);
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> store.weddings(JINJIANG, p), Wedding::id, 2);
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> store.weddings(JINJIANG, p), Wedding::id, 2, () -> {
            store.register(wedding(HONGXING, LocalDate.of(2026, 4, 1), Optional.empty()));
            store.register(wedding(HONGXING, LocalDate.of(2026, 6, 1), Optional.empty()));
        });
    }
}
