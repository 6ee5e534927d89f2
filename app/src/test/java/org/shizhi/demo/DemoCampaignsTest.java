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
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.persistence.PersonalDataKeys;
import org.shizhi.adapters.plugins.PluginLoader;
import org.shizhi.adapters.plugins.PluginRegistry;
import org.shizhi.app.TestConfig;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignCoverage;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.campaign.model.WeddingAreaReport;
import org.shizhi.domain.campaign.service.CampaignService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/** The campaign demo data as the platform loads it, into a real (H2) database through the use cases: every report has something to show. */
class DemoCampaignsTest {

    @Test
    void bothCitiesHaveACampaignPartWayARoundWithVotesAFundWithAwardsAndWeddingsKeptAndBroken() throws Exception {
        Path dir = Files.createTempDirectory("demo-campaigns");
        PluginRegistry plugins = PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()),
                TestConfig.of(Map.of("shizhi.city.510100.plugins", "chengdu,red-culture")));
        Instant now = Instant.parse("2026-11-01T02:00:00Z");
        LocalDate today = LocalDate.ofInstant(now, WorkingTime.ZONE);
        try (Database db = Database.open(DatabaseSettings.embeddedH2(dir.resolve("db"), 2),
                PersonalDataKeys.parse("k1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]), "k1",
                        java.util.Base64.getEncoder().encodeToString(new byte[32])))) {
            java.util.function.Function<Clock, CampaignService> at = clock -> new CampaignService(db.campaignRepository(),
                    db.safetyStarRepository(), db.samaritanFund(), db.weddingReform(), plugins::campaignTemplates, clock);
            List<Area> tree = DemoData.areas();
            DemoCampaigns.Loaded loaded = DemoCampaigns.load(at, tree, new SplittableRandom(DemoCampaigns.SEED), now);
            assertThat(loaded.campaigns()).isEqualTo(2);
            CampaignService service = at.apply(Clock.fixed(now, java.time.ZoneOffset.UTC));
            for (AreaCode city : List.of(AreaCode.of("510100"), AreaCode.of("440800"))) {
                Actor auditor = new Actor("audit", city, city, Set.of(Role.AUDITOR), Set.of());
                List<Campaign> campaigns = service.campaigns(auditor, city, PageRequest.first(10)).items();
                assertThat(campaigns).as("one campaign in " + city).hasSize(1);
                CampaignCoverage coverage = service.coverage(auditor, campaigns.getFirst().id());
                assertThat(coverage.pairsReached()).as("part-way: some venues reached in " + city).isPositive()
                        .isLessThan(coverage.pairsTargeted());
                assertThat(coverage.complete()).isFalse();
                if (city.value().startsWith("51")) {
                    assertThat(campaigns.getFirst().template()).as("Chengdu's campaign comes from the red-culture template").isPresent();
                }
                var rounds = service.rounds(auditor, city, PageRequest.first(10)).items();
                assertThat(rounds).extracting(r -> r.stage()).contains(VotingRound.Stage.CLOSED, VotingRound.Stage.VOTING);
                var closed = rounds.stream().filter(r -> r.stage() == VotingRound.Stage.CLOSED).findFirst().orElseThrow();
                var results = service.results(auditor, closed.round().id());
                assertThat(results.votes()).isEqualTo(40);
                assertThat(results.tallies().getFirst().votes()).as("the results rank").isGreaterThan(results.tallies().getLast().votes());
                AreaCode district = closed.round().area();
                assertThat(service.balance(auditor, district)).isEqualByComparingTo("190000");
                assertThat(service.ledger(auditor, district, PageRequest.first(10)).items()).hasSize(5);
                List<WeddingAreaReport> report = service.report(auditor, city, today.minusDays(365), today);
                assertThat(report.stream().mapToLong(WeddingAreaReport::weddings).sum()).isEqualTo(8);
                assertThat(report.stream().mapToLong(WeddingAreaReport::pledgesKept).sum()).isEqualTo(4);
                assertThat(report.stream().mapToLong(WeddingAreaReport::pledgesBroken).sum()).isEqualTo(2);
                var figures = service.figures(auditor, city, today.minusDays(365), today);
                assertThat(figures.venueCoverage()).hasValueSatisfying(v -> assertThat(v).isBetween(0.3, 0.9));
                assertThat(figures.pledgesKeptShare()).hasValueSatisfying(v -> assertThat(v).isBetween(0.6, 0.7));
            }
        }
    }
}
