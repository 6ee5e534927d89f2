package org.shizhi.adapters.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;

class CallerTest {

    /** A verified token as the JWT library hands it over, counting the claims read from it. */
    static final class Token implements JsonWebToken {
        final Map<String, Object> claims = new HashMap<>();
        int reads;

        Token(String raw, String subject, String city, String jurisdiction) {
            claims.put("raw_token", raw);
            claims.put("sub", subject);
            if (city != null) {
                claims.put(Caller.CITY_CLAIM, Json.createValue(city));
            }
            claims.put(Caller.JURISDICTION_CLAIM, Json.createValue(jurisdiction));
            claims.put("groups", Set.of("GRID_WORKER"));
        }

        @Override
        public String getName() {
            return (String) claims.get("sub");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            if (!name.equals("raw_token")) {
                reads++;
            }
            return (T) claims.get(name);
        }
    }

    private static String raw() {
        return "header." + UUID.randomUUID() + ".signature";
    }

    @Test
    void theActorOfATokenReadBeforeComesWithoutReadingItsClaimsAgain() {
        String raw = raw();
        Token first = new Token(raw, "wang", "510100", "510104");
        Token again = new Token(raw, "wang", "510100", "510104");

        assertEquals(new Caller(first).actor(), new Caller(again).actor(), "the same token must give the same actor");
        assertEquals(0, again.reads, "a token whose actor is known must not be read claim by claim again");
        assertEquals(AreaCode.of("510100"), new Caller(again).actor().city(), "the remembered actor must be the token's");
    }

    @Test
    void anotherTokenIsReadForItself() {
        Caller wang = new Caller(new Token(raw(), "wang", "510100", "510104"));
        Token li = new Token(raw(), "li", "440800", "440802");

        wang.actor();
        var actor = new Caller(li).actor();

        assertEquals("li", actor.subject(), "another token must give its own subject, not a remembered one");
        assertEquals(AreaCode.of("440800"), actor.city(), "another token must give its own city");
        assertEquals(Set.of(Role.GRID_WORKER), actor.roles(), "another token must give its own roles");
    }

    @Test
    void aTokenRefusedForAMissingClaimIsRefusedEveryTime() {
        String raw = raw();
        assertThrows(NotAuthorizedException.class, () -> new Caller(new Token(raw, "wang", null, "510104")).actor(),
                "a token without a city claim must be refused");
        assertThrows(NotAuthorizedException.class, () -> new Caller(new Token(raw, "wang", null, "510104")).actor(),
                "a refused token must not be remembered as accepted");
    }
}
