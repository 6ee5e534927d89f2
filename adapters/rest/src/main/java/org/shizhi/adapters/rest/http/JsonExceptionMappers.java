package org.shizhi.adapters.rest.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Malformed or mistyped JSON is the client's mistake: 400 problem+json naming the field where Jackson
 * knows it. These outrank the mappers jersey-media-json-jackson registers, which leak parser text.
 */
final class JsonExceptionMappers {

    /** Jackson's words for a required property the body left out (generated models mark them required). */
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

    private JsonExceptionMappers() {
    }

    public static Response badJson(JsonProcessingException e) {
        Optional<Response> refusal = Problems.refusalIn(e);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        // Jackson wraps a syntax error met inside a nested object in a mapping exception: look through it.
        JsonParseException syntax = syntaxError(e);
        if (syntax != null) {
            String where = syntax.getLocation() == null ? "" : " at line " + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr();
            return Problems.response(400, "malformed-json", "Malformed JSON", "the request body is not valid JSON" + where, null);
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
        Matcher missing = MISSING.matcher(String.valueOf(e.getOriginalMessage()));
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (missing.find()) {
            // Jackson sometimes puts the missing property on the path already, sometimes not.
            String name = missing.group(1);
            field = field == null ? name : field.endsWith("." + name) || field.equals(name) ? field : field + "." + name;
            detail = "is required";
        } else {
            detail = "the value does not have the type the contract declares";
        }
        return Problems.response(400, "invalid-value", "Invalid value", field == null ? detail : field + ": " + detail, field);
    }

    /** A body over one of the parser's limits (JsonConfiguration), named so the client knows which. */
    public static Response overLimit(StreamConstraintsException e) {
        String which = String.valueOf(e.getOriginalMessage());
        String detail;
        if (which.contains("NestingDepth")) {
            return tooDeep();
        } else if (which.contains("NumberLength")) {
            detail = "a number is longer than " + JsonConfiguration.MAX_NUMBER_LENGTH + " characters";
        } else if (which.contains("NameLength")) {
            detail = "a member name is longer than " + JsonConfiguration.MAX_NAME_LENGTH + " characters";
        } else if (which.contains("StringLength")) {
            detail = "a string is longer than " + JsonConfiguration.MAX_STRING_LENGTH + " characters";
        } else {
            detail = "the JSON is over one of the parser's limits";
        }
        return Problems.response(400, "json-limit", "JSON limit exceeded", detail, null);
    }

    public static Response tooDeep() {
        return Problems.response(400, "json-limit", "JSON limit exceeded",
                "the JSON nests deeper than " + JsonConfiguration.MAX_NESTING_DEPTH + " levels", null);
    }

    private static JsonParseException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    @Provider
    @ApplicationScoped
    @Priority(1)
    public static class ParseMapper implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            return badJson(e);
        }
    }

    /** Whatever else Jackson refuses, e.g. a parsing limit ({@code StreamConstraintsException}). */
    @Provider
    @ApplicationScoped
    @Priority(1)
    public static class ProcessingMapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return badJson(e);
        }
    }

    @Provider
    @ApplicationScoped
    @Priority(1)
    public static class MappingMapper implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            return badJson(e);
        }
    }
}
