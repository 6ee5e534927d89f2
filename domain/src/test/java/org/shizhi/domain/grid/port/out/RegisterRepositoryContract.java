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
import org.shizhi.domain.shared.Page;
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
        assertThat(repository.residentsOf(SampleEvents.JINHUA_1, Page.first(10))).isEmpty();
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

        assertThat(repository.residentsOf(SampleEvents.ZONGFU_1, Page.first(10))).containsExactly(staying);
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
        assertThat(repository.organisationsOf(SampleEvents.ZONGFU_1, Page.first(10))).containsExactly(shop);
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

        assertThat(repository.dwellingsOf(SampleEvents.ZONGFU_1, Page.first(10))).containsExactly(a, b);
        assertThat(repository.residentsOf(SampleEvents.ZONGFU_1, Page.first(10)))
                .as("by name in the storage's ordering of Chinese text: the same three, each once").containsExactlyInAnyOrder(zhang, li, wang);
        assertThat(repository.residentsOf(SampleEvents.ZONGFU_1, new Page(1, 1))).hasSize(1);
        assertThat(repository.residentsOf(SampleEvents.ZONGFU_1, new Page(3, 1))).isEmpty();
    }
}
