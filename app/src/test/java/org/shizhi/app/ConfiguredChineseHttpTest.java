package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.shared.Role;

/**
 * Chinese configured in the shipped {@code microprofile-config.properties} comes back intact through HTTP. The file is
 * read as ISO-8859-1 (Helidon loads it with {@link java.util.Properties#load(java.io.InputStream)}), so its
 * non-ASCII values are written as {@code \\uXXXX} escapes; a raw UTF-8 value comes back as mojibake, each of its
 * bytes read as a Latin-1 character (街道季度综合考核 as "è¡..."). The second test keeps every shipped file so.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:configured-chinese;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "false")
@AddConfig(key = "mp.config.profile", value = "embedded")
class ConfiguredChineseHttpTest {

    private static final Person ADMIN = new Person("510100", "510100", Role.CITY_ADMIN);

    @Inject
    WebTarget target;

    @Test
    void theShippedSchemesChineseNamesComeBackIntactThroughHttp() {
        JsonObject schemes = new GridCalls(target).call(ADMIN, Request.of("GET", "/api/v1/assessment/schemes"), 200, "schemes");

        Map<String, String> names = schemes.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("id"), s -> s.getString("name")));
        assertThat(names).containsEntry("street-quarterly", "街道季度综合考核")
                .containsEntry("community-monthly", "社区月度考核")
                .containsEntry("department-monthly", "部门报到月度考核")
                .containsEntry("grid-worker-monthly", "网格员月度考核");
    }

    @Test
    void noShippedPropertiesFileHasAValueThatIsNotAscii() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<String> found;
        try (Stream<Path> files = Files.walk(root)) {
            found = files.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("/target/")
                            && !p.toString().contains("/.") && p.toString().contains("/src/main/"))
                    .flatMap(p -> lines(p).stream().filter(line -> !line.stripLeading().startsWith("#")
                            && !line.stripLeading().startsWith("!") && line.chars().anyMatch(c -> c > 0x7F))
                            .map(line -> root.relativize(p) + ": " + line))
                    .toList();
        }
        assertThat(found).as("write non-ASCII values as \\uXXXX: properties files are read as ISO-8859-1").isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
