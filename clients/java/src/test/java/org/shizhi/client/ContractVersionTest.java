package org.shizhi.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The client says which contract it was generated from, in two places that must agree with the contract's
 * {@code info.version}: the constant {@link Configuration#VERSION} and the jar manifest's {@code Shizhi-Contract-Version}.
 */
class ContractVersionTest {

    @Test
    void theConstantAndTheJarManifestNameTheContractsVersion() throws IOException, URISyntaxException {
        String contract = new OpenAPIV3Parser().read(System.getProperty("shizhi.e2e.contract",
                "../../adapters/rest/src/main/openapi/openapi.yaml")).getInfo().getVersion();

        assertThat(contract).isNotBlank();
        assertThat(Configuration.VERSION).as("Configuration.VERSION").isEqualTo(contract);
        assertThat(manifestOfTheClient().getMainAttributes().getValue("Shizhi-Contract-Version"))
                .as("Shizhi-Contract-Version in the manifest the client jar is built with").isEqualTo(contract);
    }

    /** The manifest of the client's classes: the jar's own, or (before packaging) the one the jar plugin packs. */
    private static Manifest manifestOfTheClient() throws IOException, URISyntaxException {
        Path classes = Path.of(Configuration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(classes)) {
            try (InputStream in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(classes.toFile())) {
            return jar.getManifest();
        }
    }
}
