package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up refusals, as an operator sees them: one line naming the key, and a non-zero exit. */
class MainTest {

    @TempDir
    Path dataDir;

    private record Outcome(int exitCode, String stderr) {
    }

    private Outcome run(String... properties) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(properties));
        command.add("-Dshizhi.data.dir=" + dataDir);
        command.add(Main.class.getName());
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the refused start ends by itself").isTrue();
        return new Outcome(process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    @Test
    void anInvalidPortStopsStartUpWithOneLineNamingTheKey() throws Exception {
        Outcome outcome = run("-Dserver.port=eighty");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr()).isEqualTo("shizhi: cannot start: setting 'server.port' must be a whole number, not 'eighty'");
    }

    @Test
    void productionWithoutADatabaseStopsStartUpWithOneLine() throws Exception {
        Outcome outcome = run("-Dmp.config.profile=production");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr().lines().count()).as("lines printed: " + outcome.stderr()).isEqualTo(1);
        assertThat(outcome.stderr()).contains("'shizhi.db.url'");
    }

    @Test
    void enablingAPluginThatIsNotLoadedStopsStartUpWithOneLine() throws Exception {
        Outcome outcome = run("-Dshizhi.db.url=jdbc:h2:mem:main-test", "-Dshizhi.city.510100.plugins=chengdou");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr().lines().filter(l -> l.startsWith("shizhi:")))
                .as("stderr: " + outcome.stderr())
                .containsExactly("shizhi: cannot start: setting 'shizhi.city.510100.plugins' names plugin 'chengdou', which is not loaded;"
                        + " loaded: chengdu (classpath), joint-consultation (classpath), red-culture (classpath), zhanjiang (classpath)");
    }
}
