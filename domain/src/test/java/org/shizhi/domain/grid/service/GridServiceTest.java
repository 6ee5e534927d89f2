package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.service.GridWorld.AUDITOR;
import static org.shizhi.domain.grid.service.GridWorld.CITY_ADMIN;
import static org.shizhi.domain.grid.service.GridWorld.DACI;
import static org.shizhi.domain.grid.service.GridWorld.NEIGHBOUR_STAFF;
import static org.shizhi.domain.grid.service.GridWorld.OFFICER;
import static org.shizhi.domain.grid.service.GridWorld.STAFF;
import static org.shizhi.domain.grid.service.GridWorld.ZHANJIANG_ADMIN;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterDwellingCommand;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.CreateGridCommand;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.GridCreated;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.RedrawBoundaryCommand;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase.AssignMemberCommand;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase.MemberAssigned;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase.ReleaseMemberCommand;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Actor;

class GridServiceTest {

    private static final Boundary BLOCK = Boundary.of(List.of(List.of(104.080, 30.655), List.of(104.083, 30.655),
            List.of(104.083, 30.658), List.of(104.080, 30.658), List.of(104.080, 30.655)));
    private static final Actor DACI_STAFF = GridWorld.actor("sun.li", DACI, Role.COMMUNITY_STAFF);

    private final GridWorld world = new GridWorld();
    private final GridService service = world.gridService;

    private GridCode create(GridTier tier, String name, GridCode parent) {
        return service.createGrid(CITY_ADMIN, new CreateGridCommand(DACI, tier, name, Optional.ofNullable(parent), Optional.empty())).code();
    }

    @Test
    void gridCodesAreDerivedFromTheCommunityWithTheTotalGridAtSerialZero() {
        GridCode total = create(GridTier.TOTAL, "大慈寺社区总网格", null);
        GridCode first = create(GridTier.GENERAL, "第一网格", total);
        GridCode second = create(GridTier.GENERAL, "第二网格", total);
        GridCode micro = create(GridTier.MICRO, "第一微网格", first);
        GridCode building = create(GridTier.BUILDING, "3栋", micro);
        GridCode nextBuilding = create(GridTier.BUILDING, "4栋", micro);

        assertThat(List.of(total, first, second, micro, building, nextBuilding)).extracting(GridCode::value).containsExactly(
                "510104022003000", "510104022003001", "510104022003002", "510104022003003",
                "510104022003003B001", "510104022003003B002");
    }

    @Test
    void theTiersNestAndACommunityHasOneTotalGrid() {
        GridCode total = create(GridTier.TOTAL, "总网格", null);
        GridCode general = create(GridTier.GENERAL, "第一网格", total);
        GridCode micro = create(GridTier.MICRO, "微网格", general);
        GridCode building = create(GridTier.BUILDING, "3栋", micro);

        assertThatThrownBy(() -> create(GridTier.TOTAL, "另一个总网格", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already has its total grid 510104022003000");
        assertThatThrownBy(() -> create(GridTier.MICRO, "微网格下的微网格", micro))
                .isInstanceOf(ConflictException.class).hasMessageContaining("a MICRO grid cannot lie under grid 510104022003002, a MICRO grid");
        assertThatThrownBy(() -> create(GridTier.BUILDING, "楼中楼", building)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> create(GridTier.MICRO, "无上级微网格", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a parent grid");
        assertThat(world.grids.ofCommunity(DACI)).hasSize(4);
    }

    @Test
    void aGridIsCreatedOnlyInAKnownCommunityOfTheCallersJurisdictionByAnAdministrator() {
        int before = world.grids.size();

        assertThatThrownBy(() -> service.createGrid(CITY_ADMIN, new CreateGridCommand(AreaCode.of("510104022009"),
                GridTier.GENERAL, "第一网格", Optional.empty(), Optional.empty())))
                .isInstanceOf(NotFoundException.class).hasMessage("community 510104022009 was not found");
        assertThatThrownBy(() -> service.createGrid(ZHANJIANG_ADMIN, new CreateGridCommand(DACI, GridTier.GENERAL, "第一网格",
                Optional.empty(), Optional.empty()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.createGrid(AUDITOR, new CreateGridCommand(DACI, GridTier.GENERAL, "第一网格",
                Optional.empty(), Optional.empty()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createGrid(CITY_ADMIN, new CreateGridCommand(DACI, GridTier.MICRO, "微网格",
                Optional.of(GridCode.of(DACI, 7)), Optional.empty()))).as("an unknown parent").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new CreateGridCommand(CHUNXI_STREET, GridTier.GENERAL, "街道网格", Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("grids belong to a community");
        assertThat(world.grids.size()).isEqualTo(before);
    }

    private static final AreaCode CHUNXI_STREET = SampleEvents.CHUNXI_ROAD;

    @Test
    void aBoundaryThatDoesNotCloseNeverReachesTheServiceAndAStaleRedrawIsRefused() {
        GridCode grid = create(GridTier.GENERAL, "第一网格", null);

        assertThatThrownBy(() -> Boundary.of(List.of(List.of(104.080, 30.655), List.of(104.083, 30.655),
                List.of(104.083, 30.658), List.of(104.080, 30.658))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must close");
        var redrawn = service.redrawBoundary(CITY_ADMIN, new RedrawBoundaryCommand(grid, 1, Optional.of(BLOCK)));
        assertThat(redrawn.version()).isEqualTo(2);
        assertThatThrownBy(() -> service.redrawBoundary(CITY_ADMIN, new RedrawBoundaryCommand(grid, 1, Optional.empty())))
                .isInstanceOf(StaleVersionException.class).hasMessageContaining("is at version 2; the change was based on version 1");
        assertThat(world.grids.find(grid).orElseThrow().boundary()).contains(BLOCK);
    }

    @Test
    void aNewResponsibleWorkerTakesOverAndAGridLeftWithoutOneIsReported() {
        GridCode grid = create(GridTier.GENERAL, "第一网格", null);
        assertThat(service.withoutResponsibleWorker(OFFICER, SampleEvents.CHUNXI_ROAD, PageRequest.first(50)).items())
                .extracting(GridView::code).contains(grid);

        MemberAssigned wang = service.assign(DACI_STAFF, new AssignMemberCommand(grid, 1, GridPost.RESPONSIBLE_WORKER, "王芳",
                new PhoneNumber("13812345678")));
        MemberAssigned li = service.assign(DACI_STAFF, new AssignMemberCommand(grid, wang.version(), GridPost.RESPONSIBLE_WORKER, "李敏",
                new PhoneNumber("13987654321")));

        assertThat(li.replaced()).contains(wang.member());
        assertThat(service.withoutResponsibleWorker(OFFICER, SampleEvents.CHUNXI_ROAD, PageRequest.first(50)).items())
                .extracting(GridView::code).doesNotContain(grid);

        var released = service.release(DACI_STAFF, new ReleaseMemberCommand(grid, li.version(), li.member()));
        assertThat(released.gridLacksResponsibleWorker()).isTrue();
        assertThat(service.grid(OFFICER, grid).lacksResponsibleWorker()).isTrue();
    }

    @Test
    void staffOfAnotherCommunityCannotPutPeopleOnThisGrid() {
        GridCode grid = create(GridTier.GENERAL, "第一网格", null);

        assertThatThrownBy(() -> service.assign(NEIGHBOUR_STAFF, new AssignMemberCommand(grid, 1, GridPost.RESPONSIBLE_WORKER, "王芳",
                new PhoneNumber("13812345678")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.assign(STAFF, new AssignMemberCommand(grid, 1, GridPost.RESPONSIBLE_WORKER, "王芳",
                new PhoneNumber("13812345678")))).as("总府路's staff").isInstanceOf(NotFoundException.class);
    }

    @Test
    void membersNamesAndMobilesAreMaskedUnlessTheReaderMayReadPersonalData() {
        GridCode grid = create(GridTier.GENERAL, "第一网格", null);
        service.assign(DACI_STAFF, new AssignMemberCommand(grid, 1, GridPost.PARTY_INSTRUCTOR, "陈刚", new PhoneNumber("13812345678")));
        Actor privileged = GridWorld.actor("audit.chen", SampleEvents.CHENGDU, java.util.Set.of(Role.AUDITOR), Privilege.PERSONAL_DATA);

        assertThat(service.grid(AUDITOR, grid).members()).singleElement()
                .satisfies(m -> assertThat(m.name() + " " + m.contact()).isEqualTo("陈* 138****5678"));
        assertThat(service.grid(privileged, grid).members()).singleElement()
                .satisfies(m -> assertThat(m.name() + " " + m.contact()).isEqualTo("陈刚 13812345678"));
    }

    @Test
    void aGridsCountsIncludeTheGridsBelowItAndComeFromTheRegisters() {
        GridCode total = create(GridTier.TOTAL, "总网格", null);
        GridCode general = create(GridTier.GENERAL, "第一网格", total);
        GridCode micro = create(GridTier.MICRO, "微网格", general);
        GridCode building = create(GridTier.BUILDING, "3栋", micro);
        GridCode other = create(GridTier.GENERAL, "第二网格", total);
        world.registerService.registerDwelling(DACI_STAFF, new RegisterDwellingCommand(building, "大慈寺路1号3栋", 12));
        world.registerService.registerDwelling(DACI_STAFF, new RegisterDwellingCommand(micro, "大慈寺路1号门面", 1));
        world.registerService.registerDwelling(DACI_STAFF, new RegisterDwellingCommand(other, "大慈寺路9号", 4));

        assertThat(service.grid(OFFICER, building).counts()).isEqualTo(new RegisterCounts(1, 12, 0, 0));
        assertThat(service.grid(OFFICER, micro).counts()).as("its own and its building's").isEqualTo(new RegisterCounts(2, 13, 0, 0));
        assertThat(service.grid(OFFICER, general).counts()).isEqualTo(new RegisterCounts(2, 13, 0, 0));
        assertThat(service.grid(OFFICER, total).counts()).as("the whole community").isEqualTo(new RegisterCounts(3, 17, 0, 0));
        assertThat(service.gridsOfCommunity(OFFICER, DACI, PageRequest.first(50)).items()).extracting(v -> v.counts().households()).containsExactly(17L, 13L, 13L, 12L, 4L);
    }
}
