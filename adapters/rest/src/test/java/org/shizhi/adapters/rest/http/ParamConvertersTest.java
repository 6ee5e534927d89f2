package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.DigestFormatJson;
import org.shizhi.adapters.rest.model.EventStateJson;
import org.shizhi.adapters.rest.model.ProblemJson;

class ParamConvertersTest {

    private final ParamConverters converters = new ParamConverters();

    @SuppressWarnings("unused")
    private static void parameters(@QueryParam("reportedFrom") String a, @PathParam("eventId") String b) {
    }

    private static Annotation[] annotationsOf(int parameter) throws Exception {
        return ParamConvertersTest.class.getDeclaredMethod("parameters", String.class, String.class).getParameterAnnotations()[parameter];
    }

    private static void refused(ParamConverter<?> converter, String value, String field) {
        assertThatThrownBy(() -> converter.fromString(value))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    assertThat(((ProblemJson) e.getResponse().getEntity()).getField()).isEqualTo(field);
                    assertThat(((ProblemJson) e.getResponse().getEntity()).getDetail()).startsWith(field + " ");
                });
    }

    @Test
    void timestampsAreRfc3339WithAnOffsetAndABadOneNamesTheParameter() throws Exception {
        ParamConverter<OffsetDateTime> converter = converters.getConverter(OffsetDateTime.class, OffsetDateTime.class, annotationsOf(0));

        assertThat(converter.fromString("2025-09-22T00:00:00+08:00").toInstant().toString()).isEqualTo("2025-09-21T16:00:00Z");
        refused(converter, "2025-09-22", "reportedFrom");
    }

    @Test
    void uuidsAreCanonicalAndABadOneIs400NotANotFound() throws Exception {
        ParamConverter<UUID> converter = converters.getConverter(UUID.class, UUID.class, annotationsOf(1));

        assertThat(converter.fromString("0f8fad5b-d9cb-469f-a165-70867728950e")).isNotNull();
        refused(converter, "0f8fad5b", "eventId");
        refused(converter, "f8fad5b-d9cb-469f-a165-70867728950e", "eventId");
    }

    @Test
    void theContractsEnumsTakeTheirWireValues() throws Exception {
        ParamConverter<DigestFormatJson> format = converters.getConverter(DigestFormatJson.class, DigestFormatJson.class, annotationsOf(0));
        ParamConverter<EventStateJson> state = converters.getConverter(EventStateJson.class, EventStateJson.class, annotationsOf(0));

        assertThat(format.fromString("csv")).isEqualTo(DigestFormatJson.CSV);
        assertThat(state.fromString("IN_PROGRESS")).isEqualTo(EventStateJson.IN_PROGRESS);
        assertThatThrownBy(() -> state.fromString("DONE"))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> assertThat(((ProblemJson) e.getResponse().getEntity())
                        .getDetail()).contains("REPORTED, ACCEPTED"));
    }

    @Test
    void datesAndNumbers() throws Exception {
        assertThat(converters.getConverter(LocalDate.class, LocalDate.class, annotationsOf(0)).fromString("2025-09-22"))
                .isEqualTo(LocalDate.of(2025, 9, 22));
        refused(converters.getConverter(Integer.class, Integer.class, annotationsOf(0)), "ten", "reportedFrom");
        assertThat(converters.getConverter(String.class, String.class, annotationsOf(0))).as("strings need none").isNull();
    }
}
