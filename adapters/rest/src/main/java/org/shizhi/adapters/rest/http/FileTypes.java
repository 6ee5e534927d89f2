package org.shizhi.adapters.rest.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** The file formats the API answers besides JSON: digests, case exports and assessment exports. */
public final class FileTypes {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    public static final MediaType XLSX = new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private FileTypes() {
    }

    /** A file to download under the given name: the body (bytes or a stream) with its type and disposition. */
    public static Response download(Object body, MediaType type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
