package org.shizhi.app.plugins;

import org.shizhi.adapters.plugins.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.app.Main;
import org.shizhi.app.TestTokens;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.SpiVersion;

/**
 * A city developer's plugin, as it really arrives: compiled against the domain only, packed in a jar,
 * dropped in the plugins directory of a started platform.
 */
class PluginJarTest {

    @TempDir
    Path work;

    /** Compiles and packs a one-class plugin built against SPI {@code major}.0. */
    private Path pluginJar(String id, int major) throws IOException {
        Path src = work.resolve("src/org/example/" + id.replace('-', '_'));
        Files.createDirectories(src);
        Path source = src.resolve("DroppedPlugin.java");
        String pkg = "org.example." + id.replace('-', '_');
        Files.writeString(source, """
                package %s;

                import org.shizhi.domain.spi.CityPlugin;
                import org.shizhi.domain.spi.SpiVersion;

                public final class DroppedPlugin implements CityPlugin {
                    public String id() { return "%s"; }
                    public String name() { return "dropped in as a jar"; }
                    public SpiVersion spiVersion() { return new SpiVersion(%d, 0); }
                }
                """.formatted(pkg, id, major));
        Path classes = work.resolve("classes-" + id);
        String domain = Path.of(CityPlugin.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-cp", domain, "--release", "21", source.toString());
        assertThat(compiled).as("javac exit code for the test plugin").isZero();

        Path jar = work.resolve("plugins").resolve(id + ".jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            String classFile = pkg.replace('.', '/') + "/DroppedPlugin.class";
            out.putNextEntry(new JarEntry(classFile));
            out.write(Files.readAllBytes(classes.resolve(classFile)));
            out.putNextEntry(new JarEntry("META-INF/services/" + CityPlugin.class.getName()));
            out.write((pkg + ".DroppedPlugin\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private Process startPlatform(String... properties) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dserver.port=0",
                "-Dshizhi.db.url=jdbc:h2:mem:plugin-jar",
                "-Dshizhi.demo-data=false",
                "-Dshizhi.data.dir=" + work.resolve("data"),
                "-Dshizhi.plugins.dir=" + work.resolve("plugins")));
        command.addAll(List.of(properties));
        command.add(Main.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void aDroppedJarIsLoadedFromThePluginsDirectoryAndEnabledForOneCityOnly() throws Exception {
        Path jar = pluginJar("dropped", 1);
        Process platform = startPlatform("-Dshizhi.city.510100.plugins=dropped");
        try {
            int port = awaitPort(platform);
            HttpResponse<String> plugins = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plugins"))
                            .header("Authorization", TestTokens.bearer("510100", "510100", "CITY_ADMIN")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(plugins.statusCode()).isEqualTo(200);
            assertThat(plugins.body())
                    .as("GET /api/v1/plugins")
                    .contains("\"id\":\"dropped\"")
                    .contains("\"origin\":\"" + jar + "\"")
                    .contains("\"enabledForCities\":[\"510100\"]");
        } finally {
            platform.destroy();
            platform.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aJarBuiltAgainstAnotherSpiMajorIsRefusedAtStartUpWithOneLine() throws Exception {
        Path jar = pluginJar("from-the-future", 2);
        Process platform = startPlatform();
        assertThat(platform.waitFor(60, TimeUnit.SECONDS)).as("the refused start ends by itself").isTrue();
        String output = new String(platform.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(platform.exitValue()).isEqualTo(2);
        assertThat(output.lines().filter(l -> l.startsWith("shizhi: cannot start:")))
                .as("output: " + output)
                .containsExactly("shizhi: cannot start: plugin 'from-the-future' (" + jar + ") was built against SPI 2.0 but this platform"
                        + " provides SPI " + SpiVersion.CURRENT + ": rebuild the plugin against shizhi-domain with SPI 1.x (at most " + SpiVersion.CURRENT + "), or remove it");
    }

    private static int awaitPort(Process platform) throws IOException {
        Pattern listening = Pattern.compile("listening on http://localhost:(\\d+)");
        BufferedReader out = new BufferedReader(new InputStreamReader(platform.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> { })); // keep draining
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the platform stopped before listening:\n" + seen);
    }

}
