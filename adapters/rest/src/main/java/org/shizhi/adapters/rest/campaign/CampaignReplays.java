package org.shizhi.adapters.rest.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.JsonConfiguration;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.campaign.model.AwardId;
import org.shizhi.domain.campaign.model.CampaignId;
import org.shizhi.domain.campaign.model.RoundId;
import org.shizhi.domain.campaign.model.WeddingId;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.port.in.CampaignQuery;
import org.shizhi.domain.campaign.port.in.GoodSamaritanQuery;
import org.shizhi.domain.campaign.port.in.SafetyStarQuery;
import org.shizhi.domain.campaign.port.in.WeddingReformQuery;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PersonalData;

/**
 * The campaign context's creates given again for a repeated {@code Idempotency-Key} (see {@code Replays}): the
 * Location is read again as the replaying caller, which is the access check (404 outside the jurisdiction), and what
 * the answer shows of personal data (a nominee, the people an award honours, a couple, a folk master) is rendered for
 * this caller's privilege. Empty: the stored answer holds no personal data and is given as it was.
 */
@ApplicationScoped
public class CampaignReplays implements ReplayRules {

    private static final String UUID = "([0-9a-fA-F-]{36})";
    /** Every Location a create of the context answers. */
    private static final String LOCATIONS = "/api/v1/(?:campaigns/" + UUID + "(/activities)?|safety-star-rounds/" + UUID + "/results"
            + "|areas/(\\d+)/(samaritan-fund|wedding-halls|wedding-register-entries)|samaritan-awards/" + UUID + "|weddings/" + UUID + ")";
    private static final Pattern PATTERN = Pattern.compile(LOCATIONS);
    private static final ObjectMapper JSON = new JsonConfiguration().getContext(Object.class);

    private final CampaignQuery campaigns;
    private final SafetyStarQuery safetyStar;
    private final GoodSamaritanQuery samaritan;
    private final WeddingReformQuery weddings;
    private final Caller caller;

    @Inject
    public CampaignReplays(CampaignQuery campaigns, SafetyStarQuery safetyStar, GoodSamaritanQuery samaritan,
                           WeddingReformQuery weddings, Caller caller) {
        this.caller = caller;
        this.campaigns = campaigns;
        this.safetyStar = safetyStar;
        this.samaritan = samaritan;
        this.weddings = weddings;
    }

    @Override
    public List<ReplayRule> rules() {
        // the read is the access check; what shows personal data is rendered again, the rest given as stored
        return List.of(ReplayRule.of(LOCATIONS, (m, answer) -> again(caller.actor(), m.group(), answer.body())
                .map(fresh -> Response.status(answer.status()).entity(fresh)).orElseGet(() -> ReplayRule.stored(answer))));
    }

    /** The answer's body as the caller reads it now, or empty for the stored one; throws as a fresh read would. */
    Optional<Object> again(Actor actor, String location, String storedBody) {
        Matcher m = PATTERN.matcher(location);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a campaign location: " + location);
        }
        JsonNode stored = read(storedBody);
        if (m.group(1) != null) {
            var campaign = campaigns.campaign(actor, new CampaignId(java.util.UUID.fromString(m.group(1))));
            return m.group(2) != null ? Optional.empty() : Optional.of(CampaignModels.campaign(campaign));
        }
        if (m.group(3) != null) {
            var results = safetyStar.results(actor, new RoundId(java.util.UUID.fromString(m.group(3))));
            if (stored.has("nominee")) {
                UUID nomination = java.util.UUID.fromString(stored.get("id").asText());
                return Optional.of(results.nominations().stream().filter(n -> n.id().value().equals(nomination)).findFirst()
                        .map(CampaignModels::nomination).orElseThrow(() -> new NotFoundException("nomination", nomination)));
            }
            return stored.has("castAt") ? Optional.empty() : Optional.of(CampaignModels.round(results.round()));
        }
        if (m.group(4) != null) {
            AreaCode area = Inputs.area("code", m.group(4));
            switch (m.group(5)) {
                case "samaritan-fund" -> samaritan.balance(actor, area);
                case "wedding-halls" -> weddings.halls(actor, area);
                default -> {
                    weddings.entries(actor, WeddingRegisterEntry.FolkMaster.class, area, PageRequest.first(1));
                    if (!actor.mayReadPersonalData() && stored instanceof ObjectNode entry && "FOLK_MASTER".equals(entry.path("kind").asText())) {
                        entry.remove("phone");
                        entry.put("name", PersonalData.maskName(entry.path("name").asText()));
                        return Optional.of(entry);
                    }
                }
            }
            return Optional.empty();
        }
        if (m.group(6) != null) {
            var award = samaritan.award(actor, new AwardId(java.util.UUID.fromString(m.group(6))));
            ((ObjectNode) stored).set("award", JSON.valueToTree(CampaignModels.award(award)));
            return Optional.of(stored);
        }
        return Optional.of(CampaignModels.wedding(weddings.wedding(actor, new WeddingId(java.util.UUID.fromString(m.group(7))))));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body == null ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is not JSON", e);
        }
    }
}
