package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.grid.model.OrganisationKind;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.SyntheticIdentities;

/** What every {@link RegisterRepository} adapter must do; each adapter subclasses this with its own storage. */
public abstract class RegisterRepositoryContract {

    private final SyntheticIdentities identities = new SyntheticIdentities(20251001);
    private RegisterRepository repository;

    /** A repository over empty storage. */
    protected abstract RegisterRepository emptyRepository();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
    }

    private Dwelling dwelling(GridCode grid, String address, int households) {
        Dwelling dwelling = new Dwelling(DwellingId.random(), grid, address, households, 1);
        repository.addDwelling(dwelling);
        return dwelling;
    }

    private Resident resident(Dwelling home, String name) {
        Resident resident = new Resident(ResidentId.random(), home.id(), home.grid(), name, identities.idNumber(),
                Optional.of(identities.phoneNumber()));
        repository.addResident(resident);
        return resident;
    }

    private Organisation organisation(GridCode grid, String name) {
        Organisation organisation = new Organisation(OrganisationId.random(), grid, name, identities.creditCode(),
                OrganisationKind.INDIVIDUAL_BUSINESS, "总府路12号");
        repository.addOrganisation(organisation);
        return organisation;
    }

    @Test
    void aDwellingIsFoundAndChangesOnlyFromItsStoredVersion() {
        Dwelling home = dwelling(SampleEvents.ZONGFU_1, "总府路12号3栋2单元401", 1);
        Dwelling two = home.withHouseholds(2);
        repository.updateDwelling(two, 1);

        assertThat(repository.findDwelling(home.id())).contains(two);
        assertThatThrownBy(() -> repository.updateDwelling(home.withHouseholds(3), 1))
                .as("a change based on version 1 after version 2 was stored").isInstanceOf(StaleVersionException.class);
        assertThat(repository.findDwelling(home.id())).contains(two);
    }

    @Test
    void aResidentKeepsTheirNameIdNumberAndMobileIntact() {
        Resident stored = resident(dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1), "欧阳娜娜");

        assertThat(repository.findResident(stored.id()))
                .as("the clear values come back: encryption at rest is the adapter's, not the reader's, concern")
                .contains(stored);
    }

    @Test
    void aSecondResidentWithTheSameIdNumberInTheCityIsRefusedWithoutSayingWhere() {
        Resident first = resident(dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1), "张伟");
        Dwelling elsewhere = dwelling(SampleEvents.JINHUA_1, "锦华路1号", 1);
        Resident again = new Resident(ResidentId.random(), elsewhere.id(), elsewhere.grid(), "张伟", first.idNumber(), Optional.empty());

        assertThatThrownBy(() -> repository.addResident(again))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).contains("idNumber"))
                .satisfies(e -> assertThat(e.getMessage()).as("the refusal must not repeat the number nor name the grid")
                        .doesNotContain(first.idNumber().value()).doesNotContain(first.grid().value()));
        assertThat(repository.residentsOf(SampleEvents.JINHUA_1, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void theSameIdNumberMayBeRegisteredInAnotherCity() {
        IdNumber person = identities.idNumber();
        Dwelling chengdu = dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1);
        Dwelling zhanjiang = dwelling(SampleEvents.JINSHAWAN_1, "金沙湾1号", 1);
        repository.addResident(new Resident(ResidentId.random(), chengdu.id(), chengdu.grid(), "李娜", person, Optional.empty()));
        repository.addResident(new Resident(ResidentId.random(), zhanjiang.id(), zhanjiang.grid(), "李娜", person, Optional.empty()));

        assertThat(repository.countsWithin(SampleEvents.CHENGDU).residents()).isEqualTo(1);
    }

    @Test
    void aRemovedResidentLeavesListsAndCountsAndRemovingThemAgainIsNotFound() {
        Dwelling home = dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1);
        Resident staying = resident(home, "张伟");
        Resident leaving = resident(home, "李娜");

        repository.removeResident(leaving.id());

        assertThat(repository.residentsOf(SampleEvents.ZONGFU_1, PageRequest.first(10)).items()).containsExactly(staying);
        assertThat(repository.countsWithin(SampleEvents.ZONGFU).residents()).isEqualTo(1);
        assertThatThrownBy(() -> repository.removeResident(leaving.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOrganisationsCreditCodeIsUniqueInTheCity() {
        Organisation shop = organisation(SampleEvents.ZONGFU_1, "老码头火锅店");
        Organisation copy = new Organisation(OrganisationId.random(), SampleEvents.HONGXING_1, "另一家", shop.creditCode(),
                OrganisationKind.ENTERPRISE, "红星路1号");

        assertThatThrownBy(() -> repository.addOrganisation(copy)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).contains("creditCode"));
        assertThat(repository.organisationsOf(SampleEvents.ZONGFU_1, PageRequest.first(10)).items()).containsExactly(shop);
    }

    @Test
    void anOrganisationIsFoundByItsIdAndAnUnknownOneIsNot() {
        Organisation shop = organisation(SampleEvents.ZONGFU_1, "老码头火锅店");

        assertThat(repository.findOrganisation(shop.id())).contains(shop);
        assertThat(repository.findOrganisation(OrganisationId.random())).isEmpty();
    }

    @Test
    void countsRollUpFromGridsToCommunityStreetDistrictAndCity() {
        Dwelling a = dwelling(SampleEvents.ZONGFU_1, "总府路12号", 3);
        dwelling(SampleEvents.ZONGFU_2, "总府路14号", 2);
        Dwelling c = dwelling(SampleEvents.HONGXING_1, "红星路1号", 4);
        Dwelling d = dwelling(SampleEvents.JINHUA_1, "锦华路1号", 5);
        dwelling(SampleEvents.JINSHAWAN_1, "金沙湾1号", 7);
        resident(a, "张伟");
        resident(a, "李娜");
        resident(c, "王芳");
        resident(d, "赵强");
        organisation(SampleEvents.ZONGFU_2, "老码头火锅店");

        assertThat(repository.countsWithin(SampleEvents.ZONGFU)).as("community 总府路")
                .isEqualTo(new RegisterCounts(2, 5, 2, 1));
        assertThat(repository.countsWithin(SampleEvents.CHUNXI_ROAD)).as("street 春熙路")
                .isEqualTo(new RegisterCounts(3, 9, 3, 1));
        assertThat(repository.countsWithin(SampleEvents.JINJIANG)).as("district 锦江区")
                .isEqualTo(new RegisterCounts(4, 14, 4, 1));
        assertThat(repository.countsWithin(SampleEvents.CHENGDU)).as("city 成都, not Zhanjiang's dwelling")
                .isEqualTo(new RegisterCounts(4, 14, 4, 1));
        assertThat(repository.countsWithin(SampleEvents.JINHUA.parent().orElseThrow().parent().orElseThrow()))
                .as("the same district reached from another community").isEqualTo(new RegisterCounts(4, 14, 4, 1));
    }

    @Test
    void countsByGridGiveEachGridItsOwnAndLeaveOutEmptyOnes() {
        Dwelling a = dwelling(SampleEvents.ZONGFU_1, "总府路12号", 3);
        resident(a, "张伟");
        organisation(SampleEvents.ZONGFU_2, "老码头火锅店");

        assertThat(repository.countsByGrid(SampleEvents.ZONGFU)).isEqualTo(Map.of(
                SampleEvents.ZONGFU_1, new RegisterCounts(1, 3, 1, 0),
                SampleEvents.ZONGFU_2, new RegisterCounts(0, 0, 0, 1)));
        assertThat(repository.countsWithin(SampleEvents.HONGXING)).isEqualTo(RegisterCounts.NONE);
    }

    @Test
    void listsAreOrderedAndPaged() {
        Dwelling b = dwelling(SampleEvents.ZONGFU_1, "总府路14号", 1);
        Dwelling a = dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1);
        Resident zhang = resident(a, "张伟");
        Resident li = resident(b, "李娜");
        Resident wang = resident(a, "王芳");

        assertThat(repository.dwellingsOf(SampleEvents.ZONGFU_1, PageRequest.first(10)).items()).containsExactly(a, b);
        assertThat(repository.residentsOf(SampleEvents.ZONGFU_1, PageRequest.first(10)).items())
                .as("by name in the storage's ordering of Chinese text: the same three, each once").containsExactlyInAnyOrder(zhang, li, wang);
        Slice<Resident> first = repository.residentsOf(SampleEvents.ZONGFU_1, PageRequest.first(2));
        assertThat(first.items()).hasSize(2);
        assertThat(repository.residentsOf(SampleEvents.ZONGFU_1, PageRequest.after(first.next().orElseThrow(), 2)).items())
                .as("the page after two of three").hasSize(1).doesNotContainAnyElementsOf(first.items());
    }

    /** Registers on ZONGFU_1 with repeated addresses and names, and as many on the neighbouring grid, which the lists leave out. */
    private Dwelling registersOnTwoGrids() {
        Dwelling home = null;
        for (int i = 0; i < 5; i++) {
            for (GridCode grid : new GridCode[] {SampleEvents.ZONGFU_1, SampleEvents.ZONGFU_2}) {
                Dwelling d = dwelling(grid, "总府路" + (i % 3) + "号", 1);
                resident(d, i % 2 == 0 ? "张伟" : "李娜" + i);
                organisation(grid, "春熙商行" + (i % 2));
                home = grid.equals(SampleEvents.ZONGFU_1) ? d : home;
            }
        }
        return home;
    }

    @Test
    void pagesOfEachRegisterCoverTheGridsListOnceInOrderWithTiesBrokenById() {
        registersOnTwoGrids();

        for (int size : new int[] {1, 2, 3}) {
            KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> repository.dwellingsOf(SampleEvents.ZONGFU_1, page), Dwelling::id, size);
            KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> repository.residentsOf(SampleEvents.ZONGFU_1, page), Resident::id, size);
            KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> repository.organisationsOf(SampleEvents.ZONGFU_1, page),
                    Organisation::id, size);
        }
        assertThat(KeysetPaging.everyPage(page -> repository.residentsOf(SampleEvents.ZONGFU_1, page), 2))
                .as("full pages of the grid's five residents, none of the neighbouring grid's").hasSize(5)
                .allMatch(r -> r.grid().equals(SampleEvents.ZONGFU_1));
    }

    @Test
    void aCursorOfARegisterStaysWhereItWasWhileEntriesArrive() {
        registersOnTwoGrids();

        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> repository.dwellingsOf(SampleEvents.ZONGFU_1, page), Dwelling::id, 2,
                () -> {
                    dwelling(SampleEvents.ZONGFU_1, "总府路0号", 2);
                    dwelling(SampleEvents.ZONGFU_1, "总府路9号", 2);
                });
        Dwelling home = repository.dwellingsOf(SampleEvents.ZONGFU_1, PageRequest.first(1)).items().getFirst();
        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> repository.residentsOf(SampleEvents.ZONGFU_1, page), Resident::id, 2,
                () -> {
                    resident(home, "张伟");
                    resident(home, "阿依古丽");
                    resident(home, "赵六");
                });
        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> repository.organisationsOf(SampleEvents.ZONGFU_1, page),
                Organisation::id, 2, () -> {
                    organisation(SampleEvents.ZONGFU_1, "春熙商行0");
                    organisation(SampleEvents.ZONGFU_1, "一家店");
                    organisation(SampleEvents.ZONGFU_1, "龙抄手");
                });
    }

    @Test
    void aResidentsPositionDoesNotCarryTheNameInClear() {
        Dwelling home = dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1);
        resident(home, "欧阳娜娜");
        resident(home, "欧阳娜娜");

        Position next = repository.residentsOf(SampleEvents.ZONGFU_1, PageRequest.first(1)).next().orElseThrow();

        assertThat(next.key()).as("the key of a position that goes out in a cursor to callers who see names masked")
                .doesNotContain("欧阳").doesNotContain("娜娜");
        assertThat(repository.residentsOf(SampleEvents.ZONGFU_1, PageRequest.after(next, 1)).items())
                .as("and yet the page after it is found").hasSize(1);
        assertThatThrownBy(() -> repository.residentsOf(SampleEvents.ZONGFU_1,
                PageRequest.after(new Position("欧阳娜娜", next.id()), 1)))
                .as("a key the adapter did not write is an invalid cursor")
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("cursor"));
    }
}
