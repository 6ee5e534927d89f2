package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.model.SampleEvents.china;
import static org.shizhi.domain.grid.service.GridWorld.DEPARTMENT;
import static org.shizhi.domain.grid.service.GridWorld.HOTLINE;
import static org.shizhi.domain.grid.service.GridWorld.OFFICER;
import static org.shizhi.domain.grid.service.GridWorld.STAFF;
import static org.shizhi.domain.grid.service.GridWorld.WORKER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.ReportEventCommand;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;

class WeeklyDigestServiceTest {

    private static final DigestWeek WEEK = DigestWeek.containing(LocalDate.of(2025, 9, 26));

    private final GridWorld world = new GridWorld();

    @Test
    void aStreetsDigestCoversItsCommunitiesAndNotTheNeighbouringStreet() {
        twoEventsOnChunxiRoadAndOneOnTheNeighbouringStreet();

        WeeklyDigest digest = world.digests.weeklyDigest(OFFICER, SampleEvents.CHUNXI_ROAD, WEEK);

        assertThat(digest.reported()).isEqualTo(2);
        assertThat(digest.newRiskSignals()).as("漏水 is MEDIUM; the parking complaint is a public-opinion signal").hasSize(2);
        assertThat(digest.area()).as("the street's digest, not a community's").isEqualTo(SampleEvents.CHUNXI_ROAD);
    }

    @Test
    void aDigestOutsideTheJurisdictionIsNotFoundAndOfAWeekToComeIsRefused() {
        assertThatThrownBy(() -> world.digests.weeklyDigest(STAFF, SampleEvents.CHUNXI_ROAD, WEEK)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.digests.weeklyDigest(DEPARTMENT, SampleEvents.JINJIANG, WEEK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.digests.weeklyDigest(STAFF, SampleEvents.ZONGFU, new DigestWeek(LocalDate.of(2025, 9, 29))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("has not begun");
    }

    @Test
    void theDigestsOfAStreetsCommunitiesAreEachTheCommunitysOwnDigestInCodeOrder() {
        twoEventsOnChunxiRoadAndOneOnTheNeighbouringStreet();

        var digests = world.digests.childDigests(OFFICER, SampleEvents.CHUNXI_ROAD, WEEK);

        assertThat(digests).extracting(WeeklyDigest::area)
                .containsExactly(SampleEvents.ZONGFU, SampleEvents.HONGXING, GridWorld.DACI);
        assertThat(digests).extracting(WeeklyDigest::reported).containsExactly(1L, 1L, 0L);
        for (WeeklyDigest digest : digests) {
            assertThat(digest).isEqualTo(world.digests.weeklyDigest(OFFICER, digest.area(), WEEK));
        }
        assertThat(world.digests.childDigests(OFFICER, SampleEvents.ZONGFU, WEEK)).as("a community has no sub-areas").isEmpty();
    }

    @Test
    void theDigestsOfSubAreasFollowTheJurisdictionOfTheParent() {
        world.clock.set(china("2025-09-29T08:00"));
        assertThatThrownBy(() -> world.digests.childDigests(STAFF, SampleEvents.CHUNXI_ROAD, WEEK)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.digests.childDigests(DEPARTMENT, SampleEvents.JINJIANG, WEEK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.digests.childDigests(OFFICER, SampleEvents.CHUNXI_ROAD, new DigestWeek(LocalDate.of(2025, 10, 6))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("has not begun");
    }

    /** Two events in two communities of 春熙路街道 and one in the neighbouring street, that week; the clock after it. */
    private void twoEventsOnChunxiRoadAndOneOnTheNeighbouringStreet() {
        world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.DISPUTE, "楼上漏水到楼下，邻里争吵");
        world.eventService.report(HOTLINE, new ReportEventCommand(
                SampleEvents.intake(SampleEvents.HONGXING_1, EventCategory.PUBLIC_OPINION, "居民对停车收费意见大")));
        world.eventService.report(HOTLINE, new ReportEventCommand(
                SampleEvents.intake(SampleEvents.JINHUA_1, EventCategory.DISPUTE, "噪音")));
        world.clock.set(china("2025-09-29T08:00"));
    }
}
