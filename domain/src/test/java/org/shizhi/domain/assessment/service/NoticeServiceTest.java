package org.shizhi.domain.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.port.in.NoticeUseCase.DraftNotice;
import org.shizhi.domain.assessment.port.out.InMemoryAssessmentResults;
import org.shizhi.domain.assessment.port.out.InMemoryNotices;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.spi.AssessmentPeriod;

class NoticeServiceTest {

    private static final AreaCode CITY = AreaCode.of("510100");
    private static final AreaCode DISTRICT = AreaCode.of("510104");
    private static final AssessmentPeriod Q4 = AssessmentPeriod.parse("2026-Q4");

    private final InMemoryAssessmentResults results = new InMemoryAssessmentResults();
    private final InMemoryNotices notices = new InMemoryNotices();
    private final NoticeService service = new NoticeService(results, notices,
            Clock.fixed(Instant.parse("2027-01-06T02:00:00Z"), ZoneOffset.UTC));

    private static Actor actor(Role role, AreaCode jurisdiction) {
        return new Actor(role.name().toLowerCase(), CITY, jurisdiction, Set.of(role), Set.of());
    }

    private void stored(double... scores) {
        List<RankedUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            units.add(new RankedUnit(new AssessedUnit(Subject.AREA, "51010400" + (i + 1) + "000", "街道" + (i + 1)), i + 1,
                    Optional.of(scores[i]), List.of(new ScoreLine("event-closure-rate", 9, 10, Optional.of(0.9), Optional.of(0.6), 0.5,
                    0.9, 100, scores[i])), Optional.empty(), Optional.empty()));
        }
        results.save(new AssessmentResult("street-quarterly", "街道季度综合考核", DISTRICT, Q4, 1, Instant.parse("2027-01-05T02:00:00Z"),
                "admin", units));
    }

    @Test
    void aNoticeIsDraftedFromTheLatestResultPublishedOnceAndThenFinal() {
        stored(90, 80, 70);
        stored(95, 85, 60);
        Notice draft = service.draft(actor(Role.STREET_OFFICER, DISTRICT), new DraftNotice("street-quarterly", DISTRICT, Q4,
                Optional.empty(), 1, 1));

        assertThat(draft.resultVersion()).as("the latest version").isEqualTo(2);
        assertThat(draft.of(Notice.Kind.CRITICISE).getFirst().unit().score()).contains(60.0);
        assertThatThrownBy(() -> service.publish(actor(Role.STREET_OFFICER, DISTRICT), draft.id()))
                .as("a street officer drafts, the city publishes").isInstanceOf(AccessDeniedException.class);
        Notice published = service.publish(actor(Role.CITY_ADMIN, CITY), draft.id());
        assertThat(published.publishedBy()).contains("city_admin");
        assertThatThrownBy(() -> service.publish(actor(Role.CITY_ADMIN, CITY), draft.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> notices.save(draft)).as("the store keeps the published notice").isInstanceOf(ConflictException.class);
        assertThat(service.notice(actor(Role.AUDITOR, CITY), draft.id())).isEqualTo(published);
    }

    @Test
    void aNoticeOfAResultNeverRunOrOutsideTheJurisdictionIsNotFound() {
        assertThatThrownBy(() -> service.draft(actor(Role.CITY_ADMIN, CITY), new DraftNotice("street-quarterly", DISTRICT, Q4,
                Optional.empty(), 1, 1))).isInstanceOf(NotFoundException.class);
        stored(90, 80);
        Notice draft = service.draft(actor(Role.CITY_ADMIN, CITY), new DraftNotice("street-quarterly", DISTRICT, Q4, Optional.empty(), 1, 1));
        assertThatThrownBy(() -> service.notice(actor(Role.STREET_OFFICER, AreaCode.of("510105")), draft.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGridWorkerListsThePublishedNoticesNamingThemAndNoOneElses() {
        stored(90, 80, 70);
        AreaCode community = AreaCode.of("510104003001");
        String worst = "510104003000"; // the third street's key stands in for a worker's: the filter matches keys
        Actor worker = new Actor("li.na@sso", CITY, community, Set.of(Role.GRID_WORKER), Set.of(), Optional.empty(), Optional.of(worst));
        Notice draft = service.draft(actor(Role.CITY_ADMIN, CITY), new DraftNotice("street-quarterly", DISTRICT, Q4, Optional.empty(), 1, 1));
        var criticising = new org.shizhi.domain.assessment.model.NoticeSummary.Filter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(worst));
        var page = org.shizhi.domain.shared.PageRequest.first(10);

        assertThat(service.notices(worker, community, criticising, page).items()).as("a draft names no one yet").isEmpty();
        service.publish(actor(Role.CITY_ADMIN, CITY), draft.id());
        assertThat(service.notices(worker, community, criticising, page).items()).as("their own jurisdiction stands for the city")
                .extracting(n -> n.id()).containsExactly(draft.id());
        assertThatThrownBy(() -> service.notices(worker, community, new org.shizhi.domain.assessment.model.NoticeSummary.Filter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("510104001000")), page))
                .as("another unit's commendations").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.notices(worker, community, org.shizhi.domain.assessment.model.NoticeSummary.Filter.ALL, page))
                .as("every notice").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.notices(worker, AreaCode.of("510107"), criticising, page))
                .as("an area neither above nor below theirs").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGridWorkerReadsAPublishedNoticeNamingThemAndNoOtherNotice() {
        AreaCode street = AreaCode.of("510104003000");
        AssessmentPeriod month = AssessmentPeriod.parse("2026-11");
        List<RankedUnit> units = new java.util.ArrayList<>();
        List<String> members = List.of("member-best", "member-middle", "member-worst");
        for (int i = 0; i < members.size(); i++) {
            units.add(new RankedUnit(new AssessedUnit(Subject.GRID_WORKER, members.get(i), "网格员" + (i + 1)), i + 1,
                    Optional.of(90.0 - 10 * i), List.of(new ScoreLine("worker-training-hours", 4 - i, 1, Optional.of(4.0 - i),
                    Optional.of(4.0 - i), 1, 4, 100, 90.0 - 10 * i)), Optional.empty(), Optional.empty()));
        }
        results.save(new AssessmentResult("grid-worker-monthly", "网格员月度考核", street, month, 1, Instant.parse("2026-12-02T02:00:00Z"),
                "admin", units));
        Notice draft = service.draft(actor(Role.CITY_ADMIN, CITY), new DraftNotice("grid-worker-monthly", street, month,
                Optional.empty(), 1, 1));
        AreaCode community = AreaCode.of("510104003001");

        assertThatThrownBy(() -> service.notice(worker("member-worst", community), draft.id())).as("a draft names no one yet")
                .isInstanceOf(AccessDeniedException.class);
        Notice published = service.publish(actor(Role.CITY_ADMIN, CITY), draft.id());
        assertThat(service.notice(worker("member-worst", community), draft.id())).as("the criticised worker").isEqualTo(published);
        assertThat(service.notice(worker("member-best", community), draft.id())).as("the commended worker").isEqualTo(published);
        assertThatThrownBy(() -> service.notice(worker("member-middle", community), draft.id())).as("a worker it does not name")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.notice(worker("member-worst", AreaCode.of("510107001001")), draft.id()))
                .as("a worker of another district, whatever their id").isInstanceOf(NotFoundException.class);
        stored(90, 80, 70);
        Notice streets = service.publish(actor(Role.CITY_ADMIN, CITY), service.draft(actor(Role.CITY_ADMIN, CITY),
                new DraftNotice("street-quarterly", DISTRICT, Q4, Optional.empty(), 1, 1)).id());
        assertThatThrownBy(() -> service.notice(worker("510104003000", community), streets.id()))
                .as("a street's key is not a grid worker's").isInstanceOf(AccessDeniedException.class);
    }

    private static Actor worker(String member, AreaCode community) {
        return new Actor(member + "@sso", CITY, community, Set.of(Role.GRID_WORKER), Set.of(), Optional.empty(), Optional.of(member));
    }
}
