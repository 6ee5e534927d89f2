package org.shizhi.adapters.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;

/**
 * The one Chinese analysis of the case archive, the same for every backend. A text becomes two token streams:
 * <ul>
 *   <li><b>bigrams</b> (StandardTokenizer, full-width folded, lower case, CJK bigrams): every pair of adjacent Chinese
 *       characters, Latin words and numbers whole. A query term is the phrase of its bigrams, so it matches wherever
 *       its characters stand in this order: {@code 数据} inside {@code 大数据}. This decides the hits (recall, and
 *       exactness of phrases and exclusions);</li>
 *   <li><b>words</b> (SmartChineseAnalyzer's HMM segmentation, its stop set): the words a reader means. They rank
 *       (BM25 rewards a case that has {@code 噪音} as a word over one where 噪 and 音 merely touch) and they carry
 *       the similar-case search.</li>
 * </ul>
 * Both backends index the tokens as whitespace-separated text (Elasticsearch's distribution has no CJK analysis;
 * {@link #WHITESPACE} is the Lucene side of the same thing), so the hit sets cannot drift apart.
 * Thread-safe: Lucene analyzers keep per-thread components.
 */
public final class CaseAnalysis {

    /** Fields hold several values (title, facts…): a phrase must not run from one into the next. */
    public static final int POSITION_GAP = 100;

    /** Splits on whitespace and nothing else, with {@link #POSITION_GAP} between values; what Elasticsearch's whitespace analyzer does. */
    public static final Analyzer WHITESPACE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new WhitespaceTokenizer());
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return POSITION_GAP;
        }
    };

    private final Analyzer bigrams = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(result);
            result = new CJKBigramFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    private final Analyzer words = new SmartChineseAnalyzer();

    /** The bigram tokens of a text, in order. */
    public List<String> bigrams(String text) {
        return tokens(bigrams, text);
    }

    /** The word tokens of a text, in order, stop words left out. */
    public List<String> words(String text) {
        return tokens(words, text);
    }

    /** The bigram tokens as one whitespace-separated string: what both backends index. */
    public String bigramText(String text) {
        return String.join(" ", bigrams(text));
    }

    public String wordText(String text) {
        return String.join(" ", words(text));
    }

    /** The analyzer that makes the bigram tokens, for a bare Lucene loop that wants the same analysis. */
    public Analyzer bigramAnalyzer() {
        return bigrams;
    }

    public Analyzer wordAnalyzer() {
        return words;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 0) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail on I/O", e);
        }
        return out;
    }
}
