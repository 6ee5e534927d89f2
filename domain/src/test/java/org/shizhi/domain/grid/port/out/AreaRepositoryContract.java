package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.AreaCode;

/** What every {@link AreaRepository} adapter must do; each adapter subclasses this with its own storage. */
public abstract class AreaRepositoryContract {

    protected static final Area CHENGDU = new Area(AreaCode.of("510100000000"), "成都市");
    protected static final Area JINJIANG = new Area(AreaCode.of("510104000000"), "锦江区");
    protected static final Area WUHOU = new Area(AreaCode.of("510107000000"), "武侯区");
    protected static final Area CHUNXI_ROAD = new Area(AreaCode.of("510104020000"), "春熙路街道");

    private AreaRepository repository;

    /** A repository over empty storage. */
    protected abstract AreaRepository emptyRepository();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
    }

    @Test
    void aStoredAreaIsFoundByItsCodeWithItsChineseNameIntact() {
        repository.addAll(List.of(CHENGDU, JINJIANG));

        assertThat(repository.find(JINJIANG.code())).as("stored district").contains(JINJIANG);
        assertThat(repository.find(AreaCode.of("510105000000"))).as("never stored").isEmpty();
    }

    @Test
    void childrenAreTheDirectDescendantsOrderedByCode() {
        repository.addAll(List.of(CHENGDU, WUHOU, JINJIANG, CHUNXI_ROAD));

        assertThat(repository.children(CHENGDU.code()))
                .as("districts of Chengdu, not its streets, in code order")
                .containsExactly(JINJIANG, WUHOU);
        assertThat(repository.children(CHUNXI_ROAD.code())).as("a street with no communities").isEmpty();
    }

    @Test
    void aBatchMayListChildrenBeforeTheirParents() {
        repository.addAll(List.of(CHUNXI_ROAD, JINJIANG, CHENGDU));

        assertThat(repository.children(JINJIANG.code())).containsExactly(CHUNXI_ROAD);
        assertThat(repository.count()).isEqualTo(3);
    }

    @Test
    void existingAnswersWhichCodesAreStored() {
        repository.addAll(List.of(CHENGDU, JINJIANG));

        assertThat(repository.existing(List.of(JINJIANG.code(), WUHOU.code())))
                .isEqualTo(Set.of(JINJIANG.code()));
        assertThat(repository.existing(List.of())).isEmpty();
    }

    @Test
    void citiesAreTheStoredCityLevelAreasInCodeOrder() {
        Area zhanjiang = new Area(AreaCode.of("440800000000"), "湛江市");
        repository.addAll(List.of(CHENGDU, JINJIANG, zhanjiang));

        assertThat(repository.cities()).containsExactly(zhanjiang, CHENGDU);
    }

    @Test
    void countIsTheNumberOfStoredAreas() {
        assertThat(repository.count()).as("empty storage").isZero();
        repository.addAll(List.of(CHENGDU, JINJIANG, WUHOU));
        assertThat(repository.count()).isEqualTo(3);
    }

    @Test
    void aBatchWithADuplicateOfAStoredCodeStoresNothing() {
        repository.addAll(List.of(CHENGDU));

        try {
            repository.addAll(List.of(JINJIANG, CHENGDU));
        } catch (RuntimeException expected) {
            // the service checks first; the storage must still never keep half a batch
        }

        assertThat(repository.find(JINJIANG.code())).as("first area of the refused batch").isEmpty();
        assertThat(repository.count()).isEqualTo(1);
    }
}
