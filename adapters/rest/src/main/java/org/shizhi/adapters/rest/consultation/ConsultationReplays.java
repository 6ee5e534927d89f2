package org.shizhi.adapters.rest.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.consultation.port.in.ConsultationQuery;
import org.shizhi.domain.consultation.port.in.CouncilView;
import org.shizhi.domain.consultation.port.in.TopicView;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;

/**
 * The consultation context's creates given again for a repeated {@code Idempotency-Key} (see the REST adapter's
 * Replays): the Location is read again as the replaying caller, which is the access check (404 outside the
 * jurisdiction); a council (its members) and a topic (its speakers) are rendered again for this caller's privilege and
 * audited like a read. Empty: the stored answer holds no personal data and is given as it was.
 */
@ApplicationScoped
public class ConsultationReplays {

    private static final String UUID_PATTERN = "([0-9a-fA-F-]{36})";
    /** Every Location a create of the context answers. */
    public static final String LOCATIONS = "/api/v1/(?:councils/" + UUID_PATTERN + "(/meetings)?|council-topics/" + UUID_PATTERN
            + "|stability-risk-assessments/" + UUID_PATTERN + "|communities/([0-9]{12})/disclosures|village-assets/" + UUID_PATTERN + ")";
    private static final Pattern PATTERN = Pattern.compile(LOCATIONS);

    private final ConsultationQuery query;
    private final Disclosures audit;

    /** A body rendered again, with the version its ETag names. */
    public record Fresh(Object body, long version) {
    }

    @Inject
    public ConsultationReplays(ConsultationQuery query, Disclosures audit) {
        this.query = query;
        this.audit = audit;
    }

    /** The answer's body as the caller reads it now, or empty for the stored one; throws as a fresh read would. */
    public Optional<Fresh> again(Actor actor, String location) {
        Matcher m = PATTERN.matcher(location);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a consultation location: " + location);
        }
        if (m.group(1) != null) {
            CouncilView council = query.council(actor, new CouncilId(UUID.fromString(m.group(1))));
            if (m.group(2) != null) {
                return Optional.empty();
            }
            if (council.members().stream().anyMatch(x -> !x.masked())) {
                audit.shown("council members (a create given again)", List.of(council.council().id().toString()), null);
            }
            return Optional.of(new Fresh(ConsultationModels.council(council), council.council().version()));
        }
        if (m.group(3) != null) {
            TopicView topic = query.topic(actor, new TopicId(UUID.fromString(m.group(3))));
            if (!topic.masked() && !topic.opinions().isEmpty()) {
                audit.shown("topic speakers (a create given again)", List.of(topic.topic().id().toString()), null);
            }
            return Optional.of(new Fresh(ConsultationModels.topic(topic), topic.topic().version()));
        }
        if (m.group(4) != null) {
            query.assessment(actor, new AssessmentId(UUID.fromString(m.group(4))));
        } else if (m.group(5) != null) {
            query.disclosures(actor, AreaCode.of(m.group(5)), Optional.empty(), PageRequest.first(1));
        } else {
            query.asset(actor, new AssetId(UUID.fromString(m.group(6))));
        }
        return Optional.empty();
    }
}
