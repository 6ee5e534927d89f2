package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.LawApi;
import org.shizhi.client.model.LawFigures;
import org.shizhi.client.model.LegalAidApplication;
import org.shizhi.client.model.LegalAidCategory;
import org.shizhi.client.model.LegalAidState;
import org.shizhi.client.model.NewLegalAidApplication;
import org.shizhi.client.model.NewPersonOnRecord;
import org.shizhi.client.model.NewPetition;
import org.shizhi.client.model.Petition;
import org.shizhi.client.model.PetitionChannel;
import org.shizhi.client.model.PetitionClearance;
import org.shizhi.client.model.PetitionPage;
import org.shizhi.client.model.PetitionState;
import org.shizhi.client.model.PetitionText;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.Satisfaction;

/**
 * Petitions and legal aid through the generated client only: community staff receive a petition, a street officer
 * accepts it, extends its reply date once (a second extension is 409), replies and clears it; a stale version is 412;
 * bad input is a problem naming the field; a legal-aid application is received with its decision deadline counted on
 * the work calendar; a city admin reads the backlog and the assessment's figures.
 */
class LawEndToEndTest {

    private static final String ZONGFU = "510104022001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    private static LawApi as(String jurisdiction, String role) {
        return new LawApi(platform.clientAs("510100", jurisdiction, role));
    }

    private static String ifMatch(Petition p) {
        return "\"" + p.getVersion() + "\"";
    }

    private static Problem problem(ApiException e) throws Exception {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void aPetitionFromReceiptToClearing() throws Exception {
        LawApi staff = as(ZONGFU, "COMMUNITY_STAFF");
        LawApi officer = as("510104", "STREET_OFFICER");
        ApiResponse<Petition> received = staff.receivePetitionWithHttpInfo(new NewPetition().areaCode(ZONGFU)
                .petitioner(new NewPersonOnRecord().name("魏明").phone("13812345678")).matter("端到端：夜间施工噪音扰民")
                .channel(PetitionChannel.HOTLINE).agency("锦江区住房和城乡建设局"), null);
        assertThat(received.getStatusCode()).isEqualTo(201);
        assertThat(received.getHeaders().get("etag")).containsExactly("\"1\"");
        Petition p = received.getData();
        assertThat(p.getPetitioner().getName()).as("masked without PERSONAL_DATA").isEqualTo("魏*");
        assertThat(p.getAcceptanceDue().getWorkingDays()).isEqualTo(15);

        p = officer.acceptPetition(p.getId(), ifMatch(p));
        Petition accepted = p;
        p = officer.extendPetitionReply(p.getId(), ifMatch(p), new PetitionText().text("需多部门联合调查"));
        assertThat(p.getReplyDue().getDueOn()).isAfter(accepted.getReplyDue().getDueOn());
        Petition extended = p;
        ApiException again = catchThrowableOfType(ApiException.class, () -> officer.extendPetitionReply(extended.getId(),
                ifMatch(extended), new PetitionText().text("再延一次")));
        assertThat(again.getCode()).isEqualTo(409);
        assertThat(problem(again).getField()).isEqualTo("extension");
        ApiException stale = catchThrowableOfType(ApiException.class, () -> officer.replyToPetition(accepted.getId(),
                ifMatch(accepted), new PetitionText().text("基于旧版本")));
        assertThat(stale.getCode()).isEqualTo(412);

        p = officer.replyToPetition(p.getId(), ifMatch(p), new PetitionText().text("已责成施工方夜间停工"));
        p = officer.clearPetition(p.getId(), ifMatch(p), new PetitionClearance().outcome("夜访核实后噪音消除")
                .petitionerResponse(Satisfaction.SATISFIED));
        assertThat(p.getState()).isEqualTo(PetitionState.CLEARED);
        assertThat(as("510104", "AUDITOR").getPetition(p.getId(), null).getPetitionerResponse()).isEqualTo(Satisfaction.SATISFIED);
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        ApiException bad = catchThrowableOfType(ApiException.class, () -> as(ZONGFU, "COMMUNITY_STAFF").receivePetition(new NewPetition()
                .areaCode(ZONGFU).petitioner(new NewPersonOnRecord().name("魏明").idNumber("123")).matter("端到端：坏输入")
                .channel(PetitionChannel.VISIT).agency("住建局"), null));
        assertThat(bad.getCode()).isEqualTo(400);
        assertThat(problem(bad).getField()).isEqualTo("petitioner.idNumber");
    }

    @Test
    void aLegalAidApplicationIsDueSevenWorkingDaysAfterItWasReceivedAndTheFiguresAreRead() throws Exception {
        LegalAidApplication a = as(ZONGFU, "COMMUNITY_STAFF").applyForLegalAid(new NewLegalAidApplication().areaCode(ZONGFU)
                .applicant(new NewPersonOnRecord().name("魏明")).matter("端到端：拖欠工资").category(LegalAidCategory.LABOUR_REMUNERATION)
                .addHardshipEvidenceItem("最低生活保障证").receivedOn(LocalDate.of(2025, 9, 26)), null);
        assertThat(a.getDecisionDue().getDueOn()).as("across the National Day holiday and its make-up days")
                .isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(new LawApi(platform.client()).getLegalAidApplication(a.getId(), null).getState()).isEqualTo(LegalAidState.RECEIVED);
        PetitionPage backlog = new LawApi(platform.client()).listPetitionBacklog("510104", null, 10, null);
        assertThat(backlog.getItems()).allSatisfy(p -> assertThat(p.getInBacklog()).isTrue());
        LawFigures figures = new LawApi(platform.client()).getLawFigures("510104", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(figures.getLegalAidDecided()).isNotNegative();
        assertThat(figures.getLegalAidDecidedOnTime()).isBetween(0, figures.getLegalAidDecided());
        assertThat(figures.getPetitionsRepliedOnTime()).isBetween(0, figures.getPetitionsReplied());
    }

    @Test
    void aDecisionOnTimeShowsInTheLegalAidReportAndTheRegulationsAreListed() throws Exception {
        LegalAidApplication a = as(ZONGFU, "COMMUNITY_STAFF").applyForLegalAid(new NewLegalAidApplication().areaCode(ZONGFU)
                .applicant(new NewPersonOnRecord().name("周敏")).matter("端到端：子女拒付赡养费").category(LegalAidCategory.FAMILY_SUPPORT)
                .receivedOn(LocalDate.of(2025, 9, 26)), null);
        ApiException noReason = catchThrowableOfType(ApiException.class, () -> as("510104", "STREET_OFFICER").decideLegalAid(a.getId(),
                "\"1\"", new org.shizhi.client.model.LegalAidDecision().granted(false)));
        assertThat(noReason.getCode()).isEqualTo(400);
        assertThat(problem(noReason).getField()).isEqualTo("reason");
        LegalAidApplication granted = as("510104", "STREET_OFFICER").decideLegalAid(a.getId(), "\"1\"",
                new org.shizhi.client.model.LegalAidDecision().granted(true));
        assertThat(granted.getState()).isEqualTo(LegalAidState.GRANTED);
        var report = new LawApi(platform.client()).getLegalAidReport("510104", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        assertThat(report.getRows()).anySatisfy(row -> {
            assertThat(row.getDistrict()).isEqualTo("510104000000");
            assertThat(row.getDecided()).isPositive();
            assertThat(row.getOpenCases()).as("the granted application is demand").isPositive();
        });
        assertThat(new LawApi(platform.client()).listRegulations(LocalDate.of(2025, 9, 26), null, 100).getItems())
                .allSatisfy(r -> assertThat(r.getEffectiveOn()).isBeforeOrEqualTo(LocalDate.of(2025, 9, 26)));
    }
}
