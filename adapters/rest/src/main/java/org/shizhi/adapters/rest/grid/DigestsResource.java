package org.shizhi.adapters.rest.grid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shizhi.adapters.rest.api.DigestsApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.FileTypes;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.model.DigestFormatJson;
import org.shizhi.adapters.rest.model.EventStateCountJson;
import org.shizhi.adapters.rest.model.EventStateJson;
import org.shizhi.adapters.rest.model.EventStateWeeksJson;
import org.shizhi.adapters.rest.model.WeeklyDigestJson;
import org.shizhi.adapters.rest.model.WeeklyDigestListJson;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventStateWeeks;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.grid.port.in.EventStateWeeksQuery;
import org.shizhi.domain.grid.port.in.WeeklyDigestQuery;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.WorkingTime;

/**
 * 一周一结 as JSON or CSV. The CSV ({@link DigestCsv}: RFC 4180, Chinese headers, cells guarded against formula
 * injection) goes behind a UTF-8 byte-order mark, without which Excel reads UTF-8 as the local
 * code page and garbles the headers.
 */
@Path("/")
@ApplicationScoped
public class DigestsResource implements DigestsApi {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final WeeklyDigestQuery digests;
    private final EventStateWeeksQuery stateWeeks;
    private final Caller caller;
    private final Clock clock;

    @Context
    HttpHeaders headers;

    @Inject
    public DigestsResource(WeeklyDigestQuery digests, EventStateWeeksQuery stateWeeks, Caller caller, Clock clock) {
        this.digests = digests;
        this.stateWeeks = stateWeeks;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getWeeklyDigest(String code, LocalDate week, DigestFormatJson format) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        DigestWeek digestWeek = DigestWeek.containing(week != null ? week : WorkingTime.dateOf(clock.instant()));
        WeeklyDigest digest = digests.weeklyDigest(caller.actor(), area, digestWeek);
        if (wantsCsv(format, headers == null ? List.of() : headers.getAcceptableMediaTypes())) {
            byte[] csv = DigestCsv.of(digest).getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[BOM.length + csv.length];
            System.arraycopy(BOM, 0, body, 0, BOM.length);
            System.arraycopy(csv, 0, body, BOM.length, csv.length);
            String file = "weekly-digest-" + area.value() + "-" + digestWeek.monday() + ".csv";
            return FileTypes.download(body, FileTypes.CSV, file);
        }
        return Response.ok(Models.digest(digest)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listChildWeeklyDigests(String code, LocalDate week) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        DigestWeek digestWeek = DigestWeek.containing(week != null ? week : WorkingTime.dateOf(clock.instant()));
        List<WeeklyDigestJson> items = digests.childDigests(caller.actor(), area, digestWeek).stream().map(Models::digest).toList();
        return Response.ok(new WeeklyDigestListJson(items)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getEventStateWeeks(String code, LocalDate week, Integer weeks) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        DigestWeek last = DigestWeek.containing(week != null ? week : WorkingTime.dateOf(clock.instant()));
        EventStateWeeks answer = stateWeeks.eventStateWeeks(caller.actor(), area, last, weeks != null ? weeks : 8);
        List<EventStateCountJson> counts = answer.counts().stream().map(c -> new EventStateCountJson(c.week(),
                Models.as(EventStateJson.class, c.state()), c.gradeCode(), c.gradeLabel(), c.count())).toList();
        return Response.ok(new EventStateWeeksJson(area.value(), answer.weeks().stream().map(DigestWeek::monday).toList(), counts))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code format} decides if given; otherwise the first acceptable type (by quality) that is CSV or JSON. */
    public static boolean wantsCsv(DigestFormatJson format, List<MediaType> acceptable) {
        if (format != null) {
            return format == DigestFormatJson.CSV;
        }
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(FileTypes.CSV)) {
                return true;
            }
        }
        return false;
    }
}
