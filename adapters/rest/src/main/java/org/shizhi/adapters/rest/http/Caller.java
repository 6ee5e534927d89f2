package org.shizhi.adapters.rest.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;

/**
 * The acting user of the current request, read from the verified token: {@code sub}, {@code city} (city code),
 * {@code jurisdiction} (area-code prefix within the city) and {@code groups} (roles, and PERSONAL_DATA); optionally
 * {@code department} and {@code grid_member}.
 */
@RequestScoped
public class Caller {

    public static final String CITY_CLAIM = "city";
    public static final String JURISDICTION_CLAIM = "jurisdiction";
    /** For a department's staff: the department they act for, e.g. {@code jinjiang-housing}. */
    public static final String DEPARTMENT_CLAIM = "department";
    /** Where the identity provider knows it: the grid member the person is (a night visit's cadre checks against it). */
    public static final String GRID_MEMBER_CLAIM = "grid_member";

    /** Tokens remembered with their actor at most; when full, all are forgotten. */
    static final int REMEMBERED_TOKENS = 4_096;

    /**
     * The actor of each token read so far, by the token as sent: an actor is a function of the token's claims alone,
     * and a token is only ever read here after it was verified for the request (an expired one never gets this far).
     * Reading the custom claims costs an exception each inside the JWT library (it first looks the name up among the
     * standard claims), four per request.
     */
    private static final ConcurrentHashMap<String, Actor> ACTORS = new ConcurrentHashMap<>();

    private final JsonWebToken token;
    private Actor actor;

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The actor, or 401 when the token lacks a claim the platform needs. */
    public Actor actor() {
        if (actor == null) {
            String raw = token.getRawToken();
            Actor known = raw == null ? null : ACTORS.get(raw);
            actor = known != null ? known : read();
            if (known == null && raw != null) {
                if (ACTORS.size() >= REMEMBERED_TOKENS) {
                    ACTORS.clear();
                }
                ACTORS.put(raw, actor);
            }
        }
        return actor;
    }

    private Actor read() {
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
        String city = text(CITY_CLAIM);
        String jurisdiction = text(JURISDICTION_CLAIM);
        if (subject == null || city == null || jurisdiction == null) {
            throw unauthorized("the token must carry the claims sub, city and jurisdiction");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
        for (String group : token.getGroups() == null ? Set.<String>of() : token.getGroups()) {
            for (Role role : Role.values()) {
                if (role.name().equals(group)) {
                    roles.add(role);
                }
            }
            for (Privilege privilege : Privilege.values()) {
                if (privilege.name().equals(group)) {
                    privileges.add(privilege);
                }
            }
        }
        try {
            return new Actor(subject, AreaCode.of(city), jurisdiction(jurisdiction), roles, privileges,
                    java.util.Optional.ofNullable(text(DEPARTMENT_CLAIM)), java.util.Optional.ofNullable(text(GRID_MEMBER_CLAIM)));
        } catch (InvalidValueException e) {
            throw unauthorized("the token's " + e.field().orElse("claims") + " claim is not usable: " + e.getMessage());
        }
    }

    /** Custom claims come as JSON-P values; a code may be written as a JSON string or number. */
    private String text(String claim) {
        Object value = token.getClaim(claim);
        return switch (value) {
            case null -> null;
            case JsonString string -> string.getString();
            case JsonNumber number -> number.toString();
            case String string -> string;
            default -> throw unauthorized("the token's " + claim + " claim must be a code, not " + value);
        };
    }

    /** A jurisdiction is written as its significant digits (4401, 440811, 440811102) or as a full code. */
    private static AreaCode jurisdiction(String claim) {
        String digits = claim.strip();
        return digits.length() == 6 || digits.length() == 12 ? AreaCode.of(digits) : AreaCode.ofPrefix(digits);
    }

    private static NotAuthorizedException unauthorized(String why) {
        return new NotAuthorizedException(why, jakarta.ws.rs.core.Response.status(401)
                .header(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build());
    }
}
