package org.shizhi.adapters.archiveimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.port.in.ArchiveCasesUseCase;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * Streams an archive import (one JSON object per line) into the archive, a batch at a time, holding no more than one
 * batch in memory. Lines whose external id the city has already imported are skipped before anything else (so a
 * re-run resumes where a killed one stopped); a bad line goes to the rejects with its line number and reason, whole,
 * and never stops the others. The actor decides the city (a city admin or integrator of it).
 */
public final class CaseImport {

    public static final int BATCH = 1_000;

    /** What an import did. */
    public record Summary(long lines, long imported, long skipped, long rejected) {
    }

    /** Where rejected lines go: line number, reason and the line itself. */
    @FunctionalInterface
    public interface Rejects {
        void reject(long line, String reason, String text) throws IOException;

        /** JSON lines {@code {"line":…,"reason":…,"text":…}} to a writer. */
        static Rejects jsonLines(Writer out) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            return (line, reason, text) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("line", line);
                entry.put("reason", reason);
                entry.put("text", text);
                out.write(json.writeValueAsString(entry));
                out.write('\n');
            };
        }
    }

    private final ArchiveCasesUseCase archive;
    private final Actor actor;

    public CaseImport(ArchiveCasesUseCase archive, Actor actor) {
        this.archive = archive;
        this.actor = actor;
    }

    /**
     * Imports every line. {@code progress} hears the number of lines read so far after each batch.
     */
    public Summary run(BufferedReader in, Rejects rejects, LongConsumer progress) throws IOException {
        long lineNo = 0;
        long imported = 0;
        long skipped = 0;
        long rejected = 0;
        Optional<AreaCode> city = Optional.of(actor.city());
        Map<Long, CaseRecord> batch = new LinkedHashMap<>();
        Map<Long, String> texts = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                batch.put(lineNo, CaseLines.parse(line, city));
                texts.put(lineNo, line);
            } catch (CaseLines.Rejected e) {
                rejects.reject(lineNo, e.getMessage(), line);
                rejected++;
            }
            if (batch.size() == BATCH) {
                long[] counts = flush(batch, texts, rejects);
                imported += counts[0];
                skipped += counts[1];
                rejected += counts[2];
                progress.accept(lineNo);
            }
        }
        long[] counts = flush(batch, texts, rejects);
        progress.accept(lineNo);
        return new Summary(lineNo, imported + counts[0], skipped + counts[1], rejected + counts[2]);
    }

    /** Imports a batch; returns {imported, skipped, rejected}. */
    private long[] flush(Map<Long, CaseRecord> batch, Map<Long, String> texts, Rejects rejects) throws IOException {
        if (batch.isEmpty()) {
            return new long[3];
        }
        List<String> externalIds = batch.values().stream().map(r -> r.externalId().orElseThrow()).toList();
        Set<String> known = archive.alreadyImported(actor, externalIds);
        List<CaseRecord> fresh = new ArrayList<>();
        List<Long> freshLines = new ArrayList<>();
        long skipped = 0;
        for (Map.Entry<Long, CaseRecord> e : batch.entrySet()) {
            if (known.contains(e.getValue().externalId().orElseThrow())) {
                skipped++;
            } else {
                fresh.add(e.getValue());
                freshLines.add(e.getKey());
            }
        }
        long imported = 0;
        long rejected = 0;
        try {
            ArchiveCasesUseCase.Imported result = archive.importCases(actor, fresh);
            imported = result.stored();
            skipped += result.skipped();
        } catch (RuntimeException whole) {
            // One record the domain accepted but the store did not: import the batch line by line to find it.
            for (int i = 0; i < fresh.size(); i++) {
                try {
                    ArchiveCasesUseCase.Imported one = archive.importCases(actor, List.of(fresh.get(i)));
                    imported += one.stored();
                    skipped += one.skipped();
                } catch (RuntimeException e) {
                    rejects.reject(freshLines.get(i), "not stored: " + e.getMessage(), texts.get(freshLines.get(i)));
                    rejected++;
                }
            }
        }
        batch.clear();
        texts.clear();
        return new long[] {imported, skipped, rejected};
    }
}
