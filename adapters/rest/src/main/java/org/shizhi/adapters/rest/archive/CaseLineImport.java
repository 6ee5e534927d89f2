package org.shizhi.adapters.rest.archive;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.shizhi.domain.shared.Actor;

/**
 * What the archive import endpoint needs and the app provides: reading an archive import (JSON lines,
 * docs/archive-import.md) as a stream into the archive, the same way {@code ./shizhi import} does.
 */
public interface CaseLineImport {

    /** At most this many rejects are listed in an answer (all are counted). */
    int LISTED_REJECTS = 1_000;

    Result importLines(Actor actor, Reader body) throws IOException;

    record Result(long lines, long imported, long skipped, long rejected, List<Reject> rejects) {
    }

    record Reject(long line, String reason) {
    }
}
