package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.service.GridWorld.AUDITOR;
import static org.shizhi.domain.grid.service.GridWorld.DEPARTMENT;
import static org.shizhi.domain.grid.service.GridWorld.NEIGHBOUR_STAFF;
import static org.shizhi.domain.grid.service.GridWorld.OFFICER;
import static org.shizhi.domain.grid.service.GridWorld.STAFF;
import static org.shizhi.domain.grid.service.GridWorld.WORKER;
import static org.shizhi.domain.grid.service.GridWorld.WORKER_WITH_PERSONAL_DATA;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.grid.model.OrganisationKind;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.ChangeHouseholdsCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.DwellingRegistered;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterDwellingCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterOrganisationCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterResidentCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RemoveResidentCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.ResidentRegistered;
import org.shizhi.domain.grid.port.in.ResidentView;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.SyntheticIdentities;

class RegisterServiceTest {

    private final GridWorld world = new GridWorld();
    private final RegisterService service = world.registerService;
    private final SyntheticIdentities identities = new SyntheticIdentities(510104);

    private DwellingId dwelling(GridCode grid, String address, int households) {
        return service.registerDwelling(STAFF.jurisdiction().contains(grid.community()) ? STAFF : GridWorld.CITY_ADMIN,
                new RegisterDwellingCommand(grid, address, households)).dwelling();
    }

    private ResidentRegistered resident(DwellingId home, String name, IdNumber id) {
        return service.registerResident(GridWorld.CITY_ADMIN, new RegisterResidentCommand(home, name, id,
                Optional.of(identities.phoneNumber())));
    }

    @Test
    void theRegistersCountsRollUpFromTheCommunityToTheStreetDistrictAndCity() {
        DwellingId zongfu = dwelling(SampleEvents.ZONGFU_1, "总府路12号", 3);
        DwellingId hongxing = dwelling(SampleEvents.HONGXING_1, "红星路1号", 2);
        DwellingId jinhua = dwelling(SampleEvents.JINHUA_1, "锦华路1号", 5);
        resident(zongfu, "张伟", identities.idNumber());
        resident(hongxing, "李娜", identities.idNumber());
        resident(jinhua, "王芳", identities.idNumber());
        service.registerOrganisation(WORKER, new RegisterOrganisationCommand(SampleEvents.ZONGFU_2, "老码头火锅店",
                identities.creditCode(), OrganisationKind.INDIVIDUAL_BUSINESS, "总府路14号"));

        assertThat(service.counts(STAFF, SampleEvents.ZONGFU)).isEqualTo(new RegisterCounts(1, 3, 1, 1));
        assertThat(service.counts(OFFICER, SampleEvents.CHUNXI_ROAD)).isEqualTo(new RegisterCounts(2, 5, 2, 1));
        assertThat(service.counts(AUDITOR, SampleEvents.JINJIANG)).isEqualTo(new RegisterCounts(3, 10, 3, 1));
        assertThat(service.counts(AUDITOR, SampleEvents.CHENGDU)).isEqualTo(new RegisterCounts(3, 10, 3, 1));
        assertThatThrownBy(() -> service.counts(OFFICER, SampleEvents.JINJIANG))
                .as("the district above the officer's street").isInstanceOf(NotFoundException.class);
    }

    @Test
    void anInvalidIdNumberIsRefusedBeforeTheRegisterAndNothingIsWritten() {
        DwellingId home = dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1);
        String valid = identities.idNumber().value();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        int before = world.registers.size();

        assertThatThrownBy(() -> service.registerResident(WORKER, new RegisterResidentCommand(home, "张伟",
                IdNumber.parse(wrongCheck), Optional.empty())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("check character does not match")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("idNumber"));
        assertThat(world.registers.size()).isEqualTo(before);
    }

    @Test
    void aPersonAlreadyRegisteredInTheCityIsRefusedAndNothingIsAdded() {
        IdNumber person = identities.idNumber();
        resident(dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1), "张伟", person);
        DwellingId elsewhere = dwelling(SampleEvents.JINHUA_1, "锦华路1号", 1);
        int before = world.registers.size();

        assertThatThrownBy(() -> resident(elsewhere, "张伟", person)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(person.value()));
        assertThat(world.registers.size()).isEqualTo(before);
    }

    @Test
    void anUnknownGridOrDwellingIsNotFoundAndNothingIsWritten() {
        assertThatThrownBy(() -> service.registerDwelling(WORKER, new RegisterDwellingCommand(GridCode.of(SampleEvents.ZONGFU, 9),
                "总府路99号", 1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.registerResident(WORKER, new RegisterResidentCommand(DwellingId.random(), "张伟",
                identities.idNumber(), Optional.empty()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.registerDwelling(NEIGHBOUR_STAFF, new RegisterDwellingCommand(SampleEvents.ZONGFU_1,
                "总府路12号", 1))).as("the next community's staff").isInstanceOf(NotFoundException.class);
        assertThat(world.registers.size()).isZero();
    }

    @Test
    void residentsAreMaskedForEveryReaderWithoutThePersonalDataPrivilegeOnEveryPath() {
        IdNumber id = identities.idNumber();
        ResidentRegistered registered = service.registerResident(WORKER, new RegisterResidentCommand(
                dwelling(SampleEvents.ZONGFU_1, "总府路12号", 1), "欧阳娜娜", id, Optional.of(new PhoneNumber("13812345678"))));

        ResidentView listed = service.residents(AUDITOR, SampleEvents.ZONGFU_1, PageRequest.first(10)).items().getFirst();
        ResidentView single = service.resident(WORKER, registered.resident());
        ResidentView clear = service.resident(WORKER_WITH_PERSONAL_DATA, registered.resident());

        for (ResidentView masked : new ResidentView[] {listed, single}) {
            assertThat(masked.masked()).isTrue();
            assertThat(masked.name()).isEqualTo("欧***");
            assertThat(masked.idNumber()).isEqualTo(id.masked());
            assertThat(masked.mobile()).contains("138****5678");
            assertThat(masked.toString()).doesNotContain(id.value()).doesNotContain("13812345678");
        }
        assertThat(clear.masked()).isFalse();
        assertThat(clear.name()).isEqualTo("欧阳娜娜");
        assertThat(clear.idNumber()).isEqualTo(id.value());
        assertThat(clear.mobile()).contains("13812345678");
    }

    @Test
    void householdsChangeFromTheStoredVersionAndResidentsLeaveTheCounts() {
        DwellingRegistered home = service.registerDwelling(STAFF, new RegisterDwellingCommand(SampleEvents.ZONGFU_1, "总府路12号", 1));
        ResidentRegistered zhang = resident(home.dwelling(), "张伟", identities.idNumber());

        service.changeHouseholds(WORKER, new ChangeHouseholdsCommand(home.dwelling(), 1, 2));
        assertThatThrownBy(() -> service.changeHouseholds(WORKER, new ChangeHouseholdsCommand(home.dwelling(), 1, 3)))
                .isInstanceOf(StaleVersionException.class);
        service.removeResident(STAFF, new RemoveResidentCommand(zhang.resident(), "迁出"));

        assertThat(service.counts(STAFF, SampleEvents.ZONGFU)).isEqualTo(new RegisterCounts(1, 2, 0, 0));
        assertThatThrownBy(() -> service.resident(STAFF, zhang.resident())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void departmentsDoNotReadTheRegistersAndAuditorsDoNotWriteThem() {
        assertThatThrownBy(() -> service.residents(DEPARTMENT, SampleEvents.ZONGFU_1, PageRequest.first(10)).items())
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.registerDwelling(AUDITOR, new RegisterDwellingCommand(SampleEvents.ZONGFU_1, "总府路12号", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.counts(DEPARTMENT, SampleEvents.JINJIANG)).as("numbers are for everyone").isEqualTo(RegisterCounts.NONE);
    }

    @Test
    void aDwellingIsReadInTheCallersJurisdictionAndNotFoundOutsideIt() {
        DwellingId home = dwelling(SampleEvents.ZONGFU_1, "总府路12号3栋2单元401", 2);

        Dwelling read = service.dwelling(AUDITOR, home);
        assertThat(read.id()).isEqualTo(home);
        assertThat(read.grid()).isEqualTo(SampleEvents.ZONGFU_1);
        assertThat(read.households()).isEqualTo(2);
        assertThat(read.version()).isEqualTo(1);
        assertThat(service.dwelling(OFFICER, home)).isEqualTo(read);
        assertThatThrownBy(() -> service.dwelling(NEIGHBOUR_STAFF, home))
                .as("the next community's staff: as if it did not exist").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.dwelling(STAFF, DwellingId.random())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.dwelling(DEPARTMENT, home)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOrganisationIsReadInTheCallersJurisdictionAndNotFoundOutsideIt() {
        OrganisationId shop = service.registerOrganisation(WORKER, new RegisterOrganisationCommand(SampleEvents.ZONGFU_1,
                "老码头火锅店", identities.creditCode(), OrganisationKind.INDIVIDUAL_BUSINESS, "总府路14号")).organisation();

        Organisation read = service.organisation(STAFF, shop);
        assertThat(read.id()).isEqualTo(shop);
        assertThat(read.name()).isEqualTo("老码头火锅店");
        assertThat(read.grid()).isEqualTo(SampleEvents.ZONGFU_1);
        assertThat(service.organisation(AUDITOR, shop)).isEqualTo(read);
        assertThatThrownBy(() -> service.organisation(NEIGHBOUR_STAFF, shop))
                .as("the next community's staff: as if it did not exist").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.organisation(STAFF, OrganisationId.random())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.organisation(DEPARTMENT, shop)).isInstanceOf(AccessDeniedException.class);
    }
}
