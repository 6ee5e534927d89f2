package org.shizhi.adapters.rest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.AreaJson;
import org.shizhi.adapters.rest.model.EventStateJson;

/**
 * The contract's enums are the domain's, value for value: the REST adapter maps them by name ({@code Models.as}), so a
 * value added on one side only would answer 500 (domain → REST) or be refused as unknown (REST → domain) at run time.
 * Each generated enum, top-level or nested, is listed here with the domain type it stands for, or as the adapter's
 * own with the reason.
 */
class EveryRestEnumMapsToTheDomainTest {

    private static final String MODEL = "org.shizhi.adapters.rest.model.";
    /** The generator's suffix on model class names; the tables below use the contract's schema names. */
    private static final String SUFFIX = "Json";
    private static final String DOMAIN = "org.shizhi.domain.";

    /** Generated enum (its schema name, {@code $} before a nested enum) → the domain enum, or sealed type, it stands for. */
    private static final Map<String, String> MAPPED = Map.ofEntries(
            entry("AdminLevel", "shared.AdminLevel"),
            entry("WebhookEventType", "integration.model.WebhookEventType"),
            entry("WebhookDeliveryState", "integration.model.DeliveryState"),
            entry("Role", "shared.Role"),
            entry("AnswerKind", "grid.model.AnswerKind"),
            entry("ChangeKind", "grid.model.ChangeKind"),
            entry("EventCategory", "grid.model.EventCategory"),
            entry("EventChannel", "grid.model.EventChannel"),
            entry("HotlineChannel", "grid.model.HotlineChannel"),
            entry("EventState", "grid.model.EventState"),
            entry("EventAction", "grid.model.EventAction"),
            entry("GridPost", "grid.model.GridPost"),
            entry("GridTier", "grid.model.GridTier"),
            entry("OrganisationKind", "grid.model.OrganisationKind"),
            entry("ReportWithinUnit", "grid.model.ReportWithin$Unit"),
            entry("ConsultationBody", "dispute.model.ConsultationBody"),
            entry("DisputeChangeKind", "dispute.model.DisputeChange$Kind"),
            entry("DisputeAction", "dispute.model.DisputeAction"),
            entry("DisputeSource", "dispute.model.DisputeSource"),
            entry("DisputeState", "dispute.model.DisputeState"),
            entry("MediationChannel", "dispute.model.MediationChannel"),
            entry("RiskLevel", "dispute.model.RiskLevel"),
            entry("PartyKind", "dispute.model.Party$Kind"),
            entry("PartyRole", "dispute.model.Party$Role"),
            entry("PersonalDataType", "dispute.model.Party$PersonalDataType"),
            entry("FollowUp$ResultEnum", "dispute.model.FollowUp$Result"),
            entry("FollowUpRequest$ResultEnum", "dispute.model.FollowUp$Result"),
            entry("Outcome$KindEnum", "dispute.model.Outcome"),
            entry("OutcomeRequest$KindEnum", "dispute.model.Outcome"),
            entry("Outcome$JudicialConfirmationEnum", "dispute.model.Outcome$JudicialConfirmation"),
            entry("JudicialConfirmationRequest$StatusEnum", "dispute.model.Outcome$JudicialConfirmation"),
            entry("Outcome$ReferralEnum", "dispute.model.Outcome$Referral"),
            entry("OutcomeRequest$ReferralEnum", "dispute.model.Outcome$Referral"),
            entry("FindingKind", "programme.model.FindingKind"),
            entry("ProgrammeRun$StatusEnum", "programme.model.RunStatus"),
            entry("SchemeItemScore$CadenceEnum", "spi.AssessmentPeriod$Cadence"),
            entry("AssessmentCadence", "spi.AssessmentPeriod$Cadence"),
            entry("IndicatorUnit", "assessment.model.IndicatorDefinition$Unit"),
            entry("IndicatorDirection", "assessment.model.IndicatorDefinition$Direction"),
            entry("AssessmentSubject", "assessment.model.IndicatorDefinition$Subject"),
            entry("AssessedUnits", "assessment.model.Scheme$Units"),
            entry("AssessmentScheme$SourceEnum", "assessment.model.Scheme$Source"),
            entry("NoticeKind", "assessment.model.Notice$Kind"),
            entry("NoticeState", "assessment.model.NoticeSummary$State"),
            entry("SupervisionTaskState", "assessment.model.SupervisionTask$State"),
            entry("SupervisionVerdict", "assessment.model.SupervisionTask$Verdict"),
            entry("PartyOrganisationTier", "party.model.OrganisationTier"),
            entry("UncoveredPlace$KindEnum", "party.model.PartyReports$Uncovered$Kind"),
            entry("CampaignVenueKind", "campaign.model.VenueKind"),
            entry("SafetyStarStage", "campaign.model.VotingRound$Stage"),
            entry("SamaritanFundEntryKind", "campaign.model.FundEntry$Kind"),
            entry("WeddingServiceKind", "campaign.model.WeddingService"),
            entry("AuditAction", "archive.model.AuditAction"),
            entry("CaseQueryMode", "archive.model.SearchText$Mode"),
            entry("CaseSort", "archive.model.CaseSort"),
            entry("CaseSource", "archive.model.CaseSource"),
            // Law
            entry("PetitionChannel", "law.model.PetitionChannel"),
            entry("PetitionState", "law.model.PetitionState"),
            entry("Satisfaction", "law.model.Satisfaction"),
            entry("LegalAidCategory", "law.model.LegalAidCategory"),
            entry("LegalAidState", "law.model.LegalAidState"),
            entry("RegulationStatus", "law.model.RegulationStatus"),
            entry("ReviewOutcome", "law.model.ReviewOutcome"),
            entry("AudienceKind", "law.model.AudienceKind"),
            entry("AllianceMemberKind", "party.model.Alliance$MemberKind"),
            entry("CouncilSeatKind", "party.model.Seat"),
            // Consultation
            entry("CouncilKind", "consultation.model.CouncilKind"),
            entry("MeetingMode", "consultation.model.MeetingMode"),
            entry("VoteResult", "consultation.model.VoteResult"),
            entry("StabilityRiskLevel", "consultation.model.StabilityRiskLevel"),
            entry("DisclosureCategory", "consultation.model.DisclosureCategory"),
            entry("AssetKind", "consultation.model.AssetKind"),
            entry("DisposalKind", "consultation.model.DisposalKind"));

    /**
     * Mapped enums that take only some of the domain's values, and why the others never cross HTTP: for these the
     * contract's values must be a subset of the domain's.
     */
    private static final Map<String, String> SUBSETS = Map.of(
            "AdminLevel", "provinces are above every city: the domain refuses them as areas, centres and handling levels",
            "JudicialConfirmationRequest$StatusEnum", "a request moves confirmation on; NONE is only where it starts");

    /** Enums of the HTTP form alone, with no domain counterpart. */
    private static final Map<String, String> ADAPTER_OWN = Map.of(
            "WeddingRegisterKind", "the kinds of the sealed WeddingRegisterEntry, mapped by an exhaustive switch the compiler checks",
            "DigestFormat", "a file format of the digest download (JSON, CSV): formats live in adapters",
            "ExportFormat", "a file format of the case export (CSV, XLSX)",
            "GeoJsonPoint$TypeEnum", "GeoJSON's own type tag",
            "GeoJsonPolygon$TypeEnum", "GeoJSON's own type tag");

    @Test
    void everyMappedEnumHasTheDomainsValuesAndNoOther() throws ClassNotFoundException {
        List<String> differing = new java.util.ArrayList<>();
        for (var mapped : MAPPED.entrySet()) {
            Set<String> rest = constants(generated(mapped.getKey()));
            Set<String> domain = domainValues(Class.forName(DOMAIN + mapped.getValue()));
            boolean fits = SUBSETS.containsKey(mapped.getKey()) ? domain.containsAll(rest) : rest.equals(domain);
            if (!fits) {
                differing.add(mapped.getKey() + " " + rest + " but " + mapped.getValue() + " " + domain);
            }
        }
        assertThat(differing).as("contract enums whose values differ from the domain's").isEmpty();
    }

    @Test
    void everyGeneratedEnumIsListedHere() throws IOException, URISyntaxException {
        Path models = Path.of(AreaJson.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(MODEL.replace('.', '/'));
        Set<String> enums;
        try (Stream<Path> files = Files.list(models)) {
            enums = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replaceFirst(SUFFIX + "(\\$|$)", "$1"))
                    .filter(EveryRestEnumMapsToTheDomainTest::isEnum).collect(Collectors.toCollection(TreeSet::new));
        }
        enums.removeAll(MAPPED.keySet());
        enums.removeAll(ADAPTER_OWN.keySet());
        assertThat(enums).as("generated enums neither mapped to a domain enum here nor listed as the adapter's own").isEmpty();
    }

    @Test
    void theComparisonNamesAValueOnOneSideOnly() {
        assertThat(constants(EventStateJson.class))
                .as("a value missing on one side makes the sets differ")
                .isNotEqualTo(Set.of("REPORTED"));
    }

    /** The generated class of a schema name such as {@code Outcome$KindEnum}. */
    private static Class<?> generated(String schemaName) throws ClassNotFoundException {
        return Class.forName(MODEL + schemaName.replaceFirst("(\\$|$)", SUFFIX + "$1"));
    }

    private static boolean isEnum(String name) {
        try {
            return generated(name).isEnum();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("listed but not loadable: " + name, e);
        }
    }

    private static Set<String> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** An enum's constants, or a sealed type's permitted subtypes in upper case (Outcome's kinds). */
    private static Set<String> domainValues(Class<?> type) {
        if (type.isEnum()) {
            return constants(type);
        }
        return Arrays.stream(type.getPermittedSubclasses()).map(c -> c.getSimpleName().toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
