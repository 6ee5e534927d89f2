package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.DisputesApi;
import org.shizhi.client.model.ChannelChange;
import org.shizhi.client.model.ConsultationBody;
import org.shizhi.client.model.ConsultationConclusionRequest;
import org.shizhi.client.model.ConsultationOpinionRequest;
import org.shizhi.client.model.ConveneConsultation;
import org.shizhi.client.model.Dispute;
import org.shizhi.client.model.DisputeChange;
import org.shizhi.client.model.DisputeChangeKind;
import org.shizhi.client.model.DisputeFigures;
import org.shizhi.client.model.DisputeSource;
import org.shizhi.client.model.DisputeState;
import org.shizhi.client.model.DisputeTimelineEntry;
import org.shizhi.client.model.FollowUpRequest;
import org.shizhi.client.model.MediationCentre;
import org.shizhi.client.model.MediationChannel;
import org.shizhi.client.model.Mediator;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewDispute;
import org.shizhi.client.model.NewParty;
import org.shizhi.client.model.NewSession;
import org.shizhi.client.model.Obligation;
import org.shizhi.client.model.OutcomeRequest;
import org.shizhi.client.model.PartyKind;
import org.shizhi.client.model.PartyRole;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RegisterAreasRequest;
import org.shizhi.client.model.Risk;
import org.shizhi.client.model.RiskLevel;

/**
 * A full mediation through the generated client only: a city admin registers a street and community of its own
 * (510104220000, 510104220001) and the centres of its community and district; a mediator opens a HIGH-risk dispute
 * (routed to the district's centre), accepts it, changes the channel, holds a session, convenes the joint consultation
 * (3+N), records each body's opinion and the joint conclusion, records an agreement and closes the dispute; a grid
 * worker follows it up. A change based on an older version is 412; the timeline and the figures show it all.
 */
class DisputeEndToEndTest {

    private static final String COMMUNITY = "510104220001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    @BeforeAll
    static void placesAndCentresOfTheirOwn() throws ApiException {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104220000").name("端到端调解街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端调解社区")), null);
        DisputesApi admin = new DisputesApi(platform.client());
        for (String area : List.of(COMMUNITY, "510104000000")) {
            admin.registerMediationCentre(new MediationCentre().areaCode(area).name("端到端调解中心")
                    .addMediatorsItem(new Mediator().id("e2e-mediator").name("刘调解")), null);
        }
    }

    private static DisputesApi as(String jurisdiction, String role) {
        return new DisputesApi(platform.clientAs("510100", jurisdiction, role));
    }

    private static String ifMatch(Dispute d) {
        return "\"" + d.getVersion() + "\"";
    }

    @Test
    void aFullMediationWithJointConsultationAndFollowUp() throws Exception {
        DisputesApi mediator = as("510104", "MEDIATOR");
        ApiResponse<DisputeChange> opened = mediator.openDisputeWithHttpInfo(new NewDispute().source(DisputeSource.NIGHT_VISIT)
                .areaCode(COMMUNITY).type("PROPERTY_LAND")
                .addPartiesItem(new NewParty().kind(PartyKind.PERSON).role(PartyRole.APPLICANT).name("张建国")
                        .idNumber("11010519491231002X").phone("13812345678"))
                .addPartiesItem(new NewParty().kind(PartyKind.PERSON).role(PartyRole.RESPONDENT).name("李华"))
                .facts("两户因宅基地边界发生争执，一方砌墙占用通道。").claims("要求拆除围墙，恢复通道。")
                .amount(new BigDecimal("5000.00"))
                .risk(new Risk().level(RiskLevel.HIGH).addReasonsItem("双方曾发生肢体冲突")), null);
        assertThat(opened.getStatusCode()).isEqualTo(201);
        assertThat(opened.getHeaders().get("etag")).containsExactly("\"1\"");
        Dispute d = opened.getData().getDispute();
        assertThat(d.getCentre()).as("HIGH risk: the district's centre").isEqualTo("510104000000");
        assertThat(d.getParties().get(0).getName()).as("masked without PERSONAL_DATA").isEqualTo("张**");

        d = mediator.acceptDispute(d.getId(), ifMatch(d), null).getDispute();
        Dispute accepted = d;
        d = mediator.changeDisputeChannel(d.getId(), ifMatch(d), new ChannelChange().channel(MediationChannel.ADMINISTRATIVE)
                .reason("涉及国土部门确权")).getDispute();
        ApiException stale = catchThrowableOfType(ApiException.class, () -> mediator.changeDisputeChannel(accepted.getId(),
                ifMatch(accepted), new ChannelChange().channel(MediationChannel.JUDICIAL).reason("基于旧版本")));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(platform.client().getObjectMapper().readValue(stale.getResponseBody(), Problem.class).getType().toString())
                .isEqualTo("urn:shizhi:problem:stale-version");

        d = mediator.holdDisputeSession(d.getId(), ifMatch(d), new NewSession().heldOn(LocalDate.of(2025, 9, 26))
                .addMediatorsItem("e2e-mediator").addAttendeesItem("张建国").addAttendeesItem("李华").notes("现场查看，听取双方意见")).getDispute();
        d = mediator.conveneConsultation(d.getId(), ifMatch(d), new ConveneConsultation().addBodiesItem(ConsultationBody.VILLAGE_CADRE))
                .getDispute();
        assertThat(d.getConsultation().getBodies()).containsExactlyInAnyOrder(ConsultationBody.PEOPLES_COURT,
                ConsultationBody.POLICE_STATION, ConsultationBody.JUDICIAL_OFFICE, ConsultationBody.VILLAGE_CADRE);
        for (ConsultationBody body : List.copyOf(d.getConsultation().getBodies())) {
            d = mediator.recordConsultationOpinion(d.getId(), ifMatch(d), new ConsultationOpinionRequest().body(body)
                    .opinion("同意依界址图调解")).getDispute();
        }
        d = mediator.concludeConsultation(d.getId(), ifMatch(d), new ConsultationConclusionRequest()
                .conclusion("按1998年界址图确定边界，拆除占道部分")).getDispute();
        d = mediator.concludeDispute(d.getId(), ifMatch(d), new OutcomeRequest().kind(OutcomeRequest.KindEnum.AGREEMENT)
                .terms("李华拆除占用通道的围墙，张建国补偿拆改费用。")
                .addObligationsItem(new Obligation().description("补偿拆改费用").amount(new BigDecimal("1500.00"))
                        .dueOn(LocalDate.of(2026, 12, 31)))
                .addSignatoriesItem("张建国").addSignatoriesItem("李华")).getDispute();
        assertThat(d.getState()).isEqualTo(DisputeState.CONCLUDED);
        assertThat(d.getFollowUpDue()).isNotNull();
        d = mediator.closeDispute(d.getId(), ifMatch(d), null).getDispute();
        assertThat(d.getState()).isEqualTo(DisputeState.CLOSED);

        DisputesApi worker = as(COMMUNITY, "GRID_WORKER");
        DisputeChange followedUp = worker.recordDisputeFollowUp(d.getId(), ifMatch(d), new FollowUpRequest()
                .result(FollowUpRequest.ResultEnum.HOLDING).note("围墙已拆除，通道恢复"));
        assertThat(followedUp.getChange().getKind()).isEqualTo(DisputeChangeKind.FOLLOWED_UP);

        DisputesApi auditor = as("510100", "AUDITOR");
        assertThat(auditor.getDisputeTimeline(d.getId()).getEntries()).extracting(DisputeTimelineEntry::getKind)
                .startsWith(DisputeChangeKind.OPENED, DisputeChangeKind.ACCEPTED, DisputeChangeKind.CHANNEL_CHANGED,
                        DisputeChangeKind.SESSION_HELD, DisputeChangeKind.CONSULTATION_CONVENED)
                .endsWith(DisputeChangeKind.CONSULTATION_CONCLUDED, DisputeChangeKind.CONCLUDED, DisputeChangeKind.CLOSED,
                        DisputeChangeKind.FOLLOWED_UP);
        DisputeFigures figures = new DisputesApi(platform.client()).getDisputeFigures("510104220000",
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(figures.getResolved()).isEqualTo(1);
        assertThat(figures.getResolutionRate()).isEqualTo(1.0);
        assertThat(figures.getFulfilledAtFollowUp()).isEqualTo(1.0);
    }

    @Test
    void closingWithoutAnOutcomeIsRefused() throws Exception {
        DisputesApi mediator = as("510104", "MEDIATOR");
        Dispute d = mediator.openDispute(new NewDispute().source(DisputeSource.WALK_IN).areaCode(COMMUNITY).type("NEIGHBOURHOOD")
                .addPartiesItem(new NewParty().kind(PartyKind.PERSON).role(PartyRole.APPLICANT).name("王芳"))
                .facts("楼上装修噪音扰民。").claims("要求限定施工时间。").risk(new Risk().level(RiskLevel.LOW)), null).getDispute();
        assertThat(d.getCentre()).as("LOW risk: the community's own centre").isEqualTo(COMMUNITY);
        ApiException refused = catchThrowableOfType(ApiException.class, () -> mediator.closeDispute(d.getId(), ifMatch(d), null));
        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(platform.client().getObjectMapper().readValue(refused.getResponseBody(), Problem.class).getField()).isEqualTo("outcome");
        assertThat(mediator.getDispute(d.getId(), null).getVersion()).isEqualTo(1);
    }
}
