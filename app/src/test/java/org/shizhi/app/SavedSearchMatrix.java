package org.shizhi.app;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.app.SecurityMatrixTest.Call;
import org.shizhi.app.SecurityMatrixTest.Row;
import org.shizhi.domain.shared.Role;

/**
 * The security matrix's rows for saved searches. A saved search is its owner's alone, so the allowed calls act as one
 * reader, {@value #OWNER}, in whichever allowed role the matrix tries ({@link #token}); "another city's" is a saved search
 * of a 湛江 reader, and "outside" one of another 成都 reader, both 404.
 */
final class SavedSearchMatrix {

    static final String OWNER = "matrix-saver";
    private static final Set<Role> READERS = EnumSet.of(Role.AUDITOR, Role.CITY_ADMIN, Role.STREET_OFFICER, Role.MEDIATOR,
            Role.COMMUNITY_STAFF);
    private static final Set<String> OPERATIONS = Set.of("createSavedSearch", "listSavedSearches", "getSavedSearch",
            "deleteSavedSearch", "listSavedSearchMatches", "markSavedSearchSeen");
    private static final String BODY = "{\"name\":\"矩阵订阅\",\"q\":\"楼道\"}";

    private static GridCalls api;
    private static String mine;
    private static String otherCity;
    private static String othersOwn;

    private SavedSearchMatrix() {
    }

    static void setUp(GridCalls calls) {
        api = calls;
        mine = create(GridTokens.tokenOf(OWNER, "510100", "510104", Role.AUDITOR));
        otherCity = create(GridTokens.tokenOf("matrix-saver-zhanjiang", "440800", "440800", Role.AUDITOR));
        othersOwn = create(GridTokens.tokenOf("matrix-saver-colleague", "510100", "510104", Role.AUDITOR));
    }

    private static String create(String token) {
        return GridCalls.expect(api.send(Request.of("POST", "/api/v1/saved-searches").body(BODY), "Bearer " + token), 201,
                "save a search").getString("id");
    }

    /** The token an allowed call of {@code operation} is made with, if it is a saved-search operation. */
    static java.util.Optional<String> token(String operation, Role role) {
        return OPERATIONS.contains(operation)
                ? java.util.Optional.of(GridTokens.tokenOf(OWNER, "510100", "510104", role)) : java.util.Optional.empty();
    }

    private static Row byId(String suffix, String method, String body) {
        return Row.of(READERS,
                Call.of(() -> request(method, mine, suffix, body)),
                Call.of(() -> request(method, otherCity, suffix, body)),
                Call.of(() -> request(method, othersOwn, suffix, body)));
    }

    private static Request request(String method, String id, String suffix, String body) {
        Request r = Request.of(method, "/api/v1/saved-searches/" + id + suffix);
        return body == null ? r : r.body(body);
    }

    private static final Map<String, Row> ROWS = Map.of(
            "createSavedSearch", new Row(READERS, Call.of(() -> Request.of("POST", "/api/v1/saved-searches").body(BODY)),
                    java.util.Optional.empty(), java.util.Optional.of(Call.of(() -> Request.of("POST", "/api/v1/saved-searches")
                            .body("{\"name\":\"矩阵订阅\",\"q\":\"楼道\",\"area\":\"510107\"}")))),
            "listSavedSearches", new Row(READERS, Call.get("/api/v1/saved-searches"), java.util.Optional.empty(),
                    java.util.Optional.empty()),
            "getSavedSearch", byId("", "GET", null),
            "listSavedSearchMatches", byId("/matches", "GET", null),
            "markSavedSearchSeen", byId("/seen", "POST", "{}"),
            // Each allowed delete removes a search of its own, saved just before.
            "deleteSavedSearch", Row.of(READERS,
                    Call.of(() -> Request.of("DELETE", "/api/v1/saved-searches/"
                            + create(GridTokens.tokenOf(OWNER, "510100", "510104", Role.AUDITOR)))),
                    Call.of(() -> Request.of("DELETE", "/api/v1/saved-searches/" + otherCity)),
                    Call.of(() -> Request.of("DELETE", "/api/v1/saved-searches/" + othersOwn))));

    static Map.Entry<String, Row> entry(String operation) {
        Row row = ROWS.get(operation);
        if (row == null) {
            throw new IllegalArgumentException("no saved-search row " + operation);
        }
        return Map.entry(operation, row);
    }
}
