package org.shizhi.adapters.search.elasticsearch;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which server (port and PID) each test class saw, to show that one server serves the whole run. */
final class ServerSightings {

    private static final Map<String, String> SEEN = new TreeMap<>();

    private ServerSightings() {
    }

    static synchronized void record(Class<?> testClass, ElasticsearchServer server) {
        SEEN.put(testClass.getSimpleName(), "127.0.0.1:" + server.port() + " PID " + server.pid());
        System.out.println("servers seen so far: " + SEEN);
    }

    static synchronized Set<String> distinctServers() {
        return new TreeSet<>(SEEN.values());
    }
}
