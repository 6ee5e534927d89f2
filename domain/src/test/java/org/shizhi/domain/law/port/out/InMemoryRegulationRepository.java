package org.shizhi.domain.law.port.out;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationQuery;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
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

    /** Plain substring matching, ignoring case: on Chinese words the database's bigram phrases find the same. */
    @Override
    public synchronized Slice<Regulation> matching(AreaCode city, RegulationQuery query, PageRequest page) {
        if (query.terms().stream().noneMatch(t -> t.codePoints().anyMatch(Character::isLetterOrDigit))) {
            throw new org.shizhi.domain.shared.InvalidValueException("q", "the search has no word to look for, only punctuation");
        }
        return InMemoryPages.page(regulations.values().stream().filter(r -> r.city().equals(city))
                .filter(r -> query.terms().stream().allMatch(t -> contains(r.title(), t) || contains(r.text(), t))), page,
                RegulationRepository::effectivePosition, InMemoryPages.byDate());
    }

    private static boolean contains(String text, String term) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(term.toLowerCase(java.util.Locale.ROOT));
    }
}
