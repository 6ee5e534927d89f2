package org.shizhi.domain.campaign.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.campaign.model.SampleCampaigns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** What every store of campaigns must do; the counts are the store's. */
public abstract class CampaignRepositoryContract {

    protected CampaignRepository repository;

    protected abstract CampaignRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    @Test
    void aCampaignReadsBackAsLaunched() {
        Campaign c = redCulture();
        repository.launch(c);
        assertThat(repository.find(c.id())).contains(c);
        assertThat(repository.within(JINJIANG, PageRequest.first(10)).items()).containsExactly(c);
        assertThat(repository.within(JINHUA, PageRequest.first(10)).items()).as("no target area inside 金华").isEmpty();
    }

    @Test
    void activitiesReadBackLatestDayFirstAndPageByKeyset() {
        Campaign c = redCulture();
        repository.launch(c);
        List<Activity> recorded = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            Activity a = activity(c, VenueKind.SCHOOL, ZONGFU, LocalDate.of(2026, 5, day));
            repository.record(a);
            recorded.add(a);
        }
        Slice<Activity> first = repository.activities(c.id(), PageRequest.first(3));
        assertThat(first.items()).containsExactly(recorded.get(4), recorded.get(3), recorded.get(2));
        Slice<Activity> second = repository.activities(c.id(), PageRequest.after(first.next().orElseThrow(), 3));
        assertThat(second.items()).containsExactly(recorded.get(1), recorded.get(0));
        assertThat(second.next()).as("the last page has no next position").isEmpty();
    }

    @Test
    void reachedCountsTheKindsPerTargetAreaAnActivityBelowItCountsForIt() {
        Campaign c = redCulture();
        repository.launch(c);
        repository.record(activity(c, VenueKind.SCHOOL, ZONGFU, LocalDate.of(2026, 5, 1)));
        repository.record(activity(c, VenueKind.SCHOOL, ZONGFU, LocalDate.of(2026, 5, 2)));
        repository.record(activity(c, VenueKind.FAMILY, ZONGFU, LocalDate.of(2026, 5, 3)));
        repository.record(activity(c, VenueKind.COMMUNITY, HONGXING, LocalDate.of(2026, 5, 3)));
        var reached = repository.reached(c.id());
        assertThat(reached.get(ZONGFU)).containsExactlyInAnyOrder(VenueKind.SCHOOL, VenueKind.FAMILY);
        assertThat(reached.get(HONGXING)).containsExactly(VenueKind.COMMUNITY);
    }

    @Test
    void venueCoverageCountsTargetPairsAndThoseReachedInThePeriod() {
        Campaign c = redCulture();
        repository.launch(c);
        repository.record(activity(c, VenueKind.SCHOOL, ZONGFU, LocalDate.of(2026, 5, 1)));
        repository.record(activity(c, VenueKind.SCHOOL, ZONGFU, LocalDate.of(2026, 5, 9)));
        repository.record(activity(c, VenueKind.FAMILY, HONGXING, LocalDate.of(2026, 7, 1)));
        var all = repository.venueCoverage(JINJIANG, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(all).isEqualTo(new CampaignRepository.VenueCoverageCount(1, 6, 2));
        var may = repository.venueCoverage(JINJIANG, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        assertThat(may.pairsReached()).as("July's activity is outside May").isEqualTo(1);
        var zongfu = repository.venueCoverage(ZONGFU, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(zongfu).as("only 总府路's target pairs").isEqualTo(new CampaignRepository.VenueCoverageCount(1, 3, 1));
        assertThat(repository.venueCoverage(JINJIANG, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).campaigns())
                .as("the campaign ended in 2026").isZero();
    }

    @Test
    void venueCoverageOfEveryAreaOfALevelIsWhatEachAreaCountsAlone() {
        Campaign c = redCulture();
        repository.launch(c);
        repository.record(activity(c, VenueKind.SCHOOL, ZONGFU, LocalDate.of(2026, 5, 1)));
        repository.record(activity(c, VenueKind.SCHOOL, ZONGFU, LocalDate.of(2026, 5, 9)));
        repository.record(activity(c, VenueKind.FAMILY, HONGXING, LocalDate.of(2026, 7, 1)));
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        assertThat(repository.venueCoverageByArea(JINJIANG, AdminLevel.COMMUNITY, from, to)).as("总府路 and 红星路, one reached each")
                .isEqualTo(Map.of(ZONGFU, new CampaignRepository.VenueCoverageCount(1, 3, 1),
                        HONGXING, new CampaignRepository.VenueCoverageCount(1, 3, 1)));
        assertThat(repository.venueCoverageByArea(JINJIANG, AdminLevel.STREET, from, to)).as("their street: the campaign once, the pairs summed")
                .isEqualTo(Map.of(AreaCode.of("510104022000"), repository.venueCoverage(AreaCode.of("510104022000"), from, to)));
        assertThat(repository.venueCoverageByArea(JINJIANG, AdminLevel.COMMUNITY, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .as("July's activity is outside May").isEqualTo(Map.of(ZONGFU, new CampaignRepository.VenueCoverageCount(1, 3, 1),
                        HONGXING, new CampaignRepository.VenueCoverageCount(1, 3, 0)));
        assertThat(repository.venueCoverageByArea(JINJIANG, AdminLevel.COMMUNITY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .as("the campaign ended in 2026").isEmpty();
    }

    @Test
    void anActivityWithoutOptionalPartsReadsBackAsRecorded() {
        Campaign c = redCulture();
        repository.launch(c);
        Activity a = new Activity(org.shizhi.domain.campaign.model.ActivityId.random(), c.id(), VenueKind.FAMILY, "家中", HONGXING,
                LocalDate.of(2026, 4, 1), Optional.empty(), new Activity.Participants(3, Optional.empty(), Optional.empty()), "红星社区",
                new Activity.Evidence("照片", List.of()), NOW, STAFF);
        repository.record(a);
        assertThat(repository.activities(c.id(), PageRequest.first(5)).items()).containsExactly(a);
    }

    @Test
    void campaignsInsideAnAreaComePageByPageNewestFirstAndACursorHoldsWhileCampaignsArrive() {
        // Five launched in the same second: the id breaks the tie.
        for (int i = 0; i < 5; i++) {
            repository.launch(redCulture());
        }
        repository.launch(launchedAt(NOW.minusSeconds(3_600)));
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.within(JINJIANG, p), Campaign::id, 2);
        assertThat(KeysetPaging.everyPage(p -> repository.within(JINJIANG, p), 2).getLast().launchedAt()).as("the oldest last")
                .isEqualTo(NOW.minusSeconds(3_600));
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> repository.within(JINJIANG, p), Campaign::id, 2, () -> {
            repository.launch(launchedAt(NOW.plusSeconds(60)));
            repository.launch(launchedAt(NOW.minusSeconds(7_200)));
        });
    }

    private static Campaign launchedAt(java.time.Instant at) {
        Campaign c = redCulture();
        return Campaign.launch(org.shizhi.domain.campaign.model.CampaignId.random(), new Campaign.Plan(c.theme(), c.organiser(), c.period(),
                c.targetAreas(), c.targetKinds(), c.activityKinds(), c.checklist()), Optional.empty(), at, STAFF);
    }

    @Test
    void aPositionTheListNeverWroteIsRefusedAsTheCursor() {
        repository.launch(redCulture());
        for (Position forged : List.of(new Position("yesterday", "0195f0a2-0000-7000-8000-000000000001"),
                new Position(NOW.toString(), "not-an-id"))) {
            assertThatThrownBy(() -> repository.within(JINJIANG, PageRequest.after(forged, 2))).as("position %s", forged)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("cursor"));
        }
    }
}
