package org.shizhi.app;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.SecurityMatrixTest.Call;
import org.shizhi.app.SecurityMatrixTest.Row;
import org.shizhi.domain.shared.Role;

/**
 * The security matrix's rows for webhook subscriptions. A subscription is its owner's alone, so the allowed calls act
 * as one integrator, {@value #OWNER}; "another city's" is a subscription of a 湛江 integrator and "outside" one of another
 * 成都 integrator, both 404. A subscription to an area outside the jurisdiction is 403 (WebhookDeliveryTest).
 */
final class WebhookMatrix {

    static final String OWNER = "matrix-integrator";
    private static final Set<Role> INTEGRATORS = EnumSet.of(Role.INTEGRATOR);
    private static final Set<String> OPERATIONS = Set.of("createWebhookSubscription", "listWebhookSubscriptions",
            "getWebhookSubscription", "deleteWebhookSubscription", "rotateWebhookSecret", "listWebhookDeliveries",
            "replayWebhookDeliveries");
    private static final String BODY = "{\"url\":\"https://integrator.example/hooks\",\"eventTypes\":[\"GRID_EVENT_CLOSED\"]}";

    private static GridCalls api;
    private static String mine;
    private static String otherCity;
    private static String othersOwn;

    private WebhookMatrix() {
    }

    static void setUp(GridCalls calls) {
        api = calls;
        mine = create(GridTokens.tokenOf(OWNER, "510100", "510104", Role.INTEGRATOR));
        otherCity = create(GridTokens.tokenOf("matrix-integrator-zhanjiang", "440800", "440800", Role.INTEGRATOR));
        othersOwn = create(GridTokens.tokenOf("matrix-integrator-colleague", "510100", "510104", Role.INTEGRATOR));
    }

    private static String create(String token) {
        return GridCalls.expect(api.send(Request.of("POST", "/api/v1/webhook-subscriptions").body(BODY), "Bearer " + token), 201,
                "subscribe").getJsonObject("subscription").getString("id");
    }

    /** The token an allowed call of {@code operation} is made with, if it is a webhook operation. */
    static Optional<String> token(String operation, Role role) {
        return OPERATIONS.contains(operation) ? Optional.of(GridTokens.tokenOf(OWNER, "510100", "510104", role)) : Optional.empty();
    }

    private static Row byId(String suffix, String method, String body) {
        return Row.of(INTEGRATORS,
                Call.of(() -> request(method, mine, suffix, body)),
                Call.of(() -> request(method, otherCity, suffix, body)),
                Call.of(() -> request(method, othersOwn, suffix, body)));
    }

    private static Request request(String method, String id, String suffix, String body) {
        Request r = Request.of(method, "/api/v1/webhook-subscriptions/" + id + suffix);
        return body == null ? r : r.body(body);
    }

    private static final Map<String, Row> ROWS = Map.of(
            "createWebhookSubscription", new Row(INTEGRATORS, Call.of(() -> Request.of("POST", "/api/v1/webhook-subscriptions").body(BODY)),
                    Optional.empty(), Optional.empty()),
            "listWebhookSubscriptions", new Row(INTEGRATORS, Call.get("/api/v1/webhook-subscriptions"), Optional.empty(), Optional.empty()),
            "getWebhookSubscription", byId("", "GET", null),
            "rotateWebhookSecret", byId("/secret-rotations", "POST", null),
            "listWebhookDeliveries", byId("/deliveries", "GET", null),
            "replayWebhookDeliveries", byId("/replays", "POST", "{\"since\":\"" + java.time.Instant.now().minusSeconds(3600) + "\"}"),
            // Each allowed delete removes a subscription of its own, made just before.
            "deleteWebhookSubscription", Row.of(INTEGRATORS,
                    Call.of(() -> Request.of("DELETE", "/api/v1/webhook-subscriptions/"
                            + create(GridTokens.tokenOf(OWNER, "510100", "510104", Role.INTEGRATOR)))),
                    Call.of(() -> Request.of("DELETE", "/api/v1/webhook-subscriptions/" + otherCity)),
                    Call.of(() -> Request.of("DELETE", "/api/v1/webhook-subscriptions/" + othersOwn))));

    static Map.Entry<String, Row> entry(String operation) {
        Row row = ROWS.get(operation);
        if (row == null) {
            throw new IllegalArgumentException("no webhook row " + operation);
        }
        return Map.entry(operation, row);
    }
}
