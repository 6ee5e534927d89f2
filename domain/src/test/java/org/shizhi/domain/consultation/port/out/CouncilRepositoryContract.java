package org.shizhi.domain.consultation.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingId;
import org.shizhi.domain.consultation.model.MeetingMode;
import org.shizhi.domain.consultation.model.Member;
import org.shizhi.domain.consultation.model.QuorumRule;
import org.shizhi.domain.consultation.model.SampleConsultation;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.StaleVersionException;

/** What every storage of councils and meetings must do; run against each adapter. */
public abstract class CouncilRepositoryContract {

    protected CouncilRepository repository;

    protected abstract CouncilRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    Council saved(Council c) {
        repository.save(c);
        return c;
    }

    @Test
    void aCouncilReadsBackWithItsMembersAndQuorumAndAStaleChangeIsRefused() {
        Council c = saved(Council.form(org.shizhi.domain.consultation.model.CouncilId.random(), new Council.Charter(
                SampleConsultation.ZONGFU, CouncilKind.COURTYARD_MEETING, "总府街坝坝会", new QuorumRule(1, 2),
                java.util.List.of(SampleConsultation.member("王芳"),
                        new Member("李强", Optional.empty(), "物业代表", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))));
        assertThat(repository.find(c.id())).contains(c);
        Council appointed = saved(c.appoint(SampleConsultation.member("赵敏")));
        assertThat(repository.find(c.id())).contains(appointed);
        assertThatThrownBy(() -> repository.save(c.appoint(SampleConsultation.member("钱多")))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> repository.save(c)).isInstanceOf(StaleVersionException.class);
        assertThat(repository.find(c.id()).orElseThrow().members()).extracting(Member::name).containsExactly("王芳", "李强", "赵敏");
    }

    @Test
    void councilsInsideAnAreaComeByNameOfTheKindAsked() {
        Council b = saved(SampleConsultation.council(SampleConsultation.ZONGFU, "B 议事会", 3));
        Council a = saved(SampleConsultation.council(SampleConsultation.HONGXING, "A 议事会", 3));
        Council children = saved(Council.form(org.shizhi.domain.consultation.model.CouncilId.random(), new Council.Charter(
                SampleConsultation.ZONGFU, CouncilKind.CHILDREN, "C 儿童议事会", null, java.util.List.of())));
        saved(SampleConsultation.council(AreaCode.of("510105001001"), "A 别区", 3));
        assertThat(repository.within(SampleConsultation.CHUNXI_ROAD, Optional.empty(), PageRequest.first(10)).items())
                .containsExactly(a, b, children);
        assertThat(repository.within(SampleConsultation.JINJIANG, Optional.of(CouncilKind.CHILDREN), PageRequest.first(10)).items())
                .containsExactly(children);
        for (int i = 0; i < 4; i++) {
            saved(SampleConsultation.council(SampleConsultation.ZONGFU, "B 议事会", 1));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.within(SampleConsultation.JINJIANG, Optional.empty(), p),
                Council::id, 2);
    }

    @Test
    void meetingsReadBackAndListEarliestFirst() {
        Council c = saved(SampleConsultation.council(SampleConsultation.ZONGFU, "议事会", 3));
        Meeting later = new Meeting(MeetingId.random(), c.id(), c.area(), MeetingMode.ONLINE, LocalDate.of(2025, 9, 20), "社区微信群", 41);
        Meeting earlier = SampleConsultation.meeting(c, LocalDate.of(2025, 8, 1));
        repository.addMeeting(later);
        repository.addMeeting(earlier);
        assertThat(repository.meeting(later.id())).contains(later);
        assertThatThrownBy(() -> repository.addMeeting(later)).isInstanceOf(StaleVersionException.class);
        assertThat(repository.meetings(c.id(), PageRequest.first(10)).items()).containsExactly(earlier, later);
        for (int i = 0; i < 3; i++) {
            repository.addMeeting(SampleConsultation.meeting(c, LocalDate.of(2025, 8, 1)));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.meetings(c.id(), p), Meeting::id, 2);
    }
}
