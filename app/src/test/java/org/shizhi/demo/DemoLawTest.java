package org.shizhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.calendar.JsonWorkCalendars;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.persistence.PersonalDataKeys;
import org.shizhi.adapters.plugins.PluginDisputeRules;
import org.shizhi.adapters.plugins.PluginLoader;
import org.shizhi.adapters.plugins.PluginRegistry;
import org.shizhi.app.DisputeSettings;
import org.shizhi.app.TestConfig;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.port.out.PlatformEventRouting;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.law.model.AgencyFigures;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.law.model.LawPolicy;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.law.service.LawService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/** The law demo data as the platform loads it, into a real (H2) database through the use cases: every report has figures. */
class DemoLawTest {

    @Test
    void bothCitiesGetLegalAidPetitionsComplaintsEventsAndRegulationsThatMakeEveryReportNonTrivial() throws Exception {
        Path dir = Files.createTempDirectory("demo-law");
        PluginRegistry plugins = PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()),
                TestConfig.of(Map.of()));
        var calendar = JsonWorkCalendars.fromClasspath();
        Instant now = Instant.parse("2026-11-01T02:00:00Z");
        try (Database db = Database.open(DatabaseSettings.embeddedH2(dir.resolve("db"), 2),
                PersonalDataKeys.parse("k1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]), "k1",
                        java.util.Base64.getEncoder().encodeToString(new byte[32])))) {
            PluginDisputeRules rules = new PluginDisputeRules(plugins);
            DisputeSettings settings = DisputeSettings.from(TestConfig.of(Map.of()));
            java.util.function.Function<Clock, LawService> lawAt = clock -> {
                DisputeService disputes = new DisputeService(db.disputeRepository(), db.mediationCentreRepository(),
                        new GridEventService(db.gridRepository(), db.gridEventRepository(),
                                (city, facts) -> new org.shizhi.domain.spi.DefaultEventGrader().grade(facts), new PlatformEventRouting(),
                                calendar, clock), rules, rules, rules, settings, calendar, clock);
                return new LawService(db.legalAidRepository(), db.petitionRepository(), db.supervisionRepository(),
                        db.publicityRepository(), db.regulationRepository(new org.shizhi.adapters.search.analysis.CaseAnalysis()::bigrams), city -> LawPolicy.standard(), disputes, disputes,
                        calendar, clock);
            };
            // The mediation centres first, as DemoData registers them before the law records load: petitions open disputes.
            java.util.function.Function<Clock, DisputeService> disputesAt = clock -> new DisputeService(db.disputeRepository(),
                    db.mediationCentreRepository(), new GridEventService(db.gridRepository(), db.gridEventRepository(),
                    (city, facts) -> new org.shizhi.domain.spi.DefaultEventGrader().grade(facts), new PlatformEventRouting(), calendar, clock),
                    rules, rules, rules, settings, calendar, clock);
            DemoDisputes.registerCentres(disputesAt.apply(Clock.fixed(now, WorkingTime.ZONE)), DemoData.areas(),
                    new SplittableRandom(DemoDisputes.SEED));
            DemoLaw.Loaded loaded = DemoLaw.load(lawAt, DemoData.areas(), new SplittableRandom(DemoLaw.SEED), now);
            assertThat(loaded.legalAid()).as("legal-aid applications of both cities").isEqualTo(72);
            assertThat(loaded.petitions()).isEqualTo(80);
            assertThat(loaded.complaints()).isEqualTo(40);
            assertThat(loaded.events()).isEqualTo(48);
            assertThat(loaded.regulations()).isEqualTo(10);

            LawService law = lawAt.apply(Clock.fixed(now, WorkingTime.ZONE));
            LocalDate to = WorkingTime.dateOf(now);
            LocalDate from = to.minusDays(365);
            for (AreaCode city : List.of(AreaCode.of("510100"), AreaCode.of("440800"))) {
                Actor admin = new Actor("admin", city, city, Set.of(Role.CITY_ADMIN), Set.of());
                LegalAidReport report = law.legalAidReport(admin, city, from, to);
                assertThat(report.rows()).as("%s: districts in the legal-aid report", city).hasSizeGreaterThan(1);
                assertThat(report.rows()).as("%s: some decisions late", city).anyMatch(r -> r.decidedOnTime() < r.decided());
                assertThat(report.rows()).as("%s: medians and loads", city)
                        .anyMatch(r -> r.medianDaysToDecision().isPresent() && r.load().isPresent() && r.openCases() > 0);
                assertThat(law.overdueLegalAid(admin, city, PageRequest.first(10)).items()).as("%s: undecided past the deadline", city).isNotEmpty();

                PetitionFigures petitions = law.petitionFigures(admin, city, from, to);
                assertThat(petitions.repliedOnTime()).as("%s: replies on time", city).isPositive().isLessThan(petitions.replied());
                assertThat(petitions.backlog()).as("%s: a backlog", city).isPositive();
                assertThat(petitions.oldestBacklogAgeDays()).as("%s: the backlog's age", city).isPresent();
                assertThat(law.petitionBacklog(admin, city, PageRequest.first(50)).items()).as("%s: backlog listed", city)
                        .anyMatch(p -> p.petition().reopenings() > 0).anyMatch(p -> p.petition().reopenings() == 0);
                assertThat(law.petitions(admin, city, Optional.empty(), PageRequest.first(100)).items())
                        .as("%s: leaders, extensions, repeats, cleared", city)
                        .anyMatch(p -> p.petition().leader().isPresent()).anyMatch(p -> p.petition().extensionReason().isPresent())
                        .anyMatch(p -> p.petition().repeatOf().isPresent()).anyMatch(p -> p.petition().clearedAt().isPresent());
                List<org.shizhi.domain.law.port.in.PetitionView> all = law.petitions(admin, city, Optional.empty(), PageRequest.first(100)).items();
                Map<Object, Long> byDispute = all.stream().filter(p -> p.petition().dispute().isPresent())
                        .collect(java.util.stream.Collectors.groupingBy(p -> p.petition().dispute().get(), java.util.stream.Collectors.counting()));
                assertThat(byDispute).as("%s: petitions that opened a dispute", city).hasSizeGreaterThanOrEqualTo(3);
                assertThat(byDispute.values()).as("%s: a repeat petition joined the dispute its earlier one opened", city).contains(2L);
                assertThat(all).as("%s: a joining petition repeats the opener, on the same matter", city)
                        .anyMatch(p -> p.petition().dispute().isPresent() && p.petition().repeatOf().isPresent()
                                && all.stream().anyMatch(o -> o.petition().id().equals(p.petition().repeatOf().get())
                                && o.petition().dispute().equals(p.petition().dispute()) && o.petition().matter().equals(p.petition().matter())));
                Actor officer = new Actor("officer", city, city, Set.of(Role.STREET_OFFICER), Set.of());
                all.stream().filter(p -> p.petition().dispute().isPresent()).forEach(p -> assertThat(disputesAt.apply(Clock.fixed(now,
                        WorkingTime.ZONE)).dispute(officer, p.petition().dispute().get())).as("the dispute is readable").isNotNull());

                List<AgencyFigures> agencies = law.supervisionByAgency(admin, city, from, to);
                assertThat(agencies).as("%s: agencies", city).hasSizeGreaterThan(2)
                        .anyMatch(a -> a.overdue() > 0).anyMatch(a -> a.corrected() > 0).anyMatch(a -> a.reviewedOnTime() < a.reviewed());
                assertThat(law.overdueComplaints(admin, city, PageRequest.first(10)).items()).as("%s: overdue reviews", city).isNotEmpty();

                assertThat(law.publicityEvents(admin, city, from, to, PageRequest.first(100)).items()).as("%s: publicity", city).hasSize(24);
                assertThat(law.regulations(admin, Optional.of(to), PageRequest.first(10)).items()).as("%s: in force today", city).hasSize(4);
                assertThat(law.regulations(admin, Optional.empty(), PageRequest.first(10)).items()).hasSize(5);
                assertThat(law.searchRegulations(admin, org.shizhi.domain.law.model.RegulationQuery.parse("物业"), PageRequest.first(10))
                        .items()).as("%s: the regulations found by a word of their text", city).hasSize(1);
                assertThat(law.legalAidCentres(admin, city)).as("%s: lawyers carrying cases", city)
                        .anyMatch(c -> c.lawyers().stream().anyMatch(l -> l.caseload() > 0));

                LawFigures figures = law.figures(admin, city, from, to);
                assertThat(figures.legalAidOnTimeRate()).as("%s: legal aid on time", city).get().matches(r -> r > 0 && r < 1);
                assertThat(figures.petitionOnTimeReplyRate()).as("%s: replies on time", city).get().matches(r -> r > 0 && r < 1);
            }
            assertThat(DemoLaw.load(lawAt, DemoData.areas(), new SplittableRandom(DemoLaw.SEED), now))
                    .as("a second start loads nothing").isEqualTo(new DemoLaw.Loaded(0, 0, 0, 0, 0));
        }
    }
}
