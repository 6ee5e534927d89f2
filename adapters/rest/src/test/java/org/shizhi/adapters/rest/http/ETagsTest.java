package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shizhi.adapters.rest.model.ProblemJson;

class ETagsTest {

    private static ProblemJson problemOf(Throwable e) {
        return (ProblemJson) ((WebApplicationException) e).getResponse().getEntity();
    }

    @Test
    void theETagIsTheVersionQuoted() {
        assertThat(ETags.of(3).toString()).isEqualTo("\"3\"");
        assertThat(ETags.expectedVersion("\"3\"")).isEqualTo(3);
        assertThat(ETags.expectedVersion("  \"42\" ")).isEqualTo(42);
    }

    @Test
    void withoutIfMatchTheAnswerIs428NamingTheHeader() {
        for (String missing : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> ETags.expectedVersion(missing))
                    .isInstanceOfSatisfying(WebApplicationException.class, e -> {
                        assertThat(e.getResponse().getStatus()).isEqualTo(428);
                        assertThat(e.getResponse().getMediaType()).isEqualTo(Problems.PROBLEM_JSON);
                        assertThat(problemOf(e).getType().toString()).isEqualTo("urn:shizhi:problem:precondition-required");
                        assertThat(problemOf(e).getField()).isEqualTo("If-Match");
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "*", "W/\"3\"", "\"3\", \"4\"", "\"three\"", "\"99999999999999999999\""})
    void anIfMatchThatIsNotOneOfOurETagsIs400(String ifMatch) {
        assertThatThrownBy(() -> ETags.expectedVersion(ifMatch))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    assertThat(problemOf(e).getField()).isEqualTo("If-Match");
                });
    }
}
