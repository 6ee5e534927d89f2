package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.assessment.AssessmentReplays;
import org.shizhi.adapters.rest.assessment.SupervisionReplays;
import org.shizhi.adapters.rest.campaign.CampaignReplays;
import org.shizhi.adapters.rest.consultation.ConsultationReplays;
import org.shizhi.adapters.rest.dispute.DisputeReplays;
import org.shizhi.adapters.rest.grid.GridReplays;
import org.shizhi.adapters.rest.law.LawReplays;
import org.shizhi.adapters.rest.party.PartyReplays;
import org.shizhi.adapters.rest.programme.ProgrammeReplays;

/** Every create that takes an {@code Idempotency-Key} can be given again: {@link Replays} knows its Location. */
class ReplaysTest {

    private static final String ID = "0190b3c4-7a8e-7c1d-9f00-1234567890ab";

    /** One Location per create of the contract, as the resources answer them. */
    private static final List<String> CREATED = List.of(
            "/api/v1/areas/510104022001",                                  // registerAreas
            "/api/v1/grids/510104022001-01",                               // createGrid
            "/api/v1/grids/510104022001-01/members/" + ID,                 // assignGridMember
            "/api/v1/dwellings/" + ID,                                     // registerDwelling
            "/api/v1/residents/" + ID,                                     // registerResident
            "/api/v1/organisations/" + ID,                                 // registerOrganisation
            "/api/v1/events/" + ID,                                        // reportEvent
            "/api/v1/events/" + ID + "/summonses/" + ID,                   // summonDepartments
            "/api/v1/visit-tasks/" + ID,                                   // recordVisitFinding
            "/api/v1/areas/510104022001/mediation-centres",                // registerMediationCentre
            "/api/v1/disputes/" + ID,                                      // openDispute
            "/api/v1/campaigns/" + ID,                                     // launchCampaign
            "/api/v1/campaigns/" + ID + "/activities",                     // recordCampaignActivity
            "/api/v1/safety-star-rounds/" + ID + "/results",               // openSafetyStarRound
            "/api/v1/safety-star-rounds/" + ID + "/results",               // nominateSafetyStar
            "/api/v1/safety-star-rounds/" + ID + "/results",               // castSafetyStarVote
            "/api/v1/areas/510104022000/samaritan-fund",                   // receiveSamaritanFundIncome
            "/api/v1/samaritan-awards/" + ID,                              // grantSamaritanAward
            "/api/v1/areas/510104022001/wedding-halls",                    // addWeddingHall
            "/api/v1/areas/510104022001/wedding-register-entries",         // enterWeddingRegister
            "/api/v1/weddings/" + ID,                                     // registerWedding
            "/api/v1/petitions/" + ID,                                     // receivePetition
            "/api/v1/legal-aid-applications/" + ID,                        // applyForLegalAid
            "/api/v1/supervision-complaints/" + ID,                        // fileSupervisionComplaint
            "/api/v1/areas/510104022001/law-publicity-events?from=2025-09-20&to=2025-09-20", // recordLawPublicityEvent
            "/api/v1/regulations/" + ID,                                  // registerRegulation
            "/api/v1/party-organisations/" + ID,                           // foundPartyOrganisation
            "/api/v1/party-members/" + ID,                                 // enrolPartyMember
            "/api/v1/party-members/" + ID + "/services/" + ID,             // recordPartyService
            "/api/v1/party-organisations/" + ID + "/model-posts/" + ID,    // appointPartyModelPost
            "/api/v1/estates/" + ID,                                       // registerEstate
            "/api/v1/property-companies/91510104MA61XK8Y0A",               // registerPropertyCompany
            "/api/v1/party-alliances/" + ID,                               // formPartyAlliance
            "/api/v1/party-alliances/" + ID,                               // admitAllianceMember
            "/api/v1/party-alliances/" + ID + "/pledges/" + ID,            // pledgeToAlliance
            "/api/v1/party-alliances/" + ID + "/activities/" + ID,         // recordAllianceActivity
            "/api/v1/party-councils/" + ID,                                // formPartyCouncil
            "/api/v1/party-councils/" + ID + "/meetings/" + ID,           // recordPartyCouncilMeeting
            "/api/v1/councils/" + ID,                                      // formCouncil
            "/api/v1/councils/" + ID + "/meetings",                        // holdCouncilMeeting
            "/api/v1/council-topics/" + ID,                                // raiseCouncilTopic
            "/api/v1/stability-risk-assessments/" + ID,                    // assessStabilityRisk
            "/api/v1/communities/510104022001/disclosures",                // publishDisclosure
            "/api/v1/village-assets/" + ID,                               // registerVillageAsset
            "/api/v1/assessment/schemes/street-quarterly/results/510104000000/2026-Q4/versions/2", // runAssessment
            "/api/v1/assessment/notices/" + ID,                            // draftAssessmentNotice
            "/api/v1/trainings/" + ID,                                     // recordGridWorkerTraining
            "/api/v1/assessment/supervision-tasks/" + ID);                 // openSupervisionTask

    /** Every context's rules; their queries are not called while a Location is only matched. */
    private final Replays replays = new Replays(List.of(
            new GridReplays(null, null, null, null, null, null, null),
            new DisputeReplays(null, null, null, null),
            new ProgrammeReplays(null, null),
            new CampaignReplays(null, null, null, null, null, null),
            new LawReplays(null, null, null),
            new PartyReplays(null, null, null),
            new ConsultationReplays(null, null, null),
            new AssessmentReplays(null, null, null),
            new SupervisionReplays(null, null)));

    @Test
    void everyCreatesLocationHasARuleThatReadsItAgain() {
        for (String location : CREATED) {
            assertThat(replays.knows(location)).as("a replay of a create answering Location " + location).isTrue();
        }
    }

    @Test
    void theListAboveHasOneLocationPerCreateOfTheContract() throws IOException {
        String contract = Files.readString(Path.of("src/main/openapi/openapi.yaml"));
        long creates = Pattern.compile(Pattern.quote("$ref: '#/components/parameters/IdempotencyKey'")).matcher(contract).results().count();

        assertThat(CREATED).as("a new create with an Idempotency-Key needs its Location here and a rule in its context's ReplayRules")
                .hasSize((int) creates);
    }

    @Test
    void aLocationNoRuleKnowsIsNotReplayedBlindly() {
        assertThat(replays.knows("/api/v1/somewhere-new/" + ID)).isFalse();
    }
}
