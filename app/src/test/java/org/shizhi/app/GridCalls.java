package org.shizhi.app;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.SyntheticIdentities;

/**
 * The grid context's API as the app tests call it over HTTP: each step checks its status and hands back what the next
 * step needs (the created resource, the new ETag). Who acts is given as a {@link Person}.
 */
final class GridCalls {

    /** Someone calling the API: their city, the area they answer for, and their role. */
    record Person(String city, String jurisdiction, Role role, String... privileges) {
        String bearer() {
            return GridTokens.bearer(city, jurisdiction, role, privileges);
        }

        Person as(Role other) {
            return new Person(city, jurisdiction, other, privileges);
        }
    }

    /** A request: method, path, query, headers and JSON body (null for none). */
    record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
        static Request of(String method, String path) {
            return new Request(method, path, Map.of(), Map.of(), null);
        }

        Request body(String json) {
            return new Request(method, path, query, headers, json);
        }

        Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(method, path, query, more, body);
        }

        Request query(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(query);
            more.put(name, value);
            return new Request(method, path, more, headers, body);
        }

        Request ifMatch(String etag) {
            return header("If-Match", etag);
        }
    }

    private static final SyntheticIdentities IDENTITIES = new SyntheticIdentities(20251001);
    private static final AtomicLong SERIAL = new AtomicLong();

    private final WebTarget target;

    GridCalls(WebTarget target) {
        this.target = target;
    }

    /** Sends the request with the bearer (or none when {@code bearer} is null). */
    Response send(Request request, String bearer) {
        WebTarget at = target.path(request.path());
        for (var q : request.query().entrySet()) {
            at = at.queryParam(q.getKey(), q.getValue());
        }
        Invocation.Builder builder = at.request();
        if (bearer != null) {
            builder.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        String type = request.headers().get("Content-Type");
        request.headers().entrySet().stream().filter(h -> !h.getKey().equals("Content-Type")).forEach(h -> builder.header(h.getKey(), h.getValue()));
        if (request.body() == null) {
            return builder.method(request.method());
        }
        return builder.method(request.method(), type == null ? Entity.json(request.body()) : Entity.entity(request.body(), type));
    }

    /** The answer's JSON body, after checking its status. */
    static JsonObject expect(Response response, int status, String what) {
        String body = response.readEntity(String.class);
        if (response.getStatus() != status) {
            throw new AssertionError(what + ": expected " + status + ", got " + response.getStatus() + " " + body);
        }
        return body == null || body.isBlank() ? JsonObjects.EMPTY : JsonObjects.parse(body);
    }

    JsonObject call(Person who, Request request, int status, String what) {
        return expect(send(request, who.bearer()), status, what);
    }

    /** A step's body and the new ETag. */
    record Step(JsonObject body, String etag) {
    }

    Step step(Person who, Request request, int status, String what) {
        Response response = send(request, who.bearer());
        String etag = response.getHeaderString("ETag");
        return new Step(expect(response, status, what), etag);
    }

    // Grids

    static String newGrid(String community, String tier, String name, String parent) {
        return "{\"community\":\"" + community + "\",\"tier\":\"" + tier + "\",\"name\":\"" + name + "\""
                + (parent == null ? "" : ",\"parentCode\":\"" + parent + "\"") + "}";
    }

    String createGrid(Person admin, String community, String tier, String name, String parent) {
        return call(admin, Request.of("POST", "/api/v1/grids").body(newGrid(community, tier, name, parent)), 201, "create grid")
                .getString("code");
    }

    String gridETag(Person reader, String grid) {
        return send(Request.of("GET", "/api/v1/grids/" + grid), reader.bearer()).getHeaderString("ETag");
    }

    /** Puts an assistant worker on the grid; the member's id and the grid's new ETag. */
    Step assignMember(Person staff, String grid) {
        String etag = gridETag(staff, grid);
        return step(staff, Request.of("POST", "/api/v1/grids/" + grid + "/members").ifMatch(etag)
                .body("{\"post\":\"ASSISTANT_WORKER\",\"name\":\"王芳\",\"contact\":\"13812345678\"}"), 201, "assign member");
    }

    // Registers

    String registerDwelling(Person keeper, String grid) {
        return call(keeper, Request.of("POST", "/api/v1/grids/" + grid + "/dwellings")
                .body("{\"address\":\"测试路" + SERIAL.incrementAndGet() + "号\",\"households\":1}"), 201, "register dwelling")
                .getString("id");
    }

    static String newResident() {
        return "{\"name\":\"张伟\",\"idNumber\":\"" + IDENTITIES.idNumber().value() + "\",\"mobile\":\"13812345678\"}";
    }

    static String newOrganisation() {
        return "{\"name\":\"示范餐饮店\",\"creditCode\":\"" + IDENTITIES.creditCode().value()
                + "\",\"kind\":\"INDIVIDUAL_BUSINESS\",\"address\":\"测试路18号\"}";
    }

    String registerOrganisation(Person keeper, String grid) {
        return call(keeper, Request.of("POST", "/api/v1/grids/" + grid + "/organisations").body(newOrganisation()), 201,
                "register organisation").getString("id");
    }

    String registerResident(Person keeper, String dwelling) {
        return call(keeper, Request.of("POST", "/api/v1/dwellings/" + dwelling + "/residents").body(newResident()), 201,
                "register resident").getString("id");
    }

    // Events

    static String newEvent(String grid, String text) {
        return "{\"gridCode\":\"" + grid + "\",\"category\":\"ENVIRONMENT\",\"text\":\"" + text
                + "\",\"channel\":\"RESIDENT\",\"reporter\":{\"name\":\"李明\",\"phone\":\"13912345678\"}}";
    }

    /** A 12345 hotline work order for {@code grid}, under an order id of its own (a repeated id answers the first order). */
    static String hotlineOrder(String grid) {
        return "{\"orderId\":\"MX" + Long.toString(System.nanoTime(), 36) + "\",\"channel\":\"PHONE\",\"caller\":{\"name\":\"刘女士\","
                + "\"phone\":\"13912345678\"},\"gridCode\":\"" + grid + "\",\"text\":\"矩阵：小区门口垃圾三天没人清运\","
                + "\"category\":\"ENVIRONMENT\",\"deadline\":\"2025-09-29T18:00:00+08:00\"}";
    }

    /** Reports an event that the community handles (graded LOW by the default grader); its id. */
    String report(Person reporter, String grid, String text) {
        return call(reporter, Request.of("POST", "/api/v1/events").body(newEvent(grid, text)), 201, "report event")
                .getJsonObject("event").getString("id");
    }

    String transition(Person who, String event, String transition, String etag, String body) {
        Request request = Request.of("POST", "/api/v1/events/" + event + "/" + transition).ifMatch(etag);
        return step(who, body == null ? request : request.body(body), 200, transition + " event").etag();
    }

    /** An event of the person's community brought to CALLED; its ETag. */
    String calledEvent(Person staff, String event) {
        String accepted = transition(staff.as(Role.COMMUNITY_STAFF), event, "accept", "\"1\"", null);
        return transition(staff.as(Role.COMMUNITY_STAFF), event, "call", accepted, null);
    }

    /** Summons the department to a CALLED event; the summons' id and the event's ETag. */
    Step summon(Person officer, String event, String etag) {
        Step summoned = step(officer.as(Role.STREET_OFFICER), Request.of("POST", "/api/v1/events/" + event + "/summonses")
                .ifMatch(etag).body("{\"departments\":[\"" + GridTokens.DEPARTMENT + "\"],\"within\":{\"amount\":2,\"unit\":\"WORKING_HOURS\"}}"),
                201, "summon");
        return summoned;
    }

    static String summonsId(Step summoned) {
        return summoned.body().getJsonObject("event").getJsonArray("summonses").getJsonObject(0).getString("id");
    }

    /** Minimal JSON parsing through JSON-P, which the app's test class path has. */
    static final class JsonObjects {
        static final JsonObject EMPTY = jakarta.json.Json.createObjectBuilder().build();

        static JsonObject parse(String json) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
                return reader.readObject();
            }
        }
    }
}
