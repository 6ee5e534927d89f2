package org.shizhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The one entry point: every tool a subcommand with generated help, and the launcher's arguments taken as they come. */
class CliTest {

    @TempDir
    static Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Cli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void theReadmesTokenCommandPrintsASignedToken() {
        int status = run("token", "--city", "510100", "--jurisdiction", "510104", "--roles", "CITY_ADMIN", "--data", dataDir.toString());

        assertThat(status).as("exit status; stderr: %s", err).isZero();
        assertThat(out.toString().strip()).as("a JWT: header, claims and signature")
                .matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(dataDir.resolve("keys")).as("the signing keys made in --data").isDirectoryContaining("glob:**.pem");
    }

    @Test
    void anUnknownRoleIsNamedInOneLineWithStatusTwo() {
        int status = run("token", "--city", "510100", "--roles", "MAYOR", "--data", dataDir.toString());

        assertThat(status).as("exit status of a refused value").isEqualTo(2);
        assertThat(err.toString()).startsWith("shizhi token: unknown role 'MAYOR'").doesNotContain("Exception");
    }

    @Test
    void theHelpListsEveryCommandAndEachCommandExplainsItsOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("token", "rotate-keys", "import", "reindex");

        out.getBuffer().setLength(0);
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("FILE.jsonl", "--city=CODE", "--rejects=FILE", "--data=DIR");
    }

    @Test
    void anImportWithoutAFileIsAUsageMistake() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE.jsonl'");
    }
}
