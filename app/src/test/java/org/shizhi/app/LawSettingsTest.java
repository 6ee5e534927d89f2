package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.CentreRouting;
import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.port.out.InMemoryDisputeRepository;
import org.shizhi.domain.dispute.port.out.InMemoryMediationCentreRepository;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.port.out.InMemoryGridEventRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridRepository;
import org.shizhi.domain.grid.port.out.KeywordEventGrading;
import org.shizhi.domain.grid.port.out.PlatformEventRouting;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.law.model.LawPolicy;
import org.shizhi.domain.law.model.SampleLaw;
import org.shizhi.domain.law.port.in.LegalAidUseCase;
import org.shizhi.domain.law.port.in.PetitionUseCase;
import org.shizhi.domain.law.port.out.InMemoryLegalAidRepository;
import org.shizhi.domain.law.port.out.InMemoryPetitionRepository;
import org.shizhi.domain.law.port.out.InMemoryPublicityRepository;
import org.shizhi.domain.law.port.out.InMemoryRegulationRepository;
import org.shizhi.domain.law.port.out.InMemorySupervisionRepository;
import org.shizhi.domain.law.service.LawService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkCalendar;

/** The law deadlines are per-city settings, read as the dispute deadlines are, and the law service counts with them. */
class LawSettingsTest {

    static final AreaCode CHENGDU = AreaCode.of("510100");
    static final AreaCode ZHANJIANG = AreaCode.of("440800");
    static final AreaCode ZONGFU = AreaCode.of("510104022001");
    static final AreaCode ZHANJIANG_COMMUNITY = AreaCode.of("440802006001");

    @Test
    void aCityWithItsOwnLawDeadlinesGetsOtherDueDatesThanTheCityOnTheNationalOnes() {
        LawSettings settings = LawSettings.from(TestConfig.of(Map.of(
                "shizhi.law.440800.legal-aid-decision-days", "3",
                "shizhi.law.440800.petition-acceptance-days", "5")));
        assertThat(settings.of(CHENGDU)).isEqualTo(LawPolicy.standard());
        assertThat(settings.of(ZHANJIANG_COMMUNITY)).isEqualTo(new LawPolicy(3, 5, 60, 30, 30));

        WorkCalendar calendar = SampleLaw.calendar();
        TestClock clock = new TestClock(SampleLaw.FRIDAY);
        var disputes = new DisputeService(new InMemoryDisputeRepository(), new InMemoryMediationCentreRepository(),
                new GridEventService(new InMemoryGridRepository(), new InMemoryGridEventRepository(), new KeywordEventGrading(),
                        new PlatformEventRouting(), calendar, clock),
                (city, facts, candidates) -> CentreRouting.standard(facts, candidates),
                (city, facts) -> ConsultationRequirement.standard(facts), city -> DisputeType.STANDARD,
                city -> DisputePolicy.standard(), calendar, clock);
        LawService law = new LawService(new InMemoryLegalAidRepository(), new InMemoryPetitionRepository(),
                new InMemorySupervisionRepository(), new InMemoryPublicityRepository(), new InMemoryRegulationRepository(),
                settings, disputes, disputes, calendar, clock);
        Actor chengdu = new Actor("she.qu", CHENGDU, ZONGFU, Set.of(Role.COMMUNITY_STAFF), Set.of());
        Actor zhanjiang = new Actor("she.zj", ZHANJIANG, ZHANJIANG_COMMUNITY, Set.of(Role.COMMUNITY_STAFF), Set.of());
        LocalDate friday = LocalDate.of(2025, 9, 26);

        LocalDate chengduDue = law.apply(chengdu, new LegalAidUseCase.Apply(SampleLaw.legalAidIntake(ZONGFU, friday)))
                .application().decisionDue().dueOn();
        LocalDate zhanjiangDue = law.apply(zhanjiang, new LegalAidUseCase.Apply(SampleLaw.legalAidIntake(ZHANJIANG_COMMUNITY, friday)))
                .application().decisionDue().dueOn();
        assertThat(chengduDue).as("Chengdu: the national 7 working days, across the National Day holiday").isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(zhanjiangDue).as("Zhanjiang: its own 3 working days, 28 to 30 September").isEqualTo(LocalDate.of(2025, 9, 30));

        LocalDate chengduAcceptance = law.receive(chengdu, new PetitionUseCase.Receive(SampleLaw.petitionIntake(ZONGFU)))
                .petition().acceptanceDue().dueOn();
        LocalDate zhanjiangAcceptance = law.receive(zhanjiang, new PetitionUseCase.Receive(SampleLaw.petitionIntake(ZHANJIANG_COMMUNITY)))
                .petition().acceptanceDue().dueOn();
        assertThat(zhanjiangAcceptance).as("5 working days against Chengdu's 15 from the same Friday").isBefore(chengduAcceptance);
        assertThat(zhanjiangAcceptance).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void aWrongLawSettingStopsStartUpNamingItsKey() {
        assertThatThrownBy(() -> LawSettings.from(TestConfig.of(Map.of("shizhi.law.petition-reply-days", "0"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("shizhi.law.petition-reply-days");
        assertThatThrownBy(() -> LawSettings.from(TestConfig.of(Map.of("shizhi.law.510100.legal-aid-decision-days", "seven"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("shizhi.law.510100.legal-aid-decision-days");
        assertThatThrownBy(() -> LawSettings.from(TestConfig.of(Map.of("shizhi.law.decision-days", "7"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("shizhi.law.decision-days");
        assertThatThrownBy(() -> LawSettings.from(TestConfig.of(Map.of("shizhi.law.510104.petition-reply-days", "30"))))
                .as("a district is not a city").isInstanceOf(SettingsException.class);
        assertThat(LawSettings.from(TestConfig.of(Map.of("shizhi.law.petition-extension-days", "20"))).of(ZONGFU))
                .as("a platform-wide value applies to every city").isEqualTo(new LawPolicy(7, 15, 60, 20, 30));
    }
}
