package org.shizhi.adapters.rest.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.model.DwellingHouseholdsChangedJson;
import org.shizhi.adapters.rest.model.DwellingHouseholdsJson;
import org.shizhi.adapters.rest.model.DwellingJson;
import org.shizhi.adapters.rest.model.DwellingPageJson;
import org.shizhi.adapters.rest.model.GridTierJson;
import org.shizhi.adapters.rest.model.NewDwellingJson;
import org.shizhi.adapters.rest.model.NewGridJson;
import org.shizhi.adapters.rest.model.NewOrganisationJson;
import org.shizhi.adapters.rest.model.NewResidentJson;
import org.shizhi.adapters.rest.model.OrganisationJson;
import org.shizhi.adapters.rest.model.OrganisationKindJson;
import org.shizhi.adapters.rest.model.RegisterCountsJson;
import org.shizhi.adapters.rest.model.ResidentJson;
import org.shizhi.adapters.rest.model.ResidentPageJson;
import org.shizhi.adapters.rest.model.ResidentRegisteredJson;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.archive.port.out.AuditLog;
import org.shizhi.domain.archive.service.AuditService;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.SyntheticIdentities;

class RegistersResourceTest {

    private static final String GRID = "510104022001001";
    private final RestWorld world = new RestWorld();
    private final SyntheticIdentities identities = new SyntheticIdentities(7);

    @BeforeEach
    void aGrid() {
        world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(new NewGridJson(RestWorld.ZONGFU.value(), GridTierJson.GENERAL, "总府路第1网格"), null);
        world.as(RestWorld.ZONGFU, Role.GRID_WORKER);
    }

    private DwellingJson dwelling(String address, int households) {
        return (DwellingJson) world.registers.registerDwelling(GRID, new NewDwellingJson(address, households), null).getEntity();
    }

    @Test
    void aDwellingAnswers201WithItsLocationETagAndCountsFollow() {
        Response response = world.registers.registerDwelling(GRID, new NewDwellingJson(" 总府路12号3栋401 ", 2), null);
        DwellingJson dwelling = (DwellingJson) response.getEntity();

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().toString()).isEqualTo("/api/v1/dwellings/" + dwelling.getId());
        assertThat(response.getEntityTag().getValue()).isEqualTo("1");
        assertThat(dwelling.getAddress()).isEqualTo("总府路12号3栋401");
        Response changed = world.registers.changeDwellingHouseholds(dwelling.getId(), "\"1\"", new DwellingHouseholdsJson(3));
        assertThat(((DwellingHouseholdsChangedJson) changed.getEntity()).getVersion()).isEqualTo(2);
        assertThat(changed.getEntityTag().getValue()).isEqualTo("2");
        assertThatThrownBy(() -> world.registers.changeDwellingHouseholds(dwelling.getId(), "\"1\"", new DwellingHouseholdsJson(4)))
                .isInstanceOfSatisfying(jakarta.ws.rs.WebApplicationException.class,
                        e -> assertThat(e.getResponse().getStatus()).isEqualTo(412));
        RegisterCountsJson counts = (RegisterCountsJson) world.as(RestWorld.CHENGDU, Role.MEDIATOR).registers.getRegisterCounts("510104").getEntity();
        assertThat(counts.getDwellings()).isEqualTo(1);
        assertThat(counts.getHouseholds()).isEqualTo(3);
    }

    @Test
    void residentsComeMaskedUnlessTheCallerMayReadPersonalDataAndTheAnswerToARegistrationCarriesNone() {
        DwellingJson dwelling = dwelling("总府路12号3栋401", 1);
        String idNumber = identities.idNumber().value();

        Response response = world.registers.registerResident(dwelling.getId(), new NewResidentJson("张伟", idNumber).mobile("13812345678"), null);
        ResidentRegisteredJson registered = (ResidentRegisteredJson) response.getEntity();

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().toString()).isEqualTo("/api/v1/residents/" + registered.getId());
        ResidentJson masked = (ResidentJson) world.registers.getResident(registered.getId(), null).getEntity();
        assertThat(masked.getName()).isEqualTo("张*");
        assertThat(masked.getIdNumber()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(masked.getMobile()).isEqualTo("138****5678");
        assertThat(masked.getMasked()).isTrue();
        ResidentJson clear = (ResidentJson) world.as(RestWorld.ZONGFU, Role.GRID_WORKER, Privilege.PERSONAL_DATA).registers
                .getResident(registered.getId(), null).getEntity();
        assertThat(clear.getIdNumber()).isEqualTo(idNumber);
        ResidentPageJson page = (ResidentPageJson) world.as(RestWorld.ZONGFU, Role.GRID_WORKER).registers.listGridResidents(GRID, null, 10, null).getEntity();
        assertThat(page.getItems()).extracting(ResidentJson::getName).containsExactly("张*");
    }

    @Test
    void aResidentShownClearIsAuditedWithItsIdAndPurposeAndAMaskedOneIsNot() {
        DwellingJson dwelling = dwelling("总府路12号3栋401", 1);
        UUID id = ((ResidentRegisteredJson) world.registers.registerResident(dwelling.getId(),
                new NewResidentJson("张伟", identities.idNumber().value()), null).getEntity()).getId();

        world.as(RestWorld.ZONGFU, Role.GRID_WORKER).registers.getResident(id, "核实");
        assertThat(world.auditLog.chain(1, 10)).as("a masked read writes no entry").isEmpty();

        world.as(RestWorld.ZONGFU, Role.GRID_WORKER, Privilege.PERSONAL_DATA).registers.getResident(id, "入户走访核实");
        var entries = world.auditLog.chain(1, 10);
        assertThat(entries).as("one entry for the clear read").hasSize(1);
        assertThat(entries.getFirst().event().ids()).containsExactly(id.toString());
        assertThat(entries.getFirst().event().purpose()).isEqualTo("入户走访核实");
        assertThat(entries.getFirst().event().subject()).isEqualTo("grid_worker");
    }

    @Test
    void anInvalidIdNumberIsRefusedNamingTheFieldWithoutRepeatingItAndNothingIsStored() {
        DwellingJson dwelling = dwelling("总府路12号3栋401", 1);
        String wrongCheck = identities.idNumber().value().substring(0, 17) + "0";
        String invalid = wrongCheck.equals(identities.idNumber().value()) ? wrongCheck.substring(0, 17) + "1" : wrongCheck;

        assertThatThrownBy(() -> world.registers.registerResident(dwelling.getId(), new NewResidentJson("张伟", invalid), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("idNumber"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(invalid));
        assertThat(((RegisterCountsJson) world.registers.getRegisterCounts("510104022001").getEntity()).getResidents()).isZero();
    }

    @Test
    void theSameIdNumberTwiceInTheCityIsAConflict() {
        DwellingJson dwelling = dwelling("总府路12号3栋401", 1);
        String idNumber = identities.idNumber().value();
        world.registers.registerResident(dwelling.getId(), new NewResidentJson("张伟", idNumber), null);

        assertThatThrownBy(() -> world.registers.registerResident(dwelling.getId(), new NewResidentJson("张伟", idNumber), null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aResidentLeavesTheRegisterWithAReason() {
        DwellingJson dwelling = dwelling("总府路12号3栋401", 1);
        UUID id = ((ResidentRegisteredJson) world.registers.registerResident(dwelling.getId(),
                new NewResidentJson("张伟", identities.idNumber().value()), null).getEntity()).getId();

        assertThatThrownBy(() -> world.registers.removeResident(id, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("reason"));
        assertThat(world.registers.removeResident(id, "迁出本市").getStatus()).isEqualTo(200);
        assertThatThrownBy(() -> world.registers.getResident(id, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void dwellingsPageByAddressAndOrganisationsRegister() {
        for (String address : new String[] {"总府路1号", "总府路2号", "总府路3号"}) {
            dwelling(address, 1);
        }
        DwellingPageJson first = (DwellingPageJson) world.registers.listGridDwellings(GRID, null, 2).getEntity();
        DwellingPageJson second = (DwellingPageJson) world.registers.listGridDwellings(GRID, first.getNextCursor(), 2).getEntity();
        assertThat(first.getItems()).extracting(DwellingJson::getAddress).containsExactly("总府路1号", "总府路2号");
        assertThat(second.getItems()).extracting(DwellingJson::getAddress).containsExactly("总府路3号");
        assertThat(second.getNextCursor()).isNull();

        String creditCode = identities.creditCode().value();
        Response registered = world.registers.registerOrganisation(GRID,
                new NewOrganisationJson("示范餐饮店", creditCode, OrganisationKindJson.INDIVIDUAL_BUSINESS, "总府路18号"), null);
        assertThat(registered.getStatus()).isEqualTo(201);
        assertThat(((OrganisationJson) registered.getEntity()).getCreditCode()).isEqualTo(creditCode);
        assertThatThrownBy(() -> world.registers.registerOrganisation(GRID,
                new NewOrganisationJson("示范餐饮店", "91350100M000100Y4X", OrganisationKindJson.ENTERPRISE, "总府路18号"), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("creditCode"));
    }

    @Test
    void aRegisteredDwellingAndOrganisationAreReadWhereTheirLocationSaysAndNotFoundOutsideTheJurisdiction() {
        DwellingJson dwelling = dwelling("总府路12号3栋401", 2);
        OrganisationJson shop = (OrganisationJson) world.registers.registerOrganisation(GRID, new NewOrganisationJson("示范餐饮店",
                identities.creditCode().value(), OrganisationKindJson.INDIVIDUAL_BUSINESS, "总府路18号"), null).getEntity();

        Response read = world.as(RestWorld.CHUNXI_ROAD, Role.STREET_OFFICER).registers.getDwelling(dwelling.getId());
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getEntityTag().getValue()).isEqualTo("1");
        assertThat(read.getEntity()).isEqualTo(dwelling);
        assertThat(world.registers.getOrganisation(shop.getId()).getEntity()).isEqualTo(shop);

        world.as(RestWorld.HONGXING, Role.COMMUNITY_STAFF);
        assertThatThrownBy(() -> world.registers.getDwelling(dwelling.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.registers.getOrganisation(shop.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.registers.getOrganisation(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMediatorMayCountButTheDomainRefusesItTheLists() {
        assertThatThrownBy(() -> world.as(RestWorld.ZONGFU, Role.MEDIATOR).registers.listGridResidents(GRID, null, 10, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPurposeIsReadBackAsWrittenWhetherPercentEncodedOrRawUtf8AndAnUndecodableOneIsRefused() {
        String raw = new String("入户核实".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(Disclosures.decoded("%E5%85%A5%E6%88%B7%E6%A0%B8%E5%AE%9E")).isEqualTo("入户核实");
        assertThat(Disclosures.decoded(raw)).as("UTF-8 bytes read as ISO-8859-1 by the server").isEqualTo("入户核实");
        assertThat(Disclosures.decoded("case 2025+17")).isEqualTo("case 2025+17");
        assertThatThrownBy(() -> Disclosures.decoded("\uFFFD\uFFFD\uFFFD")).as("bytes the server could not decode")
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Disclosures.decoded("%E5%8"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("Access-Purpose"));
    }

    @Test
    void whenTheAuditCannotBeWrittenTheReadFailsAndShowsNothing() {
        DwellingJson dwelling = dwelling("总府路12号3栋401", 1);
        UUID id = ((ResidentRegisteredJson) world.registers.registerResident(dwelling.getId(),
                new NewResidentJson("张伟", identities.idNumber().value()), null).getEntity()).getId();
        var brokenLog = new AuditLog() {
            @Override
            public AuditEntry append(AuditEvent event) {
                throw new IllegalStateException("the audit log's database is unreachable");
            }

            @Override
            public Slice<AuditEntry> list(
                    AuditFilter filter, PageRequest page) {
                return Slice.empty();
            }

            @Override
            public java.util.List<AuditEntry> chain(long fromSequence, int limit) {
                return java.util.List.of();
            }

            @Override
            public java.util.Optional<Head> head() {
                return java.util.Optional.empty();
            }
        };
        world.as(RestWorld.ZONGFU, Role.GRID_WORKER, Privilege.PERSONAL_DATA);
        var registers = new RegistersResource(world.registerService, world.registerService, world.caller,
                new Disclosures(new AuditService(brokenLog, world.clock), world.caller));

        assertThatThrownBy(() -> registers.getResident(id, null)).as("no answer without its audit entry")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registers.listGridResidents(GRID, null, 10, null)).isInstanceOf(IllegalStateException.class);
    }
}
