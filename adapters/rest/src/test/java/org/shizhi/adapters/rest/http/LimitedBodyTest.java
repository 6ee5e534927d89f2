package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.ProblemJson;

class LimitedBodyTest {

    private static byte[] readAll(byte[] bytes, long limit, boolean json) throws IOException {
        try (LimitedBody body = new LimitedBody(new ByteArrayInputStream(bytes), limit, json, -1)) {
            return body.readAllBytes();
        }
    }

    private static ProblemJson refusal(byte[] bytes, long limit, boolean json) {
        WebApplicationException refused = catchThrowableOfType(WebApplicationException.class, () -> readAll(bytes, limit, json));
        assertThat(refused).as("a refusal while reading").isNotNull();
        assertThat(refused.getResponse().getHeaderString("Connection")).as("the connection ends after the refusal").isEqualTo("close");
        return (ProblemJson) refused.getResponse().getEntity();
    }

    @Test
    void wellFormedUtf8JsonWithinTheLimitIsReadAsItIs() throws IOException {
        byte[] json = "{\"text\":\"总府路 \\\"[{\\\" 😀\",\"n\":[[1]]}".getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(json, json.length, true)).isEqualTo(json);
    }

    @Test
    void aBodyOneByteOverTheLimitIs413() {
        ProblemJson problem = refusal(new byte[1025], 1024, false);

        assertThat(problem.getStatus()).isEqualTo(413);
        assertThat(problem.getDetail()).contains("1024 bytes");
    }

    @Test
    void cesu8SurrogatesOverlongFormsAndTruncatedSequencesAreNotUtf8() {
        byte[][] malformed = {
                {'"', (byte) 0xED, (byte) 0xA0, (byte) 0xBD, '"'},
                {'"', (byte) 0xC0, (byte) 0xAF, '"'},
                {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'},
                {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'},
                {'"', (byte) 0xE6, (byte) 0x80}};
        for (byte[] bytes : malformed) {
            ProblemJson problem = refusal(bytes, 1024, true);
            assertThat(problem.getStatus()).isEqualTo(400);
            assertThat(problem.getDetail()).contains("UTF-8");
        }
    }

    @Test
    void nestingBeyondTheParsersLimitIsRefusedEvenInsideAValueNobodyParses() {
        String deep = "{\"text\":" + "[".repeat(JsonConfiguration.MAX_NESTING_DEPTH) + "]".repeat(JsonConfiguration.MAX_NESTING_DEPTH) + "}";

        ProblemJson problem = refusal(deep.getBytes(StandardCharsets.UTF_8), 1 << 20, true);

        assertThat(problem.getType().toString()).isEqualTo("urn:shizhi:problem:json-limit");
        assertThat(problem.getDetail()).contains("deeper than " + JsonConfiguration.MAX_NESTING_DEPTH);
    }

    @Test
    void bracketsInsideStringsDoNotCount() throws IOException {
        byte[] json = ("{\"text\":\"" + "[{".repeat(500) + "\\\"" + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(json, 1 << 20, true)).isEqualTo(json);
    }
}
