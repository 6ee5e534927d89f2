package org.shizhi.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.http.IdempotencyRecords.Answer;

/**
 * One shape of Location a create answers, and how that answer is derived again for a caller who repeats the
 * {@code Idempotency-Key}: read the Location through the use cases as this caller (the access check), render what
 * shows personal data for this caller's privileges, and take the rest from the stored answer.
 */
public record ReplayRule(Pattern location, BiFunction<Matcher, Answer, Response.ResponseBuilder> again) {

    /** Matches the whole path of a Location; a group for each id the rule reads again. */
    public static ReplayRule of(String location, BiFunction<Matcher, Answer, Response.ResponseBuilder> again) {
        return new ReplayRule(Pattern.compile(location), again);
    }

    /** A UUID in a Location, as one group. */
    public static final String UUID = "([0-9a-fA-F-]{36})";

    /** The stored answer as it was: for answers that hold ids and counts only, once the read has checked access. */
    public static Response.ResponseBuilder stored(Answer answer) {
        Response.ResponseBuilder again = Response.status(answer.status())
                .type(answer.status() >= 400 ? Problems.PROBLEM_JSON : MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.body());
        answer.etag().ifPresent(etag -> again.header(HttpHeaders.ETAG, etag));
        return again;
    }

    /** The stored answer with one member replaced by the resource as this caller reads it now. */
    public static String splice(String storedBody, String member, Object fresh) {
        try {
            JsonNode body = JsonConfiguration.MAPPER.readTree(storedBody);
            if (!(body instanceof ObjectNode object) || !object.has(member)) {
                throw new IllegalStateException("a stored answer lacks its " + member);
            }
            object.set(member, JsonConfiguration.MAPPER.valueToTree(fresh));
            return JsonConfiguration.MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is not JSON", e);
        }
    }
}
