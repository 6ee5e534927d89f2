package org.shizhi.domain.law.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.law.model.AudienceKind;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.PublicityEventId;
import org.shizhi.domain.law.model.SampleLaw;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.StaleVersionException;

/** What every storage of law-publicity events must do; run against each adapter. */
public abstract class PublicityRepositoryContract {

    protected PublicityRepository repository;

    protected abstract PublicityRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    PublicityEvent added(AreaCode area, LocalDate on) {
        PublicityEvent e = new PublicityEvent(PublicityEventId.random(), area, "民法典进社区", AudienceKind.RESIDENTS, "社区活动室", on, 60);
        repository.add(e);
        return e;
    }

    @Test
    void eventsOfAnAreaInAPeriodPageByDateAndAnEventIsAddedOnce() {
        PublicityEvent early = added(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 2));
        for (int i = 0; i < 6; i++) {
            added(SampleLaw.JINJIANG, LocalDate.of(2025, 9, 10 + i % 2));
        }
        added(SampleLaw.ZONGFU, LocalDate.of(2025, 10, 2));
        added(AreaCode.of("510105"), LocalDate.of(2025, 9, 5));
        assertThat(repository.within(SampleLaw.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), PageRequest.first(100))
                .items()).hasSize(7).first().isEqualTo(early);
        assertThat(repository.within(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), PageRequest.first(100))
                .items()).containsExactly(early);
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.within(SampleLaw.JINJIANG, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30), p), PublicityEvent::id, 3);
        assertThatThrownBy(() -> repository.add(early)).isInstanceOf(StaleVersionException.class);
    }
}
