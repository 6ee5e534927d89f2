package org.shizhi.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import org.shizhi.adapters.rest.http.IdempotencyRecords.Answer;
import org.shizhi.domain.shared.ConflictException;

/**
 * A create's answer given again to a caller who repeats its {@code Idempotency-Key}: never the stored body as it was,
 * since the caller may since have lost access to what was created, or read with other privileges. The Location the
 * first answer named is read again through the use cases as this caller, so a replay answers 404 or 403 exactly as
 * a fresh read would, and what the answer shows of the resource (an event with its reporter, a dispute with its
 * parties, a grid with its members) is rendered for this caller's privileges and audited like a read. What the
 * first answer held that cannot be read again (ids, counts, the change recorded) comes from the stored body and holds
 * no personal data. Refusals (4xx) are replayed as stored: they disclose nothing. Each context brings its own
 * {@link ReplayRules}.
 */
@ApplicationScoped
public class Replays {

    private final List<ReplayRule> rules;

    @Inject
    public Replays(Instance<ReplayRules> contexts) {
        this(contexts.stream().toList());
    }

    Replays(Collection<? extends ReplayRules> contexts) {
        this.rules = contexts.stream().flatMap(context -> context.rules().stream()).toList();
    }

    /** The answer for the replaying caller, marked {@code Idempotent-Replayed: true}. */
    Response replay(Answer answer) {
        if (answer.status() >= 300 || answer.location().isEmpty()) {
            return marked(ReplayRule.stored(answer), answer);
        }
        String path = URI.create(answer.location().get()).getPath();
        for (ReplayRule rule : rules) {
            Matcher match = rule.location().matcher(path);
            if (match.matches()) {
                return marked(rule.again().apply(match, answer).type(MediaType.APPLICATION_JSON_TYPE), answer);
            }
        }
        // Fail closed: an answer this class cannot check for the caller is not given again.
        throw new ConflictException(IdempotencyFilter.HEADER, "the first answer to this Idempotency-Key (" + path
                + ") cannot be given again; send the request with a new key");
    }

    /** Whether a create that answers with this Location can be given again (for the test that every create can). */
    boolean knows(String location) {
        String path = URI.create(location).getPath();
        return rules.stream().anyMatch(rule -> rule.location().matcher(path).matches());
    }

    private static Response marked(Response.ResponseBuilder again, Answer answer) {
        answer.location().ifPresent(location -> again.header(HttpHeaders.LOCATION, location));
        return again.header("Idempotent-Replayed", "true").build();
    }
}
