package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;

class GridTest {

    private static final AreaCode ZONGFU = SampleEvents.ZONGFU;
    private static final PhoneNumber MOBILE = new PhoneNumber("13812345678");

    private static Grid general() {
        return Grid.create(GridCode.of(ZONGFU, 1), GridTier.GENERAL, "第1网格", Optional.empty(), Optional.empty());
    }

    private static GridMember member(GridPost post, String name) {
        return new GridMember(MemberId.random(), post, name, MOBILE);
    }

    @Test
    void aNewResponsibleWorkerTakesOverFromTheCurrentOneInOneChange() {
        GridMember wang = member(GridPost.RESPONSIBLE_WORKER, "王芳");
        GridMember li = member(GridPost.RESPONSIBLE_WORKER, "李敏");
        Grid staffed = general().assign(wang).grid();

        Grid.Staffed handover = staffed.assign(li);

        assertThat(handover.replaced()).contains(wang);
        assertThat(handover.grid().responsibleWorker()).contains(li);
        assertThat(handover.grid().members()).containsExactly(li);
        assertThat(handover.grid().version()).isEqualTo(3);
    }

    @Test
    void aGridWithOnlyAnAssistantLacksAResponsibleWorkerButABuildingSubGridNeverDoes() {
        Grid assisted = general().assign(member(GridPost.ASSISTANT_WORKER, "赵强")).grid();
        Grid building = Grid.create(GridCode.of(ZONGFU, 1).building(1), GridTier.BUILDING, "3栋",
                Optional.of(GridCode.of(ZONGFU, 1)), Optional.empty());

        assertThat(assisted.lacksResponsibleWorker()).isTrue();
        assertThat(building.lacksResponsibleWorker()).as("led by building heads").isFalse();
    }

    @Test
    void buildingHeadsLeadBuildingSubGridsOnly() {
        Grid building = Grid.create(GridCode.of(ZONGFU, 1).building(1), GridTier.BUILDING, "3栋",
                Optional.of(GridCode.of(ZONGFU, 1)), Optional.empty());

        assertThat(building.assign(member(GridPost.BUILDING_HEAD, "陈刚")).grid().assign(member(GridPost.BUILDING_HEAD, "刘洋"))
                .grid().members()).as("正副楼长").hasSize(2);
        assertThatThrownBy(() -> general().assign(member(GridPost.BUILDING_HEAD, "陈刚")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("building heads lead building sub-grids");
    }

    @Test
    void releasingSomeoneWhoIsNotOnTheGridIsNotFound() {
        assertThatThrownBy(() -> general().release(MemberId.random())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCodeMustAgreeWithTheTierAndTheParent() {
        assertThatThrownBy(() -> Grid.create(GridCode.of(ZONGFU, 1), GridTier.TOTAL, "总网格", Optional.empty(), Optional.empty()))
                .hasMessageContaining("total grid has serial 000");
        assertThatThrownBy(() -> Grid.create(GridCode.of(ZONGFU, 0), GridTier.GENERAL, "第0网格", Optional.empty(), Optional.empty()))
                .hasMessageContaining("reserved for the community's total grid");
        assertThatThrownBy(() -> Grid.create(GridCode.of(ZONGFU, 5), GridTier.MICRO, "微网格", Optional.empty(), Optional.empty()))
                .hasMessageContaining("MICRO grid needs a parent");
        assertThatThrownBy(() -> Grid.create(GridCode.of(ZONGFU, 1).building(1), GridTier.BUILDING, "3栋",
                Optional.of(GridCode.of(ZONGFU, 2)), Optional.empty()))
                .hasMessageContaining("must have parent 510104022001001");
        assertThatThrownBy(() -> Grid.create(GridCode.of(ZONGFU, 5), GridTier.GENERAL, "第5网格",
                Optional.of(GridCode.of(SampleEvents.HONGXING, 0)), Optional.empty()))
                .hasMessageContaining("another community");
    }

    @Test
    void tiersNestFromTotalToBuilding() {
        assertThat(GridTier.GENERAL.mayHaveParent(GridTier.TOTAL)).isTrue();
        assertThat(GridTier.MICRO.mayHaveParent(GridTier.GENERAL)).isTrue();
        assertThat(GridTier.MICRO.mayHaveParent(GridTier.MICRO)).isFalse();
        assertThat(GridTier.BUILDING.mayHaveParent(GridTier.MICRO)).isTrue();
        assertThat(GridTier.BUILDING.mayHaveParent(GridTier.BUILDING)).isFalse();
        assertThat(GridTier.TOTAL.mayHaveParent(GridTier.TOTAL)).isFalse();
    }
}
