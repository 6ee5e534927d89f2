package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.port.out.InMemoryAreaRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;

class AreaServiceTest {

    private final InMemoryAreaRepository repository = new InMemoryAreaRepository();
    private final AreaService service = new AreaService(repository);

    private static Area area(String code, String name) {
        return new Area(AreaCode.of(code), name);
    }

    @Test
    void aCityWithItsDistrictsAndStreetsIsRegisteredInOneBatch() {
        var result = service.register(new RegisterAreasCommand(List.of(
                area("440800000000", "湛江市"),
                area("440811000000", "麻章区"),
                area("440811100000", "湖光镇"))));

        assertThat(result.count()).isEqualTo(3);
        assertThat(service.children(AreaCode.of("440800000000"))).extracting(Area::name).containsExactly("麻章区");
    }

    @Test
    void anAreaWhoseParentIsUnknownIsRefusedAndNothingIsStored() {
        var command = new RegisterAreasCommand(List.of(
                area("440800000000", "湛江市"),
                area("440811100000", "湖光镇")));

        assertThatThrownBy(() -> service.register(command))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("parent area 440811000000");
        assertThat(repository.count()).as("areas stored after a refused batch").isZero();
    }

    @Test
    void aChildMayJoinAParentRegisteredEarlier() {
        service.register(new RegisterAreasCommand(List.of(area("510100000000", "成都市"))));

        service.register(new RegisterAreasCommand(List.of(area("510104000000", "锦江区"))));

        assertThat(service.area(AreaCode.of("510104000000")).name()).isEqualTo("锦江区");
    }

    @Test
    void aCodeTwiceInOneBatchIsRefusedNamingTheSecondPosition() {
        var command = new RegisterAreasCommand(List.of(area("510100000000", "成都市"), area("510100000000", "成都")));

        assertThatThrownBy(() -> service.register(command))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("areas[1].code"));
    }

    @Test
    void registeringAStoredCodeAgainIsAConflict() {
        service.register(new RegisterAreasCommand(List.of(area("510100000000", "成都市"))));

        assertThatThrownBy(() -> service.register(new RegisterAreasCommand(List.of(area("510100000000", "成都市")))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aProvinceIsNotPartOfACityDeployment() {
        assertThatThrownBy(() -> service.register(new RegisterAreasCommand(List.of(area("510000000000", "四川省")))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("province");
    }

    @Test
    void anUnknownAreaIsNotFound() {
        assertThatThrownBy(() -> service.area(AreaCode.of("510104000000"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.children(AreaCode.of("510104000000"))).isInstanceOf(NotFoundException.class);
    }
}
