package org.shizhi.domain.assessment.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.model.NoticeSummary;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.ConflictException;

/** What every store of notices must do; the notices name units of results stored in the same storage. */
public abstract class NoticesContract {

    /** Results and notices of one storage, empty. */
    public record Stores(AssessmentResults results, Notices notices) {
    }

    protected abstract Stores emptyStores();

    private Stores s;
    private AssessmentResult result;

    @BeforeEach
    void aStoredResult() {
        s = emptyStores();
        result = s.results().save(AssessmentResultsContract.result("streets", AssessmentResultsContract.DISTRICT,
                AssessmentResultsContract.Q4, 80.6));
    }

    @Test
    void aDraftIsReadBackWithItsEvidenceAndThenAsPublished() {
        Notice draft = Notice.draft(UUID.randomUUID(), result, 0, 1, Instant.parse("2027-01-06T02:00:00.123456Z"), "officer");
        s.notices().save(draft);
        assertThat(s.notices().find(draft.id())).contains(draft);

        Notice published = draft.publish(Instant.parse("2027-01-07T02:00:00Z"), "director");
        s.notices().save(published);
        assertThat(s.notices().find(draft.id())).contains(published);
        assertThat(s.notices().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aPublishedNoticeIsNeverWrittenAgain() {
        Notice draft = Notice.draft(UUID.randomUUID(), result, 0, 1, Instant.parse("2027-01-06T02:00:00Z"), "officer");
        s.notices().save(draft);
        Notice published = draft.publish(Instant.parse("2027-01-07T02:00:00Z"), "director");
        s.notices().save(published);

        assertThatThrownBy(() -> s.notices().save(draft)).as("the draft over the published notice").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.notices().save(new Notice(draft.id(), draft.scheme(), draft.within(), draft.period(),
                draft.resultVersion(), draft.entries(), draft.draftedAt(), draft.draftedBy(),
                Optional.of(Instant.parse("2027-02-01T00:00:00Z")), Optional.of("someone else"))))
                .as("published again").isInstanceOf(ConflictException.class);
        assertThat(s.notices().find(draft.id())).contains(published);
    }

    private Notice drafted(AssessmentResult from, Instant at, boolean publish) {
        Notice draft = Notice.draft(UUID.randomUUID(), from, 0, 1, at, "officer");
        Notice saved = publish ? draft.publish(at.plusSeconds(3_600), "director") : draft;
        s.notices().save(saved);
        return saved;
    }

    @Test
    void theNoticesCriticisingAUnitAreListedApartFromThoseCommendingIt() {
        List<ScoreLine> lines = List.of(new ScoreLine("worker-events-found", 3, 1, Optional.of(3.0), Optional.of(3.0), 0, 20, 100, 15));
        AssessmentResult workers = s.results().save(new AssessmentResult("workers", "网格员月度考核", AssessmentResultsContract.DISTRICT,
                AssessmentResultsContract.Q4, 1, Instant.parse("2026-10-08T02:00:00.123456Z"), "admin", List.of(
                        new RankedUnit(new AssessedUnit(Subject.GRID_WORKER, "member-a", "王芳"), 1, Optional.of(80.0), lines,
                                Optional.empty(), Optional.empty()),
                        new RankedUnit(new AssessedUnit(Subject.GRID_WORKER, "member-b", "李娜"), 2, Optional.of(15.0), lines,
                                Optional.empty(), Optional.empty()))));
        Notice notice = Notice.draft(UUID.randomUUID(), workers, 1, 1, Instant.parse("2027-01-06T02:00:00.123456Z"), "officer");
        s.notices().save(notice);

        assertThat(s.notices().list(AssessmentResultsContract.DISTRICT, new NoticeSummary.Filter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("member-b")), PageRequest.first(10)).items())
                .extracting(NoticeSummary::id).as("criticised").containsExactly(notice.id());
        assertThat(s.notices().list(AssessmentResultsContract.DISTRICT, new NoticeSummary.Filter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("member-a")), PageRequest.first(10)).items())
                .as("commended, not criticised").isEmpty();
        assertThat(s.notices().list(AssessmentResultsContract.DISTRICT, new NoticeSummary.Filter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("member-b")), PageRequest.first(10)).items()).as("criticised, not commended").isEmpty();
    }

    @Test
    void noticesAreListedByAreaSchemePeriodAndStateNewestDraftedFirst() {
        AssessmentResult q3 = s.results().save(AssessmentResultsContract.result("streets", AssessmentResultsContract.DISTRICT,
                AssessmentResultsContract.Q3, 70.0));
        AssessmentResult communities = s.results().save(AssessmentResultsContract.result("communities",
                AssessmentResultsContract.DISTRICT, AssessmentResultsContract.Q4, 70.0));
        AssessmentResult outside = s.results().save(AssessmentResultsContract.result("streets", AreaCode.of("510107000000"),
                AssessmentResultsContract.Q4, 70.0));
        Instant at = Instant.parse("2027-01-06T02:00:00.123456Z");
        List<Notice> inside = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inside.add(drafted(result, at.plusSeconds(i * 60L), i % 2 == 0));
        }
        inside.add(drafted(result, at.plusSeconds(60), false)); // drafted at the same instant as another: the id breaks the tie
        inside.add(drafted(q3, at.plusSeconds(300), true));
        inside.add(drafted(communities, at.plusSeconds(400), false));
        drafted(outside, at.plusSeconds(500), true);

        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> s.notices().list(AssessmentResultsContract.DISTRICT,
                NoticeSummary.Filter.ALL, p), NoticeSummary::id, 2);
        List<NoticeSummary> all = s.notices().list(AssessmentResultsContract.DISTRICT, NoticeSummary.Filter.ALL,
                PageRequest.first(100)).items();
        assertThat(all).as("the district's notices as summaries, the other district's left out")
                .containsExactlyInAnyOrderElementsOf(inside.stream().map(NoticeSummary::of).toList());
        assertThat(all).extracting(NoticeSummary::draftedAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all.getFirst().commended()).isEqualTo(1);

        assertThat(s.notices().list(AssessmentResultsContract.DISTRICT, new NoticeSummary.Filter(Optional.of("communities"),
                Optional.empty(), Optional.empty()), PageRequest.first(10)).items()).extracting(NoticeSummary::scheme)
                .containsExactly("communities");
        assertThat(KeysetPaging.everyPage(p -> s.notices().list(AssessmentResultsContract.DISTRICT, new NoticeSummary.Filter(
                Optional.of("streets"), Optional.of(AssessmentResultsContract.Q4), Optional.of(NoticeSummary.State.PUBLISHED)), p), 1))
                .as("published notices of one scheme and period, a page at a time").hasSize(2)
                .allSatisfy(n -> assertThat(n.state()).isEqualTo(NoticeSummary.State.PUBLISHED));
        assertThat(s.notices().list(AssessmentResultsContract.DISTRICT, new NoticeSummary.Filter(Optional.empty(), Optional.empty(),
                Optional.of(NoticeSummary.State.DRAFT)), PageRequest.first(10)).items()).hasSize(4);
        // Every notice commends its result's first unit, the street; the unscored department is named by none.
        assertThat(s.notices().list(AssessmentResultsContract.DISTRICT, new NoticeSummary.Filter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("510104001000")), PageRequest.first(100)).items()).extracting(NoticeSummary::id)
                .as("the notices commending the street, inside the district").containsExactlyInAnyOrderElementsOf(
                        inside.stream().map(Notice::id).toList());
        assertThat(s.notices().list(AssessmentResultsContract.DISTRICT, new NoticeSummary.Filter(Optional.empty(), Optional.empty(),
                Optional.of(NoticeSummary.State.PUBLISHED), Optional.of("city-water")), PageRequest.first(100)).items())
                .as("a unit no notice commends").isEmpty();
        assertThat(s.notices().list(AreaCode.of("510104001000"), NoticeSummary.Filter.ALL, PageRequest.first(10)).items())
                .as("notices of a district's results are not a street's").isEmpty();

        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> s.notices().list(AssessmentResultsContract.DISTRICT,
                NoticeSummary.Filter.ALL, p), NoticeSummary::id, 2, () -> {
                    drafted(result, at.plusSeconds(10_000), false);
                    drafted(result, at.minusSeconds(10_000), true);
                });
    }
}
