package org.shizhi.domain.law.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationHit;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationQuery;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/** Local regulations in memory. */
public final class InMemoryRegulationRepository implements RegulationRepository {

    private final Map<RegulationId, Regulation> regulations = new LinkedHashMap<>();

    @Override
    public synchronized void save(Regulation r) {
        Regulation stored = regulations.get(r.id());
        if (r.version() == 1 ? stored != null : stored == null || stored.version() != r.version() - 1) {
            throw new StaleVersionException("regulation " + r.id() + " is at version "
                    + (stored == null ? "(none)" : stored.version()) + ", not " + (r.version() - 1));
        }
        if (r.version() == 1 && regulations.values().stream().anyMatch(x -> x.city().equals(r.city())
                && x.documentNumber().equals(r.documentNumber()))) {
            throw new ConflictException("documentNumber", "document number " + r.documentNumber() + " is registered in " + r.city() + " already");
        }
        regulations.put(r.id(), r);
    }

    @Override
    public synchronized Optional<Regulation> find(RegulationId id) {
        return Optional.ofNullable(regulations.get(id));
    }

    @Override
    public synchronized Slice<Regulation> ofCity(AreaCode city, Optional<LocalDate> inForceOn, PageRequest page) {
        return InMemoryPages.page(regulations.values().stream().filter(r -> r.city().equals(city))
                .filter(r -> inForceOn.isEmpty() || r.inForceOn(inForceOn.get())), page,
                RegulationRepository::effectivePosition, InMemoryPages.byDate());
    }

    /**
     * Plain substring matching, ignoring case: on Chinese words the database's bigram phrases find the same. The score
     * over the query's tokens as {@link #tokens} cuts them, which on Chinese and Latin words is what the archive's
     * analysis gives the database.
     */
    @Override
    public synchronized Slice<RegulationHit> matching(AreaCode city, RegulationQuery query, PageRequest page) {
        if (query.terms().stream().noneMatch(t -> t.codePoints().anyMatch(Character::isLetterOrDigit))) {
            throw new org.shizhi.domain.shared.InvalidValueException("q", "the search has no word to look for, only punctuation");
        }
        java.util.Set<String> queryTokens = new java.util.LinkedHashSet<>();
        query.terms().forEach(t -> queryTokens.addAll(tokens(t)));
        return InMemoryPages.page(regulations.values().stream().filter(r -> r.city().equals(city))
                .filter(r -> query.terms().stream().allMatch(t -> contains(r.title(), t) || contains(r.text(), t)))
                .map(r -> new RegulationHit(r, score(queryTokens, tokens(r.title()), tokens(r.text())), 3 * queryTokens.size())),
                page, RegulationRepository::relevancePosition, BY_RELEVANCE);
    }

    private static final java.util.Comparator<Position> BY_RELEVANCE = java.util.Comparator
            .comparing((Position p) -> RegulationRepository.rank(p).score()).reversed()
            .thenComparing(java.util.Comparator.comparing((Position p) -> RegulationRepository.rank(p).effectiveOn()).reversed())
            .thenComparing(p -> p.uuidId().toString());

    private static int score(java.util.Set<String> queryTokens, List<String> title, List<String> text) {
        int score = 0;
        for (String t : queryTokens) {
            score += (holds(title, t) ? 2 : 0) + (holds(text, t) ? 1 : 0);
        }
        return score;
    }

    /** A lone Chinese character is held inside a bigram; any other token is held whole. */
    private static boolean holds(List<String> tokens, String token) {
        boolean lone = token.codePointCount(0, token.length()) == 1 && Character.isIdeographic(token.codePointAt(0));
        return tokens.stream().anyMatch(x -> lone ? x.startsWith(token) || x.endsWith(token) : x.equals(token));
    }

    /** Runs of Chinese characters as their bigrams (a lone one as itself), runs of other letters and digits as words. */
    static List<String> tokens(String text) {
        int[] cps = text.toLowerCase(java.util.Locale.ROOT).codePoints().toArray();
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int j = i;
            if (Character.isIdeographic(cps[i])) {
                while (j < cps.length && Character.isIdeographic(cps[j])) {
                    j++;
                }
                if (j - i == 1) {
                    out.add(new String(cps, i, 1));
                }
                for (int k = i; k + 1 < j; k++) {
                    out.add(new String(cps, k, 2));
                }
            } else if (Character.isLetterOrDigit(cps[i])) {
                while (j < cps.length && Character.isLetterOrDigit(cps[j]) && !Character.isIdeographic(cps[j])) {
                    j++;
                }
                out.add(new String(cps, i, j - i));
            } else {
                j++;
            }
            i = j;
        }
        return out;
    }

    private static boolean contains(String text, String term) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(term.toLowerCase(java.util.Locale.ROOT));
    }
}
