package org.shizhi.adapters.rest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.shared.Permission.*;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Role;

/**
 * A role is granted in one place, the domain's {@link Permission} table: every operation's {@code @RolesAllowed} must
 * name exactly the roles of the permission its use case checks, so that HTTP neither refuses what the domain allows
 * nor lets through, to a 403 from the service, what it never allows.
 */
class RolesFollowThePermissionsTest {

    /** Every resource of the adapter: the list another test proves complete. */
    private static final List<Class<?>> RESOURCES = EveryEndpointIsInTheContractTest.RESOURCES;

    /** Each operation (by its operationId in the contract) and the permission its use case checks. */
    private static final Map<String, Permission> OPERATIONS = Map.ofEntries(
            entry("getArea", READ_AREAS), entry("listAreaChildren", READ_AREAS), entry("registerAreas", REGISTER_AREAS),
            entry("createGrid", MANAGE_GRIDS), entry("redrawGridBoundary", MANAGE_GRIDS), entry("removeGridBoundary", MANAGE_GRIDS),
            entry("getGrid", READ_GRIDS), entry("listCommunityGrids", READ_GRIDS),
            entry("listGridsLackingResponsibleWorker", READ_GRIDS), entry("getGridMember", READ_GRIDS),
            entry("assignGridMember", STAFF_GRIDS), entry("releaseGridMember", STAFF_GRIDS),
            entry("recordGridWorkerTraining", org.shizhi.domain.shared.Permission.RECORD_TRAINING),
            entry("listGridWorkerTrainings", org.shizhi.domain.shared.Permission.READ_TRAINING),
            entry("getGridWorkerTraining", org.shizhi.domain.shared.Permission.READ_TRAINING),
            entry("getRegisterCounts", READ_REGISTER_COUNTS),
            entry("registerDwelling", KEEP_REGISTERS), entry("changeDwellingHouseholds", KEEP_REGISTERS),
            entry("registerResident", KEEP_REGISTERS), entry("removeResident", KEEP_REGISTERS),
            entry("registerOrganisation", KEEP_REGISTERS),
            entry("listGridDwellings", READ_REGISTERS), entry("getDwelling", READ_REGISTERS),
            entry("listGridResidents", READ_REGISTERS), entry("getResident", READ_REGISTERS),
            entry("listGridOrganisations", READ_REGISTERS), entry("getOrganisation", READ_REGISTERS),
            entry("reportEvent", REPORT_EVENT), entry("receiveHotlineWorkOrder", RECEIVE_HOTLINE_ORDER),
            entry("listEvents", READ_EVENTS), entry("listOverdueEvents", READ_EVENTS),
            entry("getEvent", READ_EVENTS), entry("getEventTimeline", READ_EVENTS), entry("getSummons", READ_EVENTS),
            entry("acceptEvent", ACCEPT_EVENT), entry("rejectEvent", REJECT_EVENT), entry("callEvent", CALL_EVENT),
            entry("dispatchEvent", DISPATCH_EVENT), entry("startEventHandling", START_HANDLING),
            entry("resolveEvent", RESOLVE_EVENT), entry("recordEventVerdict", RECORD_VERDICT), entry("mergeEvent", MERGE_EVENTS),
            entry("summonDepartments", SUMMON_DEPARTMENTS), entry("reportToSummons", REPORT_TO_SUMMONS),
            entry("getWeeklyDigest", READ_WEEKLY_DIGEST),
            entry("listChildWeeklyDigests", READ_WEEKLY_DIGEST), entry("getEventStateWeeks", READ_WEEKLY_DIGEST),
            entry("openDispute", OPEN_DISPUTE), entry("listDisputes", READ_DISPUTES), entry("listOverdueDisputes", READ_DISPUTES),
            entry("getDispute", READ_DISPUTES), entry("getEventDispute", READ_DISPUTES), entry("getDisputeTimeline", READ_DISPUTES),
            entry("listDisputeTypes", READ_DISPUTES), entry("getDisputeFigures", READ_DISPUTE_FIGURES),
            entry("getDisputeBreakdown", READ_DISPUTE_FIGURES),
            entry("acceptDispute", MEDIATE_DISPUTE), entry("escalateDispute", MEDIATE_DISPUTE),
            entry("changeDisputeChannel", MEDIATE_DISPUTE), entry("holdDisputeSession", MEDIATE_DISPUTE),
            entry("conveneConsultation", MEDIATE_DISPUTE), entry("recordConsultationOpinion", MEDIATE_DISPUTE),
            entry("concludeConsultation", MEDIATE_DISPUTE), entry("concludeDispute", MEDIATE_DISPUTE),
            entry("recordJudicialConfirmation", MEDIATE_DISPUTE), entry("closeDispute", MEDIATE_DISPUTE),
            entry("recordDisputeFollowUp", FOLLOW_UP_DISPUTE),
            entry("registerMediationCentre", REGISTER_MEDIATION_CENTRE), entry("listMediationCentres", READ_MEDIATION_CENTRES),
            entry("listVisitTasks", READ_VISIT_TASKS), entry("getVisitTask", READ_VISIT_TASKS),
            entry("recordVisitFinding", RECORD_FINDING), entry("listProgrammeRuns", READ_PROGRAMME_RUNS),
            entry("listPlugins", READ_PLUGINS), entry("listCampaignTemplates", READ_CAMPAIGN_TEMPLATES),
            entry("getAssessment", READ_ASSESSMENT),
            entry("searchCases", SEARCH_CASES), entry("searchCasesByBody", SEARCH_CASES), entry("getCase", SEARCH_CASES),
            entry("exportCases", EXPORT_CASES), entry("exportCasesByBody", EXPORT_CASES), entry("importCases", IMPORT_CASES),
            entry("listAuditEntries", READ_AUDIT), entry("verifyAudit", READ_AUDIT),
            entry("listOwnAuditEntries", READ_OWN_AUDIT),
            entry("createSavedSearch", SAVE_CASE_SEARCHES), entry("deleteSavedSearch", SAVE_CASE_SEARCHES),
            entry("markSavedSearchSeen", SAVE_CASE_SEARCHES), entry("listSavedSearches", READ_SAVED_SEARCHES),
            entry("getSavedSearch", READ_SAVED_SEARCHES), entry("listSavedSearchMatches", READ_SAVED_SEARCHES),
            entry("createWebhookSubscription", MANAGE_WEBHOOKS), entry("listWebhookSubscriptions", MANAGE_WEBHOOKS),
            entry("getWebhookSubscription", MANAGE_WEBHOOKS), entry("deleteWebhookSubscription", MANAGE_WEBHOOKS),
            entry("rotateWebhookSecret", MANAGE_WEBHOOKS), entry("listWebhookDeliveries", MANAGE_WEBHOOKS),
            entry("replayWebhookDeliveries", MANAGE_WEBHOOKS),
            entry("foundPartyOrganisation", KEEP_PARTY_RECORDS), entry("enrolPartyMember", KEEP_PARTY_RECORDS),
            entry("checkInPartyMember", KEEP_PARTY_RECORDS), entry("recordPartyService", KEEP_PARTY_RECORDS),
            entry("listPartyOrganisations", READ_PARTY), entry("getPartyOrganisation", READ_PARTY),
            entry("getPartyMember", READ_PARTY), entry("getPartyCoverage", READ_PARTY),
            entry("listPartyUncoveredPlaces", READ_PARTY), entry("getPartyCheckInRate", READ_PARTY),
            entry("listPartyMemberHours", READ_PARTY), entry("listPartyCommunityHours", READ_PARTY),
            entry("listIdlePartyMembers", READ_PARTY), entry("listOpenPartyPledges", READ_PARTY),
            entry("listEstatesWithoutRedProperty", READ_PARTY), entry("getPartyFigures", READ_PARTY),
            entry("bindPartyOrganisation", KEEP_PARTY_RECORDS), entry("appointPartyModelPost", KEEP_PARTY_RECORDS),
            entry("registerEstate", KEEP_PARTY_RECORDS), entry("registerPropertyCompany", KEEP_PARTY_RECORDS),
            entry("linkPropertyCompany", KEEP_PARTY_RECORDS), entry("formPartyAlliance", KEEP_PARTY_RECORDS),
            entry("admitAllianceMember", KEEP_PARTY_RECORDS), entry("pledgeToAlliance", KEEP_PARTY_RECORDS),
            entry("recordAllianceActivity", KEEP_PARTY_RECORDS), entry("formPartyCouncil", KEEP_PARTY_RECORDS),
            entry("recordPartyCouncilMeeting", KEEP_PARTY_RECORDS), entry("listPartyMembers", READ_PARTY),
            entry("listPartyModelPosts", READ_PARTY), entry("listPartyServices", READ_PARTY),
            entry("listEstates", READ_PARTY), entry("getEstate", READ_PARTY),
            entry("getPropertyCompany", READ_PARTY), entry("listPartyAlliances", READ_PARTY),
            entry("getPartyAlliance", READ_PARTY), entry("listAlliancePledges", READ_PARTY),
            entry("listAllianceActivities", READ_PARTY), entry("getPartyCouncil", READ_PARTY),
            entry("listPartyCouncils", READ_PARTY), entry("listPartyCouncilMeetings", READ_PARTY),
            entry("listPartyInstructors", READ_PARTY),
            entry("launchCampaign", ORGANISE_CAMPAIGNS), entry("recordCampaignActivity", RECORD_CAMPAIGN_ACTIVITIES),
            entry("listCampaigns", READ_CAMPAIGNS), entry("getCampaign", READ_CAMPAIGNS),
            entry("listCampaignActivities", READ_CAMPAIGNS), entry("getCampaignCoverage", READ_CAMPAIGNS),
            entry("openSafetyStarRound", OPEN_SAFETY_STAR_ROUNDS), entry("nominateSafetyStar", NOMINATE_SAFETY_STARS),
            entry("castSafetyStarVote", CAST_SAFETY_STAR_VOTES), entry("listSafetyStarRounds", READ_CAMPAIGNS),
            entry("getSafetyStarResults", READ_CAMPAIGNS), entry("getSamaritanFund", READ_CAMPAIGNS),
            entry("receiveSamaritanFundIncome", KEEP_SAMARITAN_FUND), entry("grantSamaritanAward", KEEP_SAMARITAN_FUND),
            entry("getSamaritanAward", READ_CAMPAIGNS), entry("addWeddingHall", KEEP_WEDDING_REFORM),
            entry("enterWeddingRegister", KEEP_WEDDING_REFORM), entry("registerWedding", KEEP_WEDDING_REFORM),
            entry("followUpWedding", KEEP_WEDDING_REFORM), entry("listWeddingHalls", READ_CAMPAIGNS),
            entry("listWeddingRegisterEntries", READ_CAMPAIGNS), entry("listWeddings", READ_CAMPAIGNS),
            entry("getWedding", READ_CAMPAIGNS), entry("getWeddingReport", READ_CAMPAIGNS),
            entry("getCampaignFigures", READ_CAMPAIGN_FIGURES),
            // Law
            entry("receivePetition", Permission.RECEIVE_PETITION), entry("getPetition", Permission.READ_PETITIONS),
            entry("listPetitionBacklog", Permission.READ_PETITIONS), entry("acceptPetition", Permission.HANDLE_PETITION),
            entry("extendPetitionReply", Permission.HANDLE_PETITION), entry("replyToPetition", Permission.HANDLE_PETITION),
            entry("clearPetition", Permission.HANDLE_PETITION), entry("applyForLegalAid", Permission.APPLY_FOR_LEGAL_AID),
            entry("getLegalAidApplication", Permission.READ_LEGAL_AID), entry("getLawFigures", Permission.READ_LAW_FIGURES),
            entry("decideLegalAid", Permission.DECIDE_LEGAL_AID), entry("getLegalAidReport", Permission.READ_LAW_REPORTS),
            entry("getPetitionFigures", Permission.READ_LAW_REPORTS), entry("getSupervisionFigures", Permission.READ_LAW_REPORTS),
            entry("listRegulations", Permission.READ_REGULATIONS),
            entry("notAcceptPetition", Permission.HANDLE_PETITION), entry("reopenPetition", Permission.HANDLE_PETITION),
            entry("assignPetitionLeader", Permission.ASSIGN_PETITION_LEADER),
            entry("openPetitionDispute", Permission.LINK_PETITION_DISPUTE), entry("joinPetitionDispute", Permission.LINK_PETITION_DISPUTE),
            entry("listPetitionRepeats", Permission.READ_PETITIONS),
            entry("assignLegalAid", Permission.DECIDE_LEGAL_AID), entry("closeLegalAid", Permission.DECIDE_LEGAL_AID),
            entry("listOverdueLegalAid", Permission.READ_LEGAL_AID), entry("listLegalAidCentres", Permission.READ_LEGAL_AID),
            entry("registerLegalAidCentre", Permission.REGISTER_LEGAL_AID_CENTRE),
            entry("fileSupervisionComplaint", Permission.FILE_SUPERVISION_COMPLAINT),
            entry("getSupervisionComplaint", Permission.READ_SUPERVISION),
            entry("reviewSupervisionComplaint", Permission.REVIEW_SUPERVISION_COMPLAINT),
            entry("listOverdueSupervisionComplaints", Permission.READ_SUPERVISION),
            entry("recordLawPublicityEvent", Permission.RECORD_LAW_PUBLICITY),
            entry("listLawPublicityEvents", Permission.READ_LAW_PUBLICITY),
            entry("registerRegulation", Permission.KEEP_REGULATIONS), entry("getRegulation", Permission.READ_REGULATIONS),
            entry("searchRegulations", Permission.READ_REGULATIONS),
            entry("amendRegulation", Permission.KEEP_REGULATIONS), entry("repealRegulation", Permission.KEEP_REGULATIONS),
            // Consultation (readPublicDisclosures is @PermitAll, as are the sign-in's readSignInOptions, listLocalUsers and signInLocally)
            entry("formCouncil", Permission.KEEP_COUNCILS), entry("appointCouncilMember", Permission.KEEP_COUNCILS),
            entry("getCouncil", Permission.READ_COUNCILS), entry("listCouncils", Permission.READ_COUNCILS),
            entry("listCouncilMeetings", Permission.READ_COUNCILS), entry("holdCouncilMeeting", Permission.HOLD_COUNCIL_MEETINGS),
            entry("raiseCouncilTopic", Permission.HOLD_COUNCIL_MEETINGS), entry("hearOpinion", Permission.HOLD_COUNCIL_MEETINGS),
            entry("proposeOnTopic", Permission.HOLD_COUNCIL_MEETINGS), entry("voteOnProposal", Permission.HOLD_COUNCIL_MEETINGS),
            entry("publishTopicFeedback", Permission.HOLD_COUNCIL_MEETINGS), entry("closeCouncilTopic", Permission.HOLD_COUNCIL_MEETINGS),
            entry("decideTopic", Permission.DECIDE_COUNCIL_TOPICS), entry("getCouncilTopic", Permission.READ_COUNCILS),
            entry("listCouncilTopics", Permission.READ_COUNCILS),
            entry("listTopicsAwaitingFeedback", Permission.READ_COUNCILS),
            entry("assessStabilityRisk", Permission.ASSESS_STABILITY_RISK),
            entry("getStabilityRiskAssessment", Permission.READ_STABILITY_RISK),
            entry("approveStabilityRiskMitigation", Permission.APPROVE_STABILITY_RISK_PLAN),
            entry("openDisclosureBoard", Permission.PUBLISH_DISCLOSURES), entry("publishDisclosure", Permission.PUBLISH_DISCLOSURES),
            entry("listDisclosures", Permission.READ_DISCLOSURES), entry("registerVillageAsset", Permission.KEEP_VILLAGE_ASSETS),
            entry("recordDisposal", Permission.KEEP_VILLAGE_ASSETS), entry("listVillageAssets", Permission.READ_DISCLOSURES),
            entry("getVillageAsset", Permission.READ_DISCLOSURES),
            entry("listSilentDisclosureBoards", Permission.READ_CONSULTATION_REPORTS),
            entry("listLateDisposals", Permission.READ_CONSULTATION_REPORTS),
            entry("getConsultationFigures", Permission.READ_CONSULTATION_FIGURES),
            // Assessment
            entry("listAssessmentIndicators", Permission.READ_ASSESSMENT), entry("listAssessmentSchemes", Permission.READ_ASSESSMENT),
            entry("runAssessment", Permission.RUN_ASSESSMENT), entry("getAssessmentResult", Permission.READ_ASSESSMENT),
            entry("getAssessmentResultVersion", Permission.READ_ASSESSMENT),
            entry("exportAssessmentResult", Permission.READ_ASSESSMENT),
            entry("draftAssessmentNotice", Permission.DRAFT_NOTICE), entry("getAssessmentNotice", Permission.READ_ASSESSMENT),
            entry("publishAssessmentNotice", Permission.PUBLISH_NOTICE),
            // Supervision (督查督办), notices listed, versions compared
            entry("listAssessmentNotices", Permission.READ_ASSESSMENT),
            entry("compareAssessmentResultVersions", Permission.READ_ASSESSMENT),
            entry("openSupervisionTask", Permission.OPEN_SUPERVISION_TASK),
            entry("getSupervisionTask", Permission.READ_SUPERVISION_TASKS),
            entry("listSupervisionTasks", Permission.READ_SUPERVISION_TASKS),
            entry("listOverdueSupervisionTasks", Permission.READ_OVERDUE_SUPERVISION_TASKS),
            entry("reportRectification", Permission.REPORT_RECTIFICATION),
            entry("verifyRectification", Permission.VERIFY_RECTIFICATION));

    /**
     * Operations whose use case admits a second permission besides the table's: the notices list and a notice answer
     * staff who read assessments and a grid worker asking for the notices that name them.
     */
    private static final Map<String, Permission> ALSO = Map.of("listAssessmentNotices", Permission.READ_OWN_NOTICES,
            "getAssessmentNotice", Permission.READ_OWN_NOTICES);

    @Test
    void everyOperationAllowsExactlyTheRolesOfItsPermission() {
        assertThat(mismatches(RESOURCES, OPERATIONS)).as("operations whose @RolesAllowed differs from the permissions table")
                .isEmpty();
    }

    /**
     * The operations without a token and without a permission: the public disclosure view, and the embedded default's
     * local sign-in (how one gets a token; it refuses by itself where an external identity provider is trusted).
     */
    @Test
    void onlyThePublicViewAndTheLocalSignInAreOpenToEveryone() {
        List<String> open = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
                    open.add(method.getName());
                }
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && method.getAnnotation(RolesAllowed.class) == null && !method.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)
                        && OPERATIONS.containsKey(method.getName())) {
                    open.add(method.getName() + " (neither @RolesAllowed nor @PermitAll)");
                }
            }
        }
        assertThat(open).as("operations anyone may call without a token")
                .containsExactlyInAnyOrder("readPublicDisclosures", "readSignInOptions", "listLocalUsers", "signInLocally");
    }

    @Test
    void theCheckNamesAnOperationThatAllowsAnotherRoleOrHasNoPermission() {
        assertThat(mismatches(List.of(Drifted.class), Map.of("reportEvent", REPORT_EVENT)))
                .containsExactlyInAnyOrder(
                        "Drifted.reportEvent allows [CITY_ADMIN, COMMUNITY_STAFF, GRID_WORKER, INTEGRATOR]; REPORT_EVENT grants"
                                + " [COMMUNITY_STAFF, GRID_WORKER, INTEGRATOR]",
                        "Drifted.newOperation has no permission in this test's table: add the one its use case checks");
    }

    static List<String> mismatches(List<Class<?>> resources, Map<String, Permission> operations) {
        List<String> found = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                if (allowed == null) {
                    continue;
                }
                String operation = resource.getSimpleName() + "." + method.getName();
                Permission permission = operations.get(method.getName());
                if (permission == null) {
                    found.add(operation + " has no permission in this test's table: add the one its use case checks");
                    continue;
                }
                Set<String> annotated = new TreeSet<>(Arrays.asList(allowed.value()));
                Set<String> granted = permission.roles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
                Permission also = ALSO.get(method.getName());
                if (also != null) {
                    also.roles().forEach(role -> granted.add(role.name()));
                }
                if (!annotated.equals(granted)) {
                    found.add(operation + " allows " + annotated + "; " + permission.name() + (also == null ? " grants " : " and " + also.name() + " grant ")
                            + granted);
                }
            }
        }
        return found;
    }

    /** A resource that drifted from the table: one role too many, one operation unmapped. */
    static final class Drifted {

        @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "INTEGRATOR", "CITY_ADMIN"})
        public void reportEvent() {
        }

        @RolesAllowed({"CITY_ADMIN"})
        public void newOperation() {
        }
    }
}
