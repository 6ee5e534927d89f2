package org.shizhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.persistence.PersonalDataKeys;
import org.shizhi.domain.consultation.model.ConsultationFigures;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.LateDisposal;
import org.shizhi.domain.consultation.model.StabilityRiskLevel;
import org.shizhi.domain.consultation.model.VoteResult;
import org.shizhi.domain.consultation.port.in.TopicView;
import org.shizhi.domain.consultation.service.ConsultationService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/** The consultation demo data as the platform loads it, into a real (H2) database through the use cases: every report has figures. */
class DemoConsultationTest {

    @Test
    void bothCitiesGetCouncilsTopicsAssessmentsAndDisclosuresThatMakeEveryReportNonTrivial() throws Exception {
        Path dir = Files.createTempDirectory("demo-consultation");
        Instant now = Instant.parse("2026-11-01T02:00:00Z");
        try (Database db = Database.open(DatabaseSettings.embeddedH2(dir.resolve("db"), 2),
                PersonalDataKeys.parse("k1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]), "k1",
                        java.util.Base64.getEncoder().encodeToString(new byte[32])))) {
            java.util.function.Function<Clock, ConsultationService> at = clock -> new ConsultationService(db.councilRepository(),
                    db.topicRepository(), db.stabilityRiskRepository(), db.disclosureRepository(), clock);
            DemoConsultation.Loaded loaded = DemoConsultation.load(at, DemoData.areas(), new SplittableRandom(DemoConsultation.SEED), now);
            assertThat(loaded.councils()).as("councils of both cities").isEqualTo(16);
            assertThat(loaded.meetings()).isEqualTo(48);
            assertThat(loaded.topics()).isEqualTo(150);
            assertThat(loaded.assessments()).isEqualTo(6);
            assertThat(loaded.boards()).isEqualTo(16);
            assertThat(loaded.disposals()).isEqualTo(96);

            ConsultationService service = at.apply(Clock.fixed(now, WorkingTime.ZONE));
            LocalDate to = WorkingTime.dateOf(now);
            LocalDate from = to.minusDays(365);
            YearMonth lastMonth = YearMonth.from(to).minusMonths(1);
            for (AreaCode city : List.of(AreaCode.of("510100"), AreaCode.of("440800"))) {
                Actor admin = new Actor("admin", city, city, Set.of(Role.CITY_ADMIN), Set.of());
                var councils = service.councils(admin, city, Optional.empty(), PageRequest.first(50)).items();
                assertThat(councils).as("%s: councils", city).hasSize(8);
                assertThat(councils.stream().map(c -> c.council().kind()).distinct().count()).as("%s: kinds of council", city).isGreaterThan(2);
                if (city.value().startsWith("44")) {
                    assertThat(councils).anyMatch(c -> c.council().kind() == CouncilKind.VILLAGE_REPRESENTATIVES_TALK);
                }
                assertThat(councils).as("%s: members whose term ran out, masked to the clerk", city)
                        .allMatch(c -> c.members().stream().anyMatch(m -> !m.serving()) && c.members().stream().allMatch(m -> m.masked()));

                List<TopicView> awaiting = service.topicsAwaitingFeedback(admin, city, PageRequest.first(100)).items();
                assertThat(awaiting).as("%s: open topics without feedback, with their age", city).isNotEmpty()
                        .anyMatch(t -> t.ageDays() > 30).anyMatch(t -> t.topic().decision().isPresent());
                List<TopicView> topics = service.topics(admin, city, PageRequest.first(100)).items();
                assertThat(topics).as("%s: topics closed, voted without a quorum, major", city)
                        .anyMatch(t -> t.topic().isClosed())
                        .anyMatch(t -> t.topic().proposals().stream().anyMatch(p -> p.vote().map(v -> v.result() == VoteResult.NO_QUORUM).orElse(false)))
                        .anyMatch(t -> t.topic().major() && t.topic().decision().isPresent())
                        .anyMatch(t -> t.topic().major() && t.topic().decision().isEmpty());
                var decidedMajor = topics.stream().filter(t -> t.topic().major() && t.topic().decision().isPresent()).toList();
                assertThat(decidedMajor).as("%s: every major decision names the assessment that allowed it", city)
                        .allMatch(t -> t.topic().decision().get().assessment().isPresent());
                assertThat(decidedMajor.stream().map(t -> service.assessment(admin, t.topic().decision().get().assessment().get()).assessment().level()))
                        .as("%s: decided after LOW and after an approved MEDIUM", city)
                        .containsExactlyInAnyOrder(StabilityRiskLevel.LOW, StabilityRiskLevel.MEDIUM);

                var silent = service.silentBoards(admin, city, lastMonth, PageRequest.first(50)).items();
                assertThat(silent).as("%s: boards silent last month", city).isNotEmpty().hasSizeLessThan(8);
                List<LateDisposal> late = service.lateDisposals(admin, city, 30, PageRequest.first(100)).items();
                assertThat(late).as("%s: disposals not disclosed within 30 days: late and never", city)
                        .anyMatch(d -> d.disclosedOn().isPresent()).anyMatch(d -> d.disclosedOn().isEmpty()).hasSizeLessThan(48);

                ConsultationFigures figures = service.figures(admin, city, from, to);
                assertThat(figures.feedbackClosureRate()).as("%s: topics closed with feedback", city).get().matches(r -> r > 0 && r < 1);
                assertThat(figures.topicsOpenWithoutFeedback()).isPositive();
                assertThat(service.figures(admin, city, lastMonth.atDay(1), lastMonth.atEndOfMonth()).disclosureCoverage())
                        .as("%s: disclosure coverage last month", city).get().matches(r -> r > 0 && r < 1);
                assertThat(service.publicBoard(silent.get(0).community(), Optional.empty(), PageRequest.first(10)).items().items())
                        .as("%s: a silent board still shows its earlier months", city).isNotEmpty();
            }
            assertThat(DemoConsultation.load(at, DemoData.areas(), new SplittableRandom(DemoConsultation.SEED), now))
                    .as("a second start loads nothing").isEqualTo(new DemoConsultation.Loaded(0, 0, 0, 0, 0, 0, 0, 0));
        }
    }
}
