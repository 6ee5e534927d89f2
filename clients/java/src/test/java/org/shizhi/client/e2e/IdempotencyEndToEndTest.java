package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.model.AreasRegistered;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RegisterAreasRequest;

/**
 * An integrator's retry after a lost answer, through the generated client: with an Idempotency-Key the
 * second send gets the first answer instead of a conflict or a second record. Codes 510104204xxx–207xxx.
 */
class IdempotencyEndToEndTest {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "INTEGRATOR");

    private static RegisterAreasRequest street(String code, String name) {
        return new RegisterAreasRequest().addAreasItem(new NewArea().code(code).name(name));
    }

    @Test
    void theSameCreateSentTwiceWithOneKeyIsAnsweredTheSameAndStoredOnce() throws ApiException {
        AreasApi areas = platform.areas();
        String key = UUID.randomUUID().toString();

        ApiResponse<AreasRegistered> first = areas.registerAreasWithHttpInfo(street("510104204000", "重试街道"), key);
        ApiResponse<AreasRegistered> again = areas.registerAreasWithHttpInfo(street("510104204000", "重试街道"), key);

        assertThat(again.getStatusCode()).as("status of the replay").isEqualTo(first.getStatusCode()).isEqualTo(201);
        assertThat(again.getHeaders().get("location")).isEqualTo(first.getHeaders().get("location"));
        assertThat(again.getData().getCount()).isEqualTo(1);
        assertThat(again.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(areas.getArea("510104204000").getName()).isEqualTo("重试街道");
    }

    @Test
    void withoutAKeyTheSameCreateSentTwiceIsAConflict() throws ApiException {
        AreasApi areas = platform.areas();
        areas.registerAreas(street("510104205000", "无键街道"), null);

        ApiException conflict = catchThrowableOfType(ApiException.class, () -> areas.registerAreas(street("510104205000", "无键街道"), null));

        assertThat(conflict.getCode()).isEqualTo(409);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefusedAndChangesNothing() throws Exception {
        AreasApi areas = platform.areas();
        String key = UUID.randomUUID().toString();
        areas.registerAreas(street("510104206000", "原来的街道"), key);

        ApiException reused = catchThrowableOfType(ApiException.class, () -> areas.registerAreas(street("510104207000", "别的街道"), key));

        assertThat(reused.getCode()).isEqualTo(422);
        Problem problem = problem(reused);
        assertThat(problem.getType().toString()).isEqualTo("urn:shizhi:problem:idempotency-key-reused");
        assertThat(problem.getField()).isEqualTo("Idempotency-Key");
        assertThat(catchThrowableOfType(ApiException.class, () -> areas.getArea("510104207000")).getCode())
                .as("the second request's area").isEqualTo(404);
    }

    private static Problem problem(ApiException e) throws JsonProcessingException {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }
}
