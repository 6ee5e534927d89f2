package org.shizhi.adapters.rest.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.party.model.AllianceId;
import org.shizhi.domain.party.model.CouncilId;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.ModelPostId;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.port.in.MemberView;
import org.shizhi.domain.party.port.in.PartyQuery;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The party context's creates given again for a repeated {@code Idempotency-Key} (the REST adapter's Replays asks every
 * context's {@link ReplayRules}), in the campaign's shape: the Location is read again as the replaying caller, which is the access check (404 outside the
 * jurisdiction, 403 without a role), and an answer that shows a member (an enrolment, a model post's holder) is
 * rendered for this caller's privilege and audited like a read. Empty: the stored answer holds no personal data
 * (organisations, estates, companies, alliances and their pledges and activities, councils and their meetings, a
 * service record) and is given as it was.
 */
@ApplicationScoped
public class PartyReplays implements ReplayRules {

    private static final String UUID = ReplayRule.UUID;
    /** Every Location a create of the context answers. */
    public static final String LOCATIONS = "/api/v1/(?:"
            + "party-organisations/" + UUID + "(?:/model-posts/" + UUID + ")?"            // 1 organisation, 2 model post
            + "|party-members/" + UUID + "(/services/" + UUID + ")?"                     // 3 member, 4 service
            + "|estates/" + UUID                                                         // 6 estate
            + "|property-companies/([0-9A-Z]{18})"                                       // 7 company
            + "|party-alliances/" + UUID + "(?:/(?:pledges|activities)/" + UUID + ")?"   // 8 alliance, 9 pledge or activity
            + "|party-councils/" + UUID + "(?:/meetings/" + UUID + ")?)";                // 10 council, 11 meeting
    private static final Pattern PATTERN = Pattern.compile(LOCATIONS);

    private final PartyQuery party;
    private final Caller caller;
    private final Disclosures disclosures;

    @Inject
    public PartyReplays(PartyQuery party, Caller caller, Disclosures disclosures) {
        this.party = party;
        this.caller = caller;
        this.disclosures = disclosures;
    }

    @Override
    public List<ReplayRule> rules() {
        return List.of(ReplayRule.of(LOCATIONS, (m, answer) -> again(caller.actor(), m.group())
                .map(fresh -> Response.status(answer.status()).entity(fresh)).orElseGet(() -> ReplayRule.stored(answer))));
    }

    /** The answer's body as the caller reads it now, or empty for the stored one; throws as a fresh read would. */
    public Optional<Object> again(Actor actor, String location) {
        Matcher m = PATTERN.matcher(location);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a party location: " + location);
        }
        if (m.group(2) != null) {
            ModelPostId id = new ModelPostId(uuid(m.group(2)));
            ModelPost post = modelPost(actor, new PartyOrganisationId(uuid(m.group(1))), id);
            return Optional.of(PartyModels.modelPost(post, shown(actor, "party model post holder (a create given again)", post.holder())));
        }
        if (m.group(1) != null) {
            party.organisation(actor, new PartyOrganisationId(uuid(m.group(1))));
        } else if (m.group(3) != null) {
            PartyMemberId member = new PartyMemberId(uuid(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(PartyModels.member(shown(actor, "party member (a create given again)", member), Optional.empty()));
            }
            party.member(actor, member);
        } else if (m.group(6) != null) {
            party.estate(actor, new EstateId(uuid(m.group(6))));
        } else if (m.group(7) != null) {
            party.company(actor, Fields.as("creditCode", () -> UnifiedSocialCreditCode.parse(m.group(7))));
        } else if (m.group(8) != null) {
            party.alliance(actor, new AllianceId(uuid(m.group(8))));
        } else {
            party.council(actor, new CouncilId(uuid(m.group(10))));
        }
        return Optional.empty();
    }

    /** The organisation's model post, found on the pages of its posts (an organisation holds a handful). */
    private ModelPost modelPost(Actor actor, PartyOrganisationId organisation, ModelPostId id) {
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Slice<ModelPost> posts = party.modelPosts(actor, organisation, page);
            Optional<ModelPost> found = posts.items().stream().filter(p -> p.id().equals(id)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (posts.next().isEmpty()) {
                throw new NotFoundException("modelPost", id);
            }
            page = PageRequest.after(posts.next().get(), PageRequest.MAX_LIMIT);
        }
    }

    private MemberView shown(Actor actor, String what, PartyMemberId id) {
        MemberView view = party.member(actor, id);
        disclosures.shown(what, List.of(view.id().toString()), null);
        return view;
    }

    private static java.util.UUID uuid(String text) {
        return java.util.UUID.fromString(text);
    }
}
