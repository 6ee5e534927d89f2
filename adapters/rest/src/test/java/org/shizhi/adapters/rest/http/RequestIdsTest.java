package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aWellFormedIdFromTheCallerIsKept() {
        assertThat(RequestIds.accept(Optional.of("gw-2026.12.07:0042_a"))).isEqualTo("gw-2026.12.07:0042_a");
        assertThat(RequestIds.accept(Optional.of("4bf92f3577b34da6a3ce929d0e0e4736"))).as("a W3C trace id").isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void withoutAnIdOneIsMadeAndEachRequestGetsItsOwn() {
        String first = RequestIds.accept(Optional.empty());
        String second = RequestIds.accept(Optional.empty());

        assertThat(UUID.fromString(first).toString()).as("a made id is a UUID").isEqualTo(first);
        assertThat(second).as("two requests without an id").isNotEqualTo(first);
    }

    @Test
    void anIdThatCouldBreakALogLineOrAUrnIsReplacedNotKept() {
        for (String bad : new String[]{"", " ", "two words", "line\nbreak", "quote\"d", "-starts-with-a-dash", "张三", "a/b",
                "x".repeat(65)}) {
            String accepted = RequestIds.accept(Optional.of(bad));

            assertThat(accepted).as("the id made for '%s'", bad).isNotEqualTo(bad).matches("[0-9a-f-]{36}");
        }
        assertThat(RequestIds.accept(Optional.of("x".repeat(64)))).as("64 characters is the most kept").isEqualTo("x".repeat(64));
    }

    @Test
    void theProblemInstanceNamesTheRequest() {
        assertThat(RequestIds.instance("abc-123")).hasToString("urn:shizhi:request:abc-123");
    }

    @Test
    void aProblemMadeWhileARequestIsServedNamesItAndOneMadeOutsideNone() {
        RequestIds.enter("served-1");
        try {
            assertThat(Problems.response(400, "invalid-value", "Invalid value", "bad", "x").getEntity())
                    .extracting("instance").hasToString("urn:shizhi:request:served-1");
        } finally {
            RequestIds.leave();
        }
        assertThat(Problems.response(400, "invalid-value", "Invalid value", "bad", "x").getEntity()).extracting("instance").isNull();
    }
}
