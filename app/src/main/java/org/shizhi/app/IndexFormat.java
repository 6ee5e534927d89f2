package org.shizhi.app;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchCaseArchive;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.domain.archive.service.ArchiveIndexing;

/**
 * What the platform does at start with a case index of an older format than it writes ({@link CaseFields#INDEX_FORMAT}:
 * one built before the facts field and the kept texts answers no pasted description and has no snippet texts).
 * <ul>
 *   <li>Embedded Lucene: rebuilt from the database at once, on a thread of its own. One process holds the index (its
 *       write lock), so no other instance can rebuild it at the same time; searches keep answering from the old index
 *       until the new one is complete, and records arriving meanwhile go to both. This is {@code ./shizhi reindex}, done
 *       for the operator.</li>
 *   <li>Elasticsearch: start is refused with a message naming {@code ./shizhi reindex}. Several instances share the
 *       index, and each would start a rebuild of its own and swap the alias under the others.</li>
 * </ul>
 */
public final class IndexFormat {

    private static final Logger LOG = Logger.getLogger(IndexFormat.class.getName());

    /** Refused start: an index the running version cannot use as it is. Said to the operator in one line. */
    public static final class OutdatedIndexException extends RuntimeException {
        OutdatedIndexException(String message) {
            super(message);
        }
    }

    private IndexFormat() {
    }

    /** Starts the rebuild of an outdated embedded index and returns its thread; nothing if the index is current. */
    public static Optional<Thread> rebuildIfOutdated(LuceneCaseArchive lucene, ArchiveIndexing indexing) {
        if (!lucene.outdated()) {
            return Optional.empty();
        }
        LOG.warning("the case index was built by an older version (before format " + CaseFields.INDEX_FORMAT + "): rebuilding it"
                + " from the database now; searches answer from the old index until the new one is complete");
        return Optional.of(Thread.ofPlatform().name("case-index-rebuild").daemon().start(() -> {
            try {
                long done = indexing.rebuild(1_000, n -> {
                    if (n % 10_000 == 0) {
                        LOG.info(() -> "case index rebuild: " + n + " records");
                    }
                });
                LOG.info(() -> "case index rebuilt in format " + CaseFields.INDEX_FORMAT + ": " + done + " records");
            } catch (RuntimeException e) {
                // Stopped with the platform, or the disk: the old index keeps answering; the next start tries again.
                LOG.log(Level.WARNING, "the case index rebuild stopped; the next start tries again (or run ./shizhi reindex)", e);
            }
        }));
    }

    /** Refuses an outdated Elasticsearch index, naming the command that rebuilds it. */
    public static void refuseIfOutdated(ElasticsearchCaseArchive elasticsearch) {
        if (elasticsearch.outdated()) {
            throw new OutdatedIndexException("the Elasticsearch case index behind alias '" + elasticsearch.alias() + "' was built by an"
                    + " older version (before format " + CaseFields.INDEX_FORMAT + ": no facts field for pasted descriptions, no texts"
                    + " for snippets): run ./shizhi reindex once with the same settings, then start again (docs/operations.md)");
        }
    }
}
