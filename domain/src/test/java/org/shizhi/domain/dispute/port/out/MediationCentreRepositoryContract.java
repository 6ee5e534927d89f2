package org.shizhi.domain.dispute.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.Mediator;
import org.shizhi.domain.dispute.model.SampleDisputes;

/** What every registry of centres must do. */
public abstract class MediationCentreRepositoryContract {

    protected MediationCentreRepository repository;

    protected abstract MediationCentreRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
        SampleDisputes.ALL_LEVELS.forEach(repository::save);
    }

    @Test
    void centresReadBackAsSaved() {
        assertThat(repository.find(SampleDisputes.ZONGFU)).contains(SampleDisputes.COMMUNITY_CENTRE);
        assertThat(repository.find(SampleDisputes.HONGXING)).isEmpty();
    }

    @Test
    void coveringListsTheCentresAboveACommunityLowestFirst() {
        assertThat(repository.covering(SampleDisputes.ZONGFU)).containsExactly(SampleDisputes.COMMUNITY_CENTRE,
                SampleDisputes.STREET_CENTRE, SampleDisputes.DISTRICT_CENTRE, SampleDisputes.CITY_CENTRE);
        assertThat(repository.covering(SampleDisputes.HONGXING)).as("红星 has no community centre")
                .containsExactly(SampleDisputes.STREET_CENTRE, SampleDisputes.DISTRICT_CENTRE, SampleDisputes.CITY_CENTRE);
    }

    @Test
    void savingAgainReplacesMediatorsAndTypes() {
        MediationCentre changed = new MediationCentre(SampleDisputes.ZONGFU, "总府路社区调委会",
                List.of(new Mediator("new.one", "新调解员")), Set.of("LABOUR", "DEBT"));
        repository.save(changed);
        assertThat(repository.find(SampleDisputes.ZONGFU)).contains(changed);
        assertThat(repository.within(SampleDisputes.JINJIANG)).hasSize(3).contains(changed);
    }
}
