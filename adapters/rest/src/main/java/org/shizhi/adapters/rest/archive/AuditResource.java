package org.shizhi.adapters.rest.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shizhi.adapters.rest.api.AuditApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.model.AuditActionJson;
import org.shizhi.adapters.rest.model.AuditEntryJson;
import org.shizhi.adapters.rest.model.AuditPageJson;
import org.shizhi.adapters.rest.model.ChainVerdictJson;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.archive.model.ChainVerdict;
import org.shizhi.domain.archive.port.in.AuditQuery;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Slice;

/**
 * The audit log for auditors: the entries of their city, newest first, and the chain's verification; and for every
 * role its own trail.
 */
@Path("/")
@ApplicationScoped
public class AuditResource implements AuditApi {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final AuditQuery audit;
    private final Caller caller;

    @Inject
    public AuditResource(AuditQuery audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({"AUDITOR"})
    public Response listAuditEntries(String subject, AuditActionJson action, OffsetDateTime from,
                                     OffsetDateTime before, String record, String cursor, Integer limit) {
        Actor actor = caller.actor();
        AuditFilter filter = new AuditFilter(actor.city(), Optional.ofNullable(subject),
                Optional.ofNullable(Models.as(AuditAction.class, action)), Optional.ofNullable(from).map(OffsetDateTime::toInstant),
                Optional.ofNullable(before).map(OffsetDateTime::toInstant), Optional.ofNullable(record));
        String list = "audit|" + filter;
        return page(list, audit.entries(actor, filter, Cursors.request(list, cursor, limit)));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listOwnAuditEntries(AuditActionJson action, OffsetDateTime from, OffsetDateTime before, String cursor,
                                        Integer limit) {
        Actor actor = caller.actor();
        Optional<AuditAction> only = Optional.ofNullable(Models.as(AuditAction.class, action));
        Optional<java.time.Instant> since = Optional.ofNullable(from).map(OffsetDateTime::toInstant);
        Optional<java.time.Instant> until = Optional.ofNullable(before).map(OffsetDateTime::toInstant);
        // The cursor is bound to the reader as well as to the filter: one user's cursor is refused in another's trail.
        String list = "audit-mine|" + actor.city() + "|" + actor.subject() + "|" + only + "|" + since + "|" + until;
        return page(list, audit.ownEntries(actor, only, since, until, Cursors.request(list, cursor, limit)));
    }

    private static Response page(String list, Slice<AuditEntry> entries) {
        List<AuditEntryJson> items = new ArrayList<>();
        for (AuditEntry e : entries.items()) {
            var ev = e.event();
            items.add(new AuditEntryJson(e.sequence(), ev.at().atOffset(CHINA), ev.subject(),
                    ev.roles().stream().map(Enum::name).sorted().toList(), ev.city().value(),
                    Models.as(AuditActionJson.class, ev.action()), ev.query(), ev.filters(),
                    ev.hitCount(), ev.ids(), e.previousHash(), e.hash()).purpose(ev.purpose().isEmpty() ? null : ev.purpose()));
        }
        AuditPageJson page = new AuditPageJson(items);
        Cursors.next(list, entries.next()).ifPresent(page::nextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"AUDITOR"})
    public Response verifyAudit() {
        ChainVerdict v = audit.verify(caller.actor());
        var body = new ChainVerdictJson(v.intact(), v.checked());
        v.firstBroken().ifPresent(body::firstBroken);
        v.reason().ifPresent(body::reason);
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
