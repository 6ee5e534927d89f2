package org.shizhi.domain.consultation.port.out;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureId;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.Disposal;
import org.shizhi.domain.consultation.model.DisposalRef;
import org.shizhi.domain.consultation.model.LateDisposal;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/** Boards, items and ledgers in memory, every method synchronized; the reports computed as the SQL does. */
public final class InMemoryDisclosureRepository implements DisclosureRepository {

    private final Map<AreaCode, DisclosureBoard> boards = new TreeMap<>();
    private final Map<DisclosureId, DisclosureItem> items = new LinkedHashMap<>();
    private final Map<AssetId, VillageAsset> assets = new LinkedHashMap<>();

    @Override
    public synchronized void saveBoard(DisclosureBoard board) {
        boards.put(board.community(), board);
    }

    @Override
    public synchronized Optional<DisclosureBoard> board(AreaCode community) {
        return Optional.ofNullable(boards.get(community));
    }

    @Override
    public synchronized void publish(DisclosureItem item) {
        if (items.putIfAbsent(item.id(), item) != null) {
            throw new StaleVersionException("item " + item.id() + " is stored already");
        }
    }

    @Override
    public synchronized Slice<DisclosureItem> items(AreaCode community, Optional<YearMonth> period, PageRequest page) {
        Comparator<Position> newestFirst = Comparator.comparing(Position::dateKey).reversed()
                .thenComparing(p -> p.uuidId().toString());
        return InMemoryPages.page(items.values().stream().filter(i -> i.community().equals(community))
                        .filter(i -> period.map(p -> p.equals(i.period())).orElse(true)),
                page, DisclosureRepository::publishedPosition, newestFirst);
    }

    @Override
    public synchronized void saveAsset(VillageAsset a) {
        VillageAsset stored = assets.get(a.id());
        if (a.version() == 1 ? stored != null : stored == null || stored.version() != a.version() - 1) {
            throw new StaleVersionException("asset " + a.id() + " is not at version " + (a.version() - 1));
        }
        assets.put(a.id(), a);
    }

    @Override
    public synchronized Optional<VillageAsset> asset(AssetId id) {
        return Optional.ofNullable(assets.get(id));
    }

    @Override
    public synchronized Slice<VillageAsset> assets(AreaCode community, PageRequest page) {
        return InMemoryPages.page(assets.values().stream().filter(a -> a.community().equals(community)), page,
                DisclosureRepository::assetPosition, InMemoryPages.byTextThenUuid());
    }

    @Override
    public synchronized Slice<DisclosureBoard> silentBoards(AreaCode area, YearMonth period, PageRequest page) {
        return InMemoryPages.page(boards.values().stream().filter(b -> area.contains(b.community()))
                        .filter(b -> !b.openedOn().isAfter(period.atEndOfMonth()))
                        .filter(b -> items.values().stream().noneMatch(i -> i.community().equals(b.community()) && i.period().equals(period))),
                page, DisclosureRepository::boardPosition, InMemoryPages.byText());
    }

    @Override
    public synchronized Slice<LateDisposal> lateDisposals(AreaCode area, int days, LocalDate today, PageRequest page) {
        List<LateDisposal> late = new ArrayList<>();
        for (VillageAsset a : assets.values()) {
            if (!area.contains(a.community())) {
                continue;
            }
            for (Disposal d : a.disposals()) {
                DisposalRef ref = new DisposalRef(a.id(), d.seq());
                Optional<LocalDate> disclosed = items.values().stream().filter(i -> i.disposals().contains(ref))
                        .map(DisclosureItem::publishedOn).min(Comparator.naturalOrder());
                int waited = (int) ChronoUnit.DAYS.between(d.disposedOn(), disclosed.orElse(today));
                if (waited > days) {
                    late.add(new LateDisposal(a.id(), a.community(), a.name(), d, disclosed, waited));
                }
            }
        }
        Comparator<Position> order = Comparator.comparing(Position::dateKey)
                .thenComparing(p -> DisclosureRepository.lateRef(p).asset().toString())
                .thenComparing(p -> DisclosureRepository.lateRef(p).seq());
        return InMemoryPages.page(late.stream(), page, DisclosureRepository::latePosition, order);
    }

    @Override
    public synchronized Coverage coverage(AreaCode area, LocalDate from, LocalDate to) {
        List<DisclosureBoard> open = boards.values().stream().filter(b -> area.contains(b.community()))
                .filter(b -> !b.openedOn().isAfter(to)).toList();
        int disclosing = (int) open.stream().filter(b -> items.values().stream().anyMatch(i -> i.community().equals(b.community())
                && !i.publishedOn().isBefore(from) && !i.publishedOn().isAfter(to))).count();
        return new Coverage(open.size(), disclosing);
    }

    @Override
    public synchronized Map<AreaCode, Coverage> coverageByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        Map<AreaCode, Coverage> out = new TreeMap<>();
        boards.values().stream().filter(b -> within.contains(b.community())).map(b -> unit(b.community(), level)).distinct()
                .forEach(unit -> out.put(unit, coverage(unit, from, to)));
        out.values().removeIf(c -> c.boards() == 0);
        return out;
    }

    private static AreaCode unit(AreaCode area, AdminLevel level) {
        String prefix = area.value().substring(0, level.significantDigits());
        return AreaCode.of(prefix + "0".repeat(12 - prefix.length()));
    }
}
