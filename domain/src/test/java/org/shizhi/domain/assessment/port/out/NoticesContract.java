package org.shizhi.domain.assessment.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.Notice;
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
}
