package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;

/** What every {@link GridRepository} adapter must do; each adapter subclasses this with its own storage. */
public abstract class GridRepositoryContract {

    private static final AreaCode ZONGFU = SampleEvents.ZONGFU;
    private static final Boundary SQUARE = new Boundary(List.of(new Position(104.080, 30.655), new Position(104.083, 30.655),
            new Position(104.083, 30.658), new Position(104.080, 30.658), new Position(104.080, 30.655)));

    private GridRepository repository;

    /** A repository over empty storage. */
    protected abstract GridRepository emptyRepository();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
    }

    private static Grid total() {
        return Grid.create(GridCode.of(ZONGFU, 0), GridTier.TOTAL, "总府路社区总网格", Optional.empty(), Optional.empty());
    }

    private static Grid general(int serial) {
        return Grid.create(GridCode.of(ZONGFU, serial), GridTier.GENERAL, "第" + serial + "网格",
                Optional.of(GridCode.of(ZONGFU, 0)), Optional.of(SQUARE));
    }

    private static GridMember worker(GridPost post, String name) {
        return new GridMember(MemberId.random(), post, name, new PhoneNumber("13812345678"));
    }

    @Test
    void aStoredGridIsFoundWithItsChineseNameBoundaryAndMembersIntact() {
        Grid grid = general(1).assign(worker(GridPost.RESPONSIBLE_WORKER, "王芳")).grid();
        repository.add(total());
        repository.add(grid);

        assertThat(repository.find(grid.code())).as("the grid as stored, members and boundary included").contains(grid);
        assertThat(repository.find(GridCode.of(ZONGFU, 9))).as("never stored").isEmpty();
        assertThat(repository.exists(grid.code())).isTrue();
        assertThat(repository.exists(GridCode.of(ZONGFU, 9))).as("never stored").isFalse();
    }

    @Test
    void theGridsOfAMemberAreThoseTheyHoldAPostOnByCode() {
        GridMember wang = worker(GridPost.RESPONSIBLE_WORKER, "王芳");
        repository.add(general(2).assign(wang).grid());
        repository.add(general(1).assign(new GridMember(wang.id(), GridPost.ASSISTANT_WORKER, "王芳", wang.contact())).grid());
        repository.add(general(3).assign(worker(GridPost.RESPONSIBLE_WORKER, "李敏")).grid());

        assertThat(repository.gridsOf(wang.id())).containsExactly(general(1).code(), general(2).code());
        assertThat(repository.gridsOf(MemberId.random())).isEmpty();
    }

    @Test
    void addingAGridWhoseCodeIsTakenIsAConflictAndKeepsTheFirst() {
        repository.add(general(1));
        Grid sameCode = Grid.create(GridCode.of(ZONGFU, 1), GridTier.GENERAL, "另一个", Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> repository.add(sameCode)).isInstanceOf(ConflictException.class);
        assertThat(repository.find(sameCode.code()).orElseThrow().name()).isEqualTo("第1网格");
    }

    @Test
    void anUpdateBasedOnTheStoredVersionReplacesTheGrid() {
        Grid stored = general(1);
        repository.add(stored);
        Grid staffed = stored.assign(worker(GridPost.RESPONSIBLE_WORKER, "王芳")).grid();

        repository.update(staffed, stored.version());

        assertThat(repository.find(stored.code())).contains(staffed);
    }

    @Test
    void anUpdateBasedOnAnOlderVersionIsRefusedAndChangesNothing() {
        Grid stored = general(1);
        repository.add(stored);
        Grid first = stored.assign(worker(GridPost.RESPONSIBLE_WORKER, "王芳")).grid();
        Grid second = stored.assign(worker(GridPost.PARTY_INSTRUCTOR, "陈刚")).grid();
        repository.update(first, stored.version());

        assertThatThrownBy(() -> repository.update(second, stored.version()))
                .as("a second writer whose copy predates the first update")
                .isInstanceOf(StaleVersionException.class);
        assertThat(repository.find(stored.code())).contains(first);
    }

    @Test
    void updatingAGridThatWasNeverStoredIsNotFound() {
        Grid never = general(1);
        assertThatThrownBy(() -> repository.update(never.withBoundary(Optional.empty()), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void ofCommunityListsEveryGridOfTheCommunityInCodeOrderBuildingSubGridsIncluded() {
        Grid building = Grid.create(GridCode.of(ZONGFU, 1).building(1), GridTier.BUILDING, "3栋",
                Optional.of(GridCode.of(ZONGFU, 1)), Optional.empty());
        Grid neighbour = Grid.create(GridCode.of(SampleEvents.HONGXING, 1), GridTier.GENERAL, "红星第1网格",
                Optional.empty(), Optional.empty());
        repository.add(building);
        repository.add(general(2));
        repository.add(neighbour);
        repository.add(total());
        repository.add(general(1));

        assertThat(repository.ofCommunity(ZONGFU)).extracting(g -> g.code().value())
                .as("the community's grids by code, not the neighbouring community's")
                .containsExactly("510104022001000", "510104022001001", "510104022001001B001", "510104022001002");
    }

    @Test
    void gridsWithoutAResponsibleWorkerAreListedByAreaPrefixExceptBuildingSubGrids() {
        repository.add(total().assign(worker(GridPost.RESPONSIBLE_WORKER, "李敏")).grid());
        repository.add(general(1).assign(worker(GridPost.ASSISTANT_WORKER, "赵强")).grid());
        repository.add(general(2));
        repository.add(Grid.create(GridCode.of(ZONGFU, 1).building(1), GridTier.BUILDING, "3栋",
                Optional.of(GridCode.of(ZONGFU, 1)), Optional.empty()));
        repository.add(Grid.create(SampleEvents.JINHUA_1, GridTier.GENERAL, "锦华第1网格", Optional.empty(), Optional.empty()));

        assertThat(repository.withoutResponsibleWorker(SampleEvents.CHUNXI_ROAD, PageRequest.first(10)).items())
                .extracting(g -> g.code().value())
                .as("grids of 春熙路街道 lacking a responsible worker: an assistant is not one; building sub-grids are led by building heads")
                .containsExactly("510104022001001", "510104022001002");
        var afterFirst = repository.withoutResponsibleWorker(SampleEvents.JINJIANG, PageRequest.first(1)).next().orElseThrow();
        assertThat(repository.withoutResponsibleWorker(SampleEvents.JINJIANG, PageRequest.after(afterFirst, 2)).items())
                .extracting(g -> g.code().value()).as("second and third of the district's gaps, by code")
                .containsExactly("510104022001001", "510104022001002");
    }

    @Test
    void pagesOfTheCommunitysGridsCoverItOnceByCodeAndACursorStaysWhileGridsArrive() {
        repository.add(total());
        for (int serial = 2; serial <= 8; serial += 2) {
            repository.add(general(serial));
        }
        repository.add(Grid.create(GridCode.of(ZONGFU, 2).building(1), GridTier.BUILDING, "3栋",
                Optional.of(GridCode.of(ZONGFU, 2)), Optional.empty()));
        repository.add(Grid.create(GridCode.of(SampleEvents.HONGXING, 1), GridTier.GENERAL, "红星第1网格",
                Optional.empty(), Optional.empty()));

        for (int size : new int[] {1, 2, 4}) {
            KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> repository.ofCommunity(ZONGFU, page), Grid::code, size);
        }
        assertThat(KeysetPaging.everyPage(page -> repository.ofCommunity(ZONGFU, page), 2)).as("the pages hold what the whole read does")
                .containsExactlyElementsOf(repository.ofCommunity(ZONGFU));
        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> repository.ofCommunity(ZONGFU, page), Grid::code, 2, () -> {
            repository.add(general(1));
            repository.add(general(5));
            repository.add(general(9));
        });
    }

    @Test
    void pagesOfGridsLackingAResponsibleWorkerAreFullWhileSuchGridsRemainAndStayWhileGridsArrive() {
        for (int serial = 1; serial <= 9; serial++) {
            Grid grid = general(serial);
            repository.add(serial % 3 == 0 ? grid : grid.assign(worker(GridPost.RESPONSIBLE_WORKER, "李敏" + serial)).grid());
        }
        repository.add(general(10));
        repository.add(general(12));

        List<Grid> gaps = KeysetPaging.everyPage(page -> repository.withoutResponsibleWorker(SampleEvents.JINJIANG, page), 2);
        assertThat(gaps).extracting(g -> g.code().value()).as("five gaps among eleven grids, in full pages")
                .containsExactly("510104022001003", "510104022001006", "510104022001009", "510104022001010", "510104022001012");
        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> repository.withoutResponsibleWorker(SampleEvents.JINJIANG, page),
                Grid::code, 2, () -> {
                    repository.add(total());
                    repository.add(general(11));
                    repository.add(general(14));
                });
    }
}
