package org.shizhi.adapters.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.shizhi.adapters.search.analysis.CaseAnalysis;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.adapters.search.analysis.FacetLists;
import org.shizhi.adapters.search.analysis.QueryPlan;
import org.shizhi.adapters.search.analysis.SimilarCases;
import org.shizhi.adapters.search.analysis.FactStatistics;
import org.shizhi.domain.archive.model.ArchiveHit;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.CaseTexts;
import org.shizhi.domain.archive.model.FacetKind;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.shared.SearchUnavailableException;

/**
 * The case archive on an embedded Lucene index: the default backend. The index lives in a generation directory under
 * {@code base}; the file {@code base/current} names the active one. A rebuild fills a new generation beside it, then
 * rewrites {@code current} atomically and swaps the searcher, so searches never see a half-built index and a crash
 * mid-rebuild leaves the old one active. Each {@link #index} commits before it returns (the store marks records
 * indexed only after), and refreshes the searcher so they are visible.
 */
public final class LuceneCaseArchive implements CaseArchive {

    private static final String CURRENT = "current";
    /** BM25 as Lucene has it, but with the facts field's own parameters (the same as the Elasticsearch mapping's). */
    static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity standard = new BM25Similarity();
        private final Similarity facts = new BM25Similarity(CaseFields.FACTS_BM25_K1, CaseFields.FACTS_BM25_B);

        @Override
        public Similarity get(String field) {
            return CaseFields.FACTS.equals(field) ? facts : standard;
        }
    };
    private static final AtomicLong GENERATIONS = new AtomicLong();

    private final Path base;
    private final Clock clock;
    private final CaseAnalysis analysis;
    private final Object writeLock = new Object();
    /**
     * Runs one search's segment slices side by side: a pasted description or a common word touches much of a large
     * archive, and a city's few cores are idle between auditors' searches.
     */
    private final ExecutorService slices = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("lucene-search-", 0).daemon().factory());
    private volatile Generation active;
    private Generation building;

    private LuceneCaseArchive(Path base, Clock clock, CaseAnalysis analysis, boolean detachIfHeld) throws IOException {
        this.base = base;
        this.clock = clock;
        this.analysis = analysis;
        Files.createDirectories(base);
        String name = pointer();
        if (name == null || !Files.isDirectory(base.resolve(name))) {
            name = newGenerationName();
            Generation g = Generation.open(base.resolve(name), slices);
            g.writer.commit();
            point(name);
            active = g;
        } else {
            try {
                active = Generation.open(base.resolve(name), slices);
            } catch (LockObtainFailedException held) {
                if (!detachIfHeld) {
                    throw held;
                }
                // The running platform holds the index: this process may only build a new generation beside it.
                active = null;
                return;
            }
        }
        removeStaleGenerations(name);
    }

    /** Opens (or creates) the archive under {@code base}; indexed records are stamped with {@code clock}'s time. */
    public static LuceneCaseArchive open(Path base, Clock clock) {
        try {
            return new LuceneCaseArchive(base, clock, new CaseAnalysis(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene case index under " + base, e);
        }
    }

    /**
     * Opens the archive like {@link #open}, or, if a running platform holds the index, <em>detached</em>: it does not
     * search or index (those answer {@code SearchUnavailableException}), but {@link #rebuild()} builds a new generation
     * beside the held one, points {@code current} at it and waits until the running platform
     * {@link #followPointer() follows}. That is how {@code ./shizhi reindex} rebuilds while the platform keeps
     * answering from the old generation.
     */
    public static LuceneCaseArchive openOrDetached(Path base, Clock clock) {
        try {
            return new LuceneCaseArchive(base, clock, new CaseAnalysis(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene case index under " + base, e);
        }
    }

    /** Whether another process holds the index (see {@link #openOrDetached}). */
    public boolean isDetached() {
        return active == null;
    }

    private Generation serving() {
        Generation g = active;
        if (g == null) {
            throw new SearchUnavailableException(backend(), "the index under " + base + " is held by the running platform");
        }
        return g;
    }

    private String pointer() throws IOException {
        Path current = base.resolve(CURRENT);
        return Files.exists(current) ? Files.readString(current, StandardCharsets.UTF_8).strip() : null;
    }

    /**
     * If {@code current} names another generation than the one this archive serves (another process rebuilt the
     * index), opens that one, swaps it in for searches and drops the old. Returns whether it swapped. The platform
     * calls this on its housekeeping thread before it indexes anything, so that nothing goes to a retired generation
     * once it has followed.
     */
    public boolean followPointer() {
        synchronized (writeLock) {
            if (active == null) {
                return false;
            }
            try {
                String name = pointer();
                if (name == null || name.equals(active.path.getFileName().toString()) || !Files.isDirectory(base.resolve(name))) {
                    return false;
                }
                Generation next = Generation.open(base.resolve(name), slices);
                Generation old = active;
                active = next;
                old.close();
                deleteTree(old.path);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot follow the rebuilt Lucene case index", e);
            }
        }
    }

    @Override
    public String backend() {
        return "lucene";
    }

    /**
     * One index directory. {@code format} is what its last commit says it holds ({@link CaseFields#INDEX_FORMAT}); a new
     * or empty one is stamped with the current format, an older one with documents keeps its own until rebuilt.
     */
    private record Generation(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers, int format) {

        static Generation open(Path path, ExecutorService slices) throws IOException {
            Files.createDirectories(path);
            FSDirectory dir = FSDirectory.open(path);
            int format = formatOf(dir);
            IndexWriterConfig config = new IndexWriterConfig(CaseAnalysis.WHITESPACE)
                    .setSimilarity(SIMILARITY)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(dir, config);
            if (format == CaseFields.INDEX_FORMAT || writer.getDocStats().numDocs == 0) {
                format = CaseFields.INDEX_FORMAT;
                writer.setLiveCommitData(Map.of(CaseFields.INDEX_FORMAT_KEY, Integer.toString(format)).entrySet());
            }
            return new Generation(path, dir, writer, new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader, slices);
                    searcher.setSimilarity(SIMILARITY);
                    return searcher;
                }
            }), format);
        }

        /** The format the directory's last commit names: the current one for a new directory, 1 for one without a name. */
        private static int formatOf(FSDirectory dir) throws IOException {
            if (!DirectoryReader.indexExists(dir)) {
                return CaseFields.INDEX_FORMAT;
            }
            String named = SegmentInfos.readLatestCommit(dir).getUserData().get(CaseFields.INDEX_FORMAT_KEY);
            try {
                return named == null ? 1 : Integer.parseInt(named);
            } catch (NumberFormatException unreadable) {
                return 1;
            }
        }

        void add(List<Document> docs, List<String> ids) throws IOException {
            for (int i = 0; i < docs.size(); i++) {
                writer.updateDocument(new Term(CaseFields.ID, ids.get(i)), docs.get(i));
            }
        }

        void publish() throws IOException {
            writer.commit();
            searchers.maybeRefreshBlocking();
        }

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }

        void discard() throws IOException {
            searchers.close();
            writer.rollback();
            directory.close();
            deleteTree(path);
        }
    }

    /** Records analysed into documents (outside the write lock: analysis is the slow part), with their ids. */
    private record Batch(List<Document> docs, List<String> ids) {
    }

    private Batch batch(List<CaseRecord> records) {
        long now = clock.millis();
        List<Document> docs = new ArrayList<>(records.size());
        List<String> ids = new ArrayList<>(records.size());
        for (CaseRecord r : records) {
            Document d = document(CaseFields.of(r, analysis), now);
            keepTexts(d, r);
            docs.add(d);
            ids.add(r.id().value());
        }
        return new Batch(docs, ids);
    }

    @Override
    public void index(List<CaseRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Batch batch = batch(records);
        List<Document> docs = batch.docs();
        List<String> ids = batch.ids();
        synchronized (writeLock) {
            Generation serving = serving();
            try {
                serving.add(docs, ids);
                serving.publish();
                if (building != null) {
                    building.add(docs, ids);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the Lucene case index", e);
            }
        }
    }

    /** The Lucene document of a case; public so that the benchmark's bare loop indexes exactly the same. */
    public static Document document(CaseFields f, long indexedAt) {
        Document d = new Document();
        d.add(new StringField(CaseFields.ID, f.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(CaseFields.ID, new BytesRef(f.id())));
        d.add(new StringField(CaseFields.CITY, f.city(), Field.Store.NO));
        for (String p : f.areaPath()) {
            d.add(new StringField(CaseFields.AREA_PATH, p, Field.Store.NO));
        }
        keyword(d, CaseFields.CASE_TYPE, f.caseType());
        if (f.district() != null) {
            keyword(d, CaseFields.DISTRICT, f.district());
        }
        d.add(new SortedDocValuesField(CaseFields.YEAR, new BytesRef(f.year())));
        keyword(d, CaseFields.SOURCE, f.source());
        for (String t : f.tags()) {
            d.add(new StringField(CaseFields.TAGS, t, Field.Store.NO));
        }
        d.add(new LongPoint(CaseFields.OCCURRED, f.occurred()));
        d.add(new LongPoint(CaseFields.CLOSED, f.closed()));
        d.add(new NumericDocValuesField(CaseFields.CLOSED, f.closed()));
        d.add(new LongPoint(CaseFields.INDEXED_AT, indexedAt));
        for (String b : f.bigrams()) {
            d.add(new TextField(CaseFields.BIGRAMS, b, Field.Store.NO));
        }
        for (String w : f.words()) {
            d.add(new TextField(CaseFields.WORDS, w, Field.Store.NO));
        }
        for (String t : f.facts()) {
            d.add(new TextField(CaseFields.FACTS, t, Field.Store.NO));
        }
        return d;
    }

    /** The long texts as stored fields, for {@link #texts}: a page's snippets are cut from them, not from the database. */
    static void keepTexts(Document d, CaseRecord r) {
        d.add(new StoredField(CaseFields.TEXT_FACTS, r.facts()));
        d.add(new StoredField(CaseFields.TEXT_REASONING, r.reasoning()));
        d.add(new StoredField(CaseFields.TEXT_OUTCOME, r.outcome()));
        d.add(new StoredField(CaseFields.TEXT_FULL, r.fullText()));
    }

    /**
     * Reads the kept texts of a document in the order they were added (facts, reasoning, outcome, full text) and stops
     * at the full text when it is not wanted: a long document's stored fields are decompressed as they are read, so
     * the full text, most of a judgment, is then neither decompressed nor decoded.
     */
    private static final class TextsVisitor extends StoredFieldVisitor {
        private final boolean withFullText;
        private final Map<String, String> values = new HashMap<>(4);

        TextsVisitor(boolean withFullText) {
            this.withFullText = withFullText;
        }

        @Override
        public Status needsField(FieldInfo field) {
            return switch (field.name) {
                case CaseFields.TEXT_FACTS, CaseFields.TEXT_REASONING, CaseFields.TEXT_OUTCOME -> Status.YES;
                case CaseFields.TEXT_FULL -> withFullText ? Status.YES : Status.STOP;
                default -> values.size() == (withFullText ? 4 : 3) ? Status.STOP : Status.NO;
            };
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            values.put(field.name, value);
        }

        CaseTexts texts() {
            String facts = values.get(CaseFields.TEXT_FACTS);
            return facts == null ? null : new CaseTexts(facts, values.getOrDefault(CaseFields.TEXT_REASONING, ""),
                    values.getOrDefault(CaseFields.TEXT_OUTCOME, ""), withFullText ? values.getOrDefault(CaseFields.TEXT_FULL, "") : "");
        }
    }

    /**
     * Each id looked up in every segment by one forward pass of sorted seeks, its live document's stored texts read.
     * A document indexed before the texts were kept has none and is left out.
     */
    @Override
    public Map<CaseId, CaseTexts> texts(Collection<CaseId> ids, boolean withFullText) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<BytesRef> sorted = ids.stream().map(id -> new BytesRef(id.value())).distinct().sorted().toList();
        SearcherManager searchers = serving().searchers;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<CaseId, CaseTexts> out = new HashMap<>();
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Terms terms = leaf.reader().terms(CaseFields.ID);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    PostingsEnum postings = null;
                    for (BytesRef id : sorted) {
                        if (!te.seekExact(id)) {
                            continue;
                        }
                        postings = te.postings(postings, PostingsEnum.NONE);
                        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                            if (live != null && !live.get(doc)) {
                                continue;
                            }
                            TextsVisitor visitor = new TextsVisitor(withFullText);
                            stored.document(doc, visitor);
                            CaseTexts texts = visitor.texts();
                            if (texts != null) {
                                out.put(new CaseId(id.utf8ToString()), texts);
                            }
                        }
                    }
                }
                return out;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read texts from the Lucene case index", e);
        }
    }

    /**
     * Whether the active index is of an older format than this version writes ({@link CaseFields#INDEX_FORMAT}): one
     * built before the facts field and the kept texts, which answers no description. The platform rebuilds it at start.
     */
    public boolean outdated() {
        Generation g = active;
        return g != null && g.format < CaseFields.INDEX_FORMAT;
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    @Override
    public ArchiveHits search(ArchiveQuery q) {
        boolean newest = q.effectiveSort() == CaseSort.NEWEST;
        Sort sort = newest
                ? new Sort(new SortField(CaseFields.CLOSED, SortField.Type.LONG, true), new SortField(CaseFields.ID, SortField.Type.STRING))
                : new Sort(SortField.FIELD_SCORE, new SortField(CaseFields.ID, SortField.Type.STRING));
        FieldDoc after = q.after().map(a -> new FieldDoc(Integer.MAX_VALUE, a.score(), newest
                ? new Object[] {a.closedEpochDay(), new BytesRef(a.id().value())}
                : new Object[] {a.score(), new BytesRef(a.id().value())})).orElse(null);
        SearcherManager searchers = serving().searchers;
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // The terms of a description are chosen by their statistics in the very reader that is searched.
            Map<String, TermStates> factsTerms = new HashMap<>();
            QueryPlan plan = QueryPlan.of(q.text(), analysis, statistics(searcher.getIndexReader(), factsTerms));
            Query query = LuceneQueries.of(plan, q, factsTerms);
            if (plan instanceof QueryPlan.Similar) {
                return SimilarCases.answer(mostSimilar(searcher, query), q, plan.matchTerms());
            }
            // Two passes: the page, where Lucene may skip what cannot make it (a page never needs every score), and
            // the count with the facets, which needs every hit but no score. One exhaustive scoring pass cost more.
            TopFieldDocs docs = searcher.search(query, new TopFieldCollectorManager(sort, q.size(), after, q.size()));
            long total;
            Map<FacetKind, Map<String, Long>> counts = Map.of();
            if (q.facets()) {
                FacetCollector.Counted counted = searcher.search(query, new FacetCollector.Manager());
                total = counted.hits();
                counts = counted.counts();
            } else {
                total = searcher.count(query);
            }
            List<ArchiveHit> hits = new ArrayList<>(docs.scoreDocs.length);
            for (ScoreDoc sd : docs.scoreDocs) {
                FieldDoc fd = (FieldDoc) sd;
                String id = ((BytesRef) fd.fields[1]).utf8ToString();
                float score = newest ? 0f : (Float) fd.fields[0];
                long closed = newest ? (Long) fd.fields[0] : closedOf(searcher, fd.doc);
                hits.add(new ArchiveHit(new CaseId(id), score, closed));
            }
            return new ArchiveHits(total, hits, q.facets() ? FacetLists.of(counts) : Map.of(), plan.matchTerms());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the Lucene case index", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                // released or not, the searcher's reader is closed with its manager
            }
        }
    }

    /**
     * The {@value CaseArchive#SIMILAR_CASES} best hits by relevance. Collecting by score alone, with no exact count,
     * lets Lucene skip blocks of postings that cannot beat the current best, and reads ids and doc values for those
     * cases only (a tie-break on id during collection would look up the id of every competitive hit). Cases tied at
     * the last place fall by index order.
     */
    private static List<SimilarCases.Candidate> mostSimilar(IndexSearcher searcher, Query query) throws IOException {
        TopDocs best = searcher.search(query, new TopScoreDocCollectorManager(CaseArchive.SIMILAR_CASES, CaseArchive.SIMILAR_CASES));
        ScoreDoc[] byDoc = best.scoreDocs.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SimilarCases.Candidate> candidates = new ArrayList<>(byDoc.length);
        int leafIndex = -1;
        SortedDocValues ids = null;
        NumericDocValues closed = null;
        Map<FacetKind, SortedDocValues> facets = new EnumMap<>(FacetKind.class);
        // A facet has few values: each is decoded once per segment, not once per case.
        Map<FacetKind, Map<Integer, String>> decoded = new EnumMap<>(FacetKind.class);
        for (ScoreDoc sd : byDoc) {
            int l = ReaderUtil.subIndex(sd.doc, leaves);
            LeafReaderContext leaf = leaves.get(l);
            if (l != leafIndex) {
                leafIndex = l;
                ids = DocValues.getSorted(leaf.reader(), CaseFields.ID);
                closed = DocValues.getNumeric(leaf.reader(), CaseFields.CLOSED);
                for (Map.Entry<FacetKind, String> f : CaseFields.FACETS.entrySet()) {
                    facets.put(f.getKey(), DocValues.getSorted(leaf.reader(), f.getValue()));
                    decoded.put(f.getKey(), new HashMap<>());
                }
            }
            int doc = sd.doc - leaf.docBase;
            Map<FacetKind, String> values = new EnumMap<>(FacetKind.class);
            for (Map.Entry<FacetKind, SortedDocValues> f : facets.entrySet()) {
                SortedDocValues dv = f.getValue();
                if (dv.advanceExact(doc)) {
                    int ord = dv.ordValue();
                    String value = decoded.get(f.getKey()).get(ord);
                    if (value == null) {
                        value = dv.lookupOrd(ord).utf8ToString();
                        decoded.get(f.getKey()).put(ord, value);
                    }
                    values.put(f.getKey(), value);
                }
            }
            if (!ids.advanceExact(doc)) {
                throw new IllegalStateException("a case in the index has no id");
            }
            candidates.add(new SimilarCases.Candidate(new CaseId(ids.lookupOrd(ids.ordValue()).utf8ToString()), sd.score,
                    closed.advanceExact(doc) ? closed.longValue() : 0, values));
        }
        return candidates;
    }

    /**
     * Document frequencies by one forward pass of sorted seeks per segment, not a fresh terms enum per word. What each
     * seek found is kept in {@code states} for the term queries: building them again per term (Lucene does it leaf by
     * leaf on the search pool) was a fifth of a description's time in a profile of real-length records.
     */
    private static FactStatistics statistics(IndexReader reader, Map<String, TermStates> states) {
        return words -> {
            List<BytesRef> sorted = words.stream().map(BytesRef::new).sorted().toList();
            long[] held = new long[sorted.size()];
            TermStates[] found = new TermStates[sorted.size()];
            try {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(CaseFields.FACTS);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    for (int i = 0; i < held.length; i++) {
                        if (te.seekExact(sorted.get(i))) {
                            held[i] += te.docFreq();
                            if (found[i] == null) {
                                found[i] = new TermStates(reader.getContext());
                            }
                            found[i].register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
                        }
                    }
                }
                for (int i = 0; i < found.length; i++) {
                    if (found[i] != null) {
                        states.put(sorted.get(i).utf8ToString(), found[i]);
                    }
                }
                Map<String, Long> holding = new HashMap<>();
                for (int i = 0; i < held.length; i++) {
                    holding.put(sorted.get(i).utf8ToString(), held[i]);
                }
                return holding;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read term statistics from the Lucene case index", e);
            }
        };
    }

    private static long closedOf(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var dv = DocValues.getNumeric(leaf.reader(), CaseFields.CLOSED);
        return dv.advanceExact(doc - leaf.docBase) ? dv.longValue() : 0;
    }

    @Override
    public long count() {
        SearcherManager searchers = serving().searchers;
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Rebuild rebuild() {
        synchronized (writeLock) {
            if (building != null) {
                throw new IllegalStateException("a rebuild of the Lucene case index is already running");
            }
            try {
                building = Generation.open(base.resolve(newGenerationName()), slices);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Generation mine = building;
            return new Rebuild() {
                private boolean done;

                @Override
                public void add(List<CaseRecord> records) {
                    Batch batch = batch(records);
                    synchronized (writeLock) {
                        try {
                            mine.add(batch.docs(), batch.ids());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }

                @Override
                public void complete() {
                    if (active == null) {
                        completeDetached();
                        return;
                    }
                    synchronized (writeLock) {
                        try {
                            mine.publish();
                            point(mine.path.getFileName().toString());
                            Generation old = active;
                            active = mine;
                            building = null;
                            done = true;
                            old.close();
                            deleteTree(old.path);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot swap in the rebuilt Lucene case index", e);
                        }
                    }
                }

                private void completeDetached() {
                    synchronized (writeLock) {
                        try {
                            mine.writer.commit();
                            mine.close();
                            point(mine.path.getFileName().toString());
                            building = null;
                            done = true;
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot complete the rebuilt Lucene case index", e);
                        }
                    }
                    awaitFollowed(mine.path);
                }

                @Override
                public void close() {
                    synchronized (writeLock) {
                        if (!done && building == mine) {
                            building = null;
                            try {
                                mine.discard();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }
                }
            };
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                if (building != null) {
                    building.discard();
                    building = null;
                }
                if (active != null) {
                    active.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                slices.shutdown();
            }
        }
    }

    /** How long a detached rebuild waits for the running platform to take the new generation. */
    static final java.time.Duration FOLLOW_WAIT = java.time.Duration.ofSeconds(90);

    /** Waits until another process holds the generation's write lock: the running platform has followed. */
    private static void awaitFollowed(Path generation) {
        long deadline = System.nanoTime() + FOLLOW_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (FSDirectory dir = FSDirectory.open(generation)) {
                try (var lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    // free: not followed yet
                } catch (LockObtainFailedException followed) {
                    return;
                }
                Thread.sleep(500);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the running platform did not take the rebuilt index within " + FOLLOW_WAIT.toSeconds()
                + " s; it takes it at its next start (" + generation.getFileName() + ")");
    }

    private static String newGenerationName() {
        return "g-" + System.currentTimeMillis() + "-" + GENERATIONS.incrementAndGet();
    }

    private void point(String name) throws IOException {
        Path tmp = base.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name, StandardCharsets.UTF_8);
        Files.move(tmp, base.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void removeStaleGenerations(String keep) throws IOException {
        try (Stream<Path> children = Files.list(base)) {
            for (Path p : children.filter(Files::isDirectory).toList()) {
                if (!p.getFileName().toString().equals(keep) && p.getFileName().toString().startsWith("g-")) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
