package org.shizhi.adapters.rest.http;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;

/** The file formats the API answers besides JSON: digests and case exports. */
public final class FileTypes {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    public static final MediaType XLSX = new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private FileTypes() {
    }
}
