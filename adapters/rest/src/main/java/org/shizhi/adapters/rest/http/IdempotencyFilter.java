package org.shizhi.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.shizhi.adapters.rest.http.IdempotencyRecords.Answer;
import org.shizhi.adapters.rest.http.IdempotencyRecords.Known;
import org.shizhi.adapters.rest.http.IdempotencyRecords.Owner;
import org.shizhi.domain.shared.Actor;

/**
 * {@code Idempotency-Key} on a POST: the first request with a key is answered and its answer kept; the same
 * request again gets that answer (marked {@code Idempotent-Replayed: true}) instead of a second record, derived again
 * for the replaying caller by {@link Replays} (access and masking as a fresh read); the same key with another body is
 * refused (422); a key whose first request is still running answers 409. Keys belong to the token's subject within
 * its city. A failure on the platform's side frees the key for a retry.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";

    private final IdempotencyRecords records;
    private final Replays replays;
    private final Caller caller;
    private final Clock clock;

    @Inject
    public IdempotencyFilter(IdempotencyRecords records, Replays replays, Caller caller, Clock clock) {
        this.records = records;
        this.replays = replays;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            request.abortWith(Problems.response(400, "invalid-value", "Invalid value",
                    "an Idempotency-Key is 1 to 200 visible ASCII characters", HEADER));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        Actor actor = caller.actor();
        Owner owner = new Owner(actor.city().value(), actor.subject());
        String hash = hash(request.getUriInfo().getPath(), body);

        Optional<Known> known = records.claim(owner, key, hash, clock.instant());
        if (known.isEmpty()) {
            request.setProperty(CLAIMED, new Claimed(owner, key));
            return;
        }
        switch (known.get()) {
            case Known.Answered answered when answered.requestHash().equals(hash) -> request.abortWith(replays.replay(answered.answer()));
            case Known.InProgress inProgress when inProgress.requestHash().equals(hash) -> request.abortWith(Problems.response(409,
                    "idempotency-key-in-progress", "Request in progress",
                    "the first request with this Idempotency-Key is still being answered; retry shortly", HEADER));
            default -> request.abortWith(Problems.response(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new request", HEADER));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return;
        }
        if (response.getStatus() >= 500) {
            records.release(claimed.owner(), claimed.key());
            return;
        }
        Optional<String> location = Optional.ofNullable(response.getHeaderString(HttpHeaders.LOCATION));
        Optional<String> etag = Optional.ofNullable(response.getHeaderString(HttpHeaders.ETAG));
        records.answer(claimed.owner(), claimed.key(), new Answer(response.getStatus(), location, etag, json(response.getEntity())));
    }

    private record Claimed(Owner owner, String key) {
    }

    private static String json(Object entity) {
        if (entity == null) {
            return "";
        }
        try {
            return JsonConfiguration.MAPPER.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be stored for replay", e);
        }
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
