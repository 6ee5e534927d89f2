package org.shizhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.shizhi.app.DisputeSettings;
import org.shizhi.app.TestConfig;
import org.shizhi.adapters.plugins.PluginDisputeRules;
import org.shizhi.adapters.plugins.PluginLoader;
import org.shizhi.adapters.plugins.PluginRegistry;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.grid.port.out.PlatformEventRouting;

/** The dispute demo data as the platform loads it, into a real (H2) database through the use cases. */
class DemoDisputesTest {

    @Test
    void theNinetySevenCasesReachEveryStateAndEveryCentreLevelWithValidParties() throws Exception {
        Path dir = Files.createTempDirectory("demo-disputes");
        PluginRegistry plugins = PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()),
                TestConfig.of(Map.of("shizhi.city.440800.plugins", "joint-consultation")));
        var calendar = JsonWorkCalendars.fromClasspath();
        try (Database db = Database.open(DatabaseSettings.embeddedH2(dir.resolve("db"), 2),
                PersonalDataKeys.parse("k1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]), "k1",
                        java.util.Base64.getEncoder().encodeToString(new byte[32])))) {
            AreaService areas = new AreaService(db.areaRepository());
            List<Area> tree = org.shizhi.demo.DemoData.areas();
            tree.stream().map(a -> a.code().cityCode()).distinct().forEach(city -> areas.register(Actor.system(city),
                    new RegisterAreasCommand(tree.stream().filter(a -> a.code().cityCode().equals(city)).toList())));
            PluginDisputeRules rules = new PluginDisputeRules(plugins);
            DisputeSettings settings = DisputeSettings.from(TestConfig.of(Map.of()));
            Instant now = Instant.parse("2026-11-01T02:00:00Z");
            DemoDisputes.Loaded loaded = DemoDisputes.load(clock -> new DisputeService(db.disputeRepository(),
                    db.mediationCentreRepository(), new GridEventService(db.gridRepository(), db.gridEventRepository(),
                    (city, facts) -> new org.shizhi.domain.spi.DefaultEventGrader().grade(facts), new PlatformEventRouting(), calendar, clock),
                    rules, rules, rules, settings, calendar, clock), tree, new SplittableRandom(DemoDisputes.SEED), now);
            assertThat(loaded.disputes()).isEqualTo(97);
            List<Dispute> all = new java.util.ArrayList<>();
            for (AreaCode city : List.of(AreaCode.of("510100"), AreaCode.of("440800"))) {
                List<Dispute> inCity = db.disputeRepository().within(city, Optional.empty(), PageRequest.first(PageRequest.MAX_LIMIT)).items();
                assertThat(inCity).as("both demo cities have disputes").hasSizeGreaterThan(40);
                all.addAll(inCity);
            }
            assertThat(all).hasSize(97);
            Set<DisputeState> states = EnumSet.noneOf(DisputeState.class);
            Set<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
            Set<String> types = new HashSet<>();
            for (Dispute d : all) {
                states.add(d.state());
                levels.add(d.centreLevel());
                types.add(d.type().code());
                assertThat(d.parties()).isNotEmpty();
                for (Party p : d.parties()) {
                    assertThat(p.name()).isNotBlank();
                }
            }
            assertThat(states).as("every state").isEqualTo(EnumSet.allOf(DisputeState.class));
            assertThat(levels).as("all four centre levels").containsExactlyInAnyOrder(AdminLevel.COMMUNITY, AdminLevel.STREET,
                    AdminLevel.DISTRICT, AdminLevel.CITY);
            assertThat(types).as("the 13 types of the dataset").hasSize(13).doesNotContain(DisputeType.OTHER.code());
            assertThat(all).anyMatch(d -> d.escalations() > 0).anyMatch(d -> d.consultation().isPresent())
                    .anyMatch(d -> d.parties().stream().anyMatch(p -> p.idNumber().isPresent()));
            assertThat(db.disputeArchiveOutbox().pending(500)).as("closed ones left their archive records").isNotEmpty();
        }
        assertThat(DemoDisputes.class.getResource("/org/shizhi/demo/promediconv-LICENSE.txt")).as("the licence ships with the copy").isNotNull();
    }
}
