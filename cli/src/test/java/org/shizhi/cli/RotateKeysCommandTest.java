package org.shizhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.app.Settings;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterDwellingCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterResidentCommand;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.CreateGridCommand;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.port.in.ResidentView;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.grid.port.out.GridRules;

/** ./shizhi rotate-keys on the embedded default: a new key, every value rewritten with it, and the resident still readable. */
class RotateKeysCommandTest {

    private static final String ID_NUMBER = "510104199003071237";

    @TempDir
    Path dataDir;

    private Config config() {
        Map<String, String> values = Map.of("shizhi.data.dir", dataDir.toString(), "mp.config.profile", "embedded",
                "shizhi.demo-data", "false");
        return TestConfig.of(values);
    }

    private static ResidentView registerOneResident(Database database) {
        AreaCode city = AreaCode.of("510100");
        Actor admin = Actor.system(city);
        new AreaService(database.areaRepository()).register(admin, new RegisterAreasCommand(List.of(
                new Area(city, "成都市"), new Area(AreaCode.of("510104000000"), "锦江区"),
                new Area(AreaCode.of("510104022000"), "春熙路街道"), new Area(AreaCode.of("510104022001"), "总府路社区"))));
        var grid = new GridService(database.areaRepository(), database.gridRepository(), database.registerRepository(), GridRules.NONE)
                .createGrid(admin, new CreateGridCommand(AreaCode.of("510104022001"), GridTier.TOTAL, "总府路社区总网格",
                        Optional.empty(), Optional.empty()));
        RegisterService registers = new RegisterService(database.gridRepository(), database.registerRepository(), GridRules.NONE);
        var dwelling = registers.registerDwelling(admin, new RegisterDwellingCommand(grid.code(), "总府路1号1栋1单元101", 1));
        var resident = registers.registerResident(admin, new RegisterResidentCommand(dwelling.dwelling(), "张伟",
                IdNumber.parse(ID_NUMBER), Optional.of(PhoneNumber.parse("13812345678"))));
        Actor reader = new Actor("reader", city, city, Set.of(Role.CITY_ADMIN), Set.of(Privilege.PERSONAL_DATA));
        return registers.resident(reader, resident.resident());
    }

    @Test
    void aNewKeyRewritesEveryStoredValueAndTheResidentStillReadsInClear() {
        Settings settings = Settings.from(config());
        try (Database database = Database.open(settings.database(), settings.personalDataKeys())) {
            assertThat(registerOneResident(database).idNumber()).isEqualTo(ID_NUMBER);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        RotateKeysCommand.rotate(Optional.of("k2"), config(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("made key k2").contains("rewritten with key k2: 2").contains("may be removed")
                .doesNotContain(ID_NUMBER).doesNotContain("13812345678");
        Settings after = Settings.from(config());
        assertThat(after.personalDataKeys().activeId()).as("the key file's active key").isEqualTo("k2");
        try (Database database = Database.open(after.database(), after.personalDataKeys())) {
            assertThat(database.personalDataByKey()).containsOnlyKeys("k2");
            assertThat(database.rotatePersonalData()).as("a second rotation finds nothing to do").isZero();
        }
    }

    @Test
    void anUnknownOptionIsRefusedByNameWithTheCommandsUsageAndStatusTwo() {
        StringWriter err = new StringWriter();

        int status = Cli.commandLine().setErr(new PrintWriter(err, true)).execute("rotate-keys", "--rotate");

        assertThat(status).as("exit status of a usage mistake").isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--rotate'").contains("Usage: shizhi rotate-keys");
    }
}
