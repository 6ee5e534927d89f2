package org.shizhi.domain.archive.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseTexts;

/**
 * The search index over case records (embedded Lucene or Elasticsearch). It is derived from the
 * {@link CaseRecordStore} and can always be rebuilt from it. Every adapter must give the same hit sets and facet
 * counts for the same records and queries ({@code CaseArchiveContract}); ranking may differ within ties.
 *
 * <p>When the backend does not answer, methods throw {@code SearchUnavailableException} naming {@link #backend()}.
 */
public interface CaseArchive extends AutoCloseable {

    /** The backend's name for operators and problem details: {@code lucene}, {@code elasticsearch}. */
    String backend();

    /** Adds or replaces the records (by id), visible to searches when this returns. */
    void index(List<CaseRecord> records);

    /**
     * A pasted description ({@code SearchText.Description}) answers the cases most similar to it, at most this many,
     * ranked by relevance then id: its total, its facets and its pages are over those cases. A case sharing a few
     * common words with a long paste is not similar, and ranking only the best lets a backend skip most of a large
     * archive instead of scoring all of it. Words and phrases answer every hit.
     */
    int SIMILAR_CASES = 1_000;

    ArchiveHits search(ArchiveQuery query);

    /**
     * The long texts of these cases as the index keeps them, for the snippets of a page of hits (a page's worth of
     * ids): a page never reads whole judgments from the database. Without {@code withFullText} the full text is not
     * read and is empty in the answer: a snippet needs it only when the facts, reasoning and outcome do not hold a
     * matched term, and a judgment's full text is most of its length. A case the index holds without its texts (an
     * index built before it kept them) is left out of the answer; the caller reads that one from the store.
     */
    Map<CaseId, CaseTexts> texts(Collection<CaseId> ids, boolean withFullText);

    /** How many records the active index holds. */
    long count();

    /**
     * Starts building a new index beside the active one. Searches keep answering from the active index until
     * {@link Rebuild#complete()} swaps the new one in; records {@link #index indexed} meanwhile go to both.
     */
    Rebuild rebuild();

    @Override
    void close();

    /** A new index being filled. Closing it without completing abandons it; the active index stays. */
    interface Rebuild extends AutoCloseable {

        void add(List<CaseRecord> records);

        /** Makes the new index the active one, atomically for searches, and drops the old. */
        void complete();

        @Override
        void close();
    }
}
