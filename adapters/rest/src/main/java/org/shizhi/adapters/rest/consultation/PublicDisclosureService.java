package org.shizhi.adapters.rest.consultation;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.microprofile.server.RoutingPath;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shizhi.adapters.rest.http.JsonConfiguration;
import org.shizhi.adapters.rest.http.Problems;
import org.shizhi.adapters.rest.http.PublicReadLimit;
import org.shizhi.domain.consultation.port.in.PublicDisclosureQuery;
import org.shizhi.domain.shared.DomainException;

/**
 * The public view of a community's disclosure board ({@code GET /api/v1/public/communities/{code}/disclosures}, the
 * contract's {@code readPublicDisclosures}) as a plain web-server route: the JAX-RS application is MP-JWT, which needs
 * a token for every method it serves, so the request gate hands this one path on here. It reads through the domain's
 * {@link PublicDisclosureQuery} alone (no actor, nothing personal), counts against its client address's rate and the
 * anonymous callers' shared one ({@link PublicReadLimit}), and answers refusals as the rest of the API does:
 * problem+json naming the field, with the security headers every answer carries (set by {@link
 * org.shizhi.adapters.rest.http.HttpEdge}'s filter on the server's routing, which this route is part of).
 */
@ApplicationScoped
@RoutingPath("/api/v1/public")
public class PublicDisclosureService implements HttpService {

    private static final Logger LOG = Logger.getLogger(PublicDisclosureService.class.getName());

    private final PublicDisclosureQuery publicView;
    private final PublicReadLimit limit;

    @Inject
    public PublicDisclosureService(PublicDisclosureQuery publicView, PublicReadLimit limit) {
        this.publicView = publicView;
        this.limit = limit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/communities/{code}/disclosures", this::read);
    }

    private void read(ServerRequest request, ServerResponse response) {
        String client = limit.clientOf(request.remotePeer().host(),
                limit.clientAddressHeader().flatMap(h -> request.headers().first(HeaderNames.create(h))));
        Optional<Response> refused = limit.tryTake(client);
        if (refused.isPresent()) {
            send(response, refused.get());
            return;
        }
        try {
            var query = request.query();
            Object page = ConsultationResource.publicPage(publicView, request.path().pathParameters().get("code"),
                    query.first("period").orElse(null), query.first("cursor").orElse(null),
                    query.first("limit").map(PublicDisclosureService::number).orElse(null));
            response.header(HeaderNames.CONTENT_TYPE, "application/json").send(json(page));
        } catch (DomainException e) {
            send(response, Problems.of(e.kind(), e.getMessage(), e.field().orElse(null)));
        } catch (WebApplicationException e) {
            send(response, e.getResponse());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the public disclosure view failed", e);
            send(response, Problems.response(500, "internal", "Internal error", "the platform failed to answer; try again", null));
        }
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new org.shizhi.domain.shared.InvalidValueException("limit", "limit is a whole number, got '" + text + "'");
        }
    }

    private static void send(ServerResponse response, Response problem) {
        response.status(Status.create(problem.getStatus()));
        problem.getStringHeaders().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
        response.header(HeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString()).send(json(problem.getEntity()));
    }

    private static byte[] json(Object body) {
        try {
            return JsonConfiguration.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
