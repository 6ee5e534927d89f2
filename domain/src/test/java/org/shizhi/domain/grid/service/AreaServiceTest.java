package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.port.out.InMemoryAreaRepository;
import java.util.Set;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;

class AreaServiceTest {

    private final InMemoryAreaRepository repository = new InMemoryAreaRepository();
    private final AreaService service = new AreaService(repository);

    private static final Actor ZHANJIANG_ADMIN = Actor.system(AreaCode.of("440800"));
    private static final Actor CHENGDU_ADMIN = Actor.system(AreaCode.of("510100"));

    private static Area area(String code, String name) {
        return new Area(AreaCode.of(code), name);
    }

    @Test
    void aCityWithItsDistrictsAndStreetsIsRegisteredInOneBatch() {
        var result = service.register(ZHANJIANG_ADMIN, new RegisterAreasCommand(List.of(
                area("440800000000", "湛江市"),
                area("440811000000", "麻章区"),
                area("440811100000", "湖光镇"))));

        assertThat(result.count()).isEqualTo(3);
        assertThat(service.children(ZHANJIANG_ADMIN, AreaCode.of("440800000000"))).extracting(Area::name).containsExactly("麻章区");
    }

    @Test
    void anAreaWhoseParentIsUnknownIsRefusedAndNothingIsStored() {
        var command = new RegisterAreasCommand(List.of(
                area("440800000000", "湛江市"),
                area("440811100000", "湖光镇")));

        assertThatThrownBy(() -> service.register(ZHANJIANG_ADMIN, command))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("parent area 440811000000");
        assertThat(repository.count()).as("areas stored after a refused batch").isZero();
    }

    @Test
    void aChildMayJoinAParentRegisteredEarlier() {
        service.register(CHENGDU_ADMIN, new RegisterAreasCommand(List.of(area("510100000000", "成都市"))));

        service.register(CHENGDU_ADMIN, new RegisterAreasCommand(List.of(area("510104000000", "锦江区"))));

        assertThat(service.area(CHENGDU_ADMIN, AreaCode.of("510104000000")).name()).isEqualTo("锦江区");
    }

    @Test
    void aCodeTwiceInOneBatchIsRefusedNamingTheSecondPosition() {
        var command = new RegisterAreasCommand(List.of(area("510100000000", "成都市"), area("510100000000", "成都")));

        assertThatThrownBy(() -> service.register(CHENGDU_ADMIN, command))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("areas[1].code"));
    }

    @Test
    void registeringAStoredCodeAgainIsAConflict() {
        service.register(CHENGDU_ADMIN, new RegisterAreasCommand(List.of(area("510100000000", "成都市"))));

        assertThatThrownBy(() -> service.register(CHENGDU_ADMIN, new RegisterAreasCommand(List.of(area("510100000000", "成都市")))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aProvinceIsOutsideEveryCityAdminsJurisdiction() {
        assertThatThrownBy(() -> service.register(CHENGDU_ADMIN, new RegisterAreasCommand(List.of(area("510000000000", "四川省")))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("outside the caller's jurisdiction");
    }

    @Test
    void anAdminOfOneCityCannotRegisterAreasOfAnother() {
        var command = new RegisterAreasCommand(List.of(area("440800000000", "湛江市")));

        assertThatThrownBy(() -> service.register(CHENGDU_ADMIN, command))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("outside the caller's jurisdiction 510100000000");
        assertThat(repository.count()).isZero();
    }

    @Test
    void onlyCityAdminsAndIntegratorsRegisterAreas() {
        Actor auditor = new Actor("auditor-1", AreaCode.of("510100"), AreaCode.of("510100"), Set.of(Role.AUDITOR), Set.of());

        assertThatThrownBy(() -> service.register(auditor, new RegisterAreasCommand(List.of(area("510100000000", "成都市")))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("this needs one of the roles CITY_ADMIN, INTEGRATOR; the caller has AUDITOR");
    }

    @Test
    void aStreetOfficerSeesTheirStreetItsCommunitiesAndTheWayUpButNotTheNeighbours() {
        service.register(CHENGDU_ADMIN, new RegisterAreasCommand(List.of(
                area("510100000000", "成都市"), area("510104000000", "锦江区"), area("510107000000", "武侯区"),
                area("510104022000", "春熙路街道"), area("510104019000", "锦华路街道"), area("510104022001", "总府路社区"))));
        Actor officer = new Actor("officer-1", AreaCode.of("510100"), AreaCode.of("510104022000"), Set.of(Role.STREET_OFFICER), Set.of());

        assertThat(service.area(officer, AreaCode.of("510104022000")).name()).isEqualTo("春熙路街道");
        assertThat(service.area(officer, AreaCode.of("510100")).name()).as("their city, on the way up").isEqualTo("成都市");
        assertThat(service.children(officer, AreaCode.of("510100"))).as("districts visible to the officer")
                .extracting(Area::name).containsExactly("锦江区");
        assertThat(service.children(officer, AreaCode.of("510104022000"))).extracting(Area::name).containsExactly("总府路社区");
        assertThatThrownBy(() -> service.area(officer, AreaCode.of("510104019000"))).as("the neighbouring street")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.area(officer, AreaCode.of("510107000000"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherCitysAreaIsNotFoundNotForbidden() {
        service.register(ZHANJIANG_ADMIN, new RegisterAreasCommand(List.of(area("440800000000", "湛江市"))));

        assertThatThrownBy(() -> service.area(CHENGDU_ADMIN, AreaCode.of("440800"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownAreaIsNotFound() {
        assertThatThrownBy(() -> service.area(CHENGDU_ADMIN, AreaCode.of("510104000000"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.children(CHENGDU_ADMIN, AreaCode.of("510104000000"))).isInstanceOf(NotFoundException.class);
    }
}
