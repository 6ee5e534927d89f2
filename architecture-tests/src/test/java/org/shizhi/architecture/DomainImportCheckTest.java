package org.shizhi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The companion of the domain's source-level import check (domain/src/build, run by Checkstyle before the
 * domain compiles): it reports a framework import with the rule's name, and lets java.* and the domain through.
 */
class DomainImportCheckTest {

    private static final Path BUILD = Path.of("..", "domain", "src", "build");

    @TempDir
    Path sources;

    private List<String> check(String source) throws IOException, CheckstyleException {
        Path file = sources.resolve("Fixture.java");
        Files.writeString(file, source);
        Properties properties = new Properties();
        properties.setProperty("importControlFile", BUILD.resolve("import-control.xml").toAbsolutePath().toString());
        Checker checker = new Checker();
        checker.setModuleClassLoader(Checker.class.getClassLoader());
        checker.configure(ConfigurationLoader.loadConfiguration(
                BUILD.resolve("checkstyle.xml").toAbsolutePath().toString(), new PropertiesExpander(properties)));
        List<String> errors = new ArrayList<>();
        checker.addListener(new AuditListener() {
            @Override
            public void addError(AuditEvent event) {
                errors.add(event.getMessage());
            }

            @Override
            public void addException(AuditEvent event, Throwable throwable) {
                errors.add("exception: " + throwable);
            }

            @Override
            public void auditStarted(AuditEvent event) {
            }

            @Override
            public void auditFinished(AuditEvent event) {
            }

            @Override
            public void fileStarted(AuditEvent event) {
            }

            @Override
            public void fileFinished(AuditEvent event) {
            }
        });
        try {
            checker.process(List.of(file.toFile()));
        } finally {
            checker.destroy();
        }
        return errors;
    }

    @Test
    void aJaxRsImportInTheDomainIsReportedWithTheRuleName() throws Exception {
        List<String> errors = check("""
                package org.shizhi.domain.grid.model;

                import jakarta.ws.rs.Path;

                class Fixture {
                }
                """);

        assertThat(errors).singleElement().asString()
                .contains("the domain depends only on java.* and on itself")
                .contains("import jakarta.ws.rs.Path is not allowed");
    }

    @Test
    void javaAndDomainImportsPass() throws Exception {
        List<String> errors = check("""
                package org.shizhi.domain.grid.model;

                import java.util.List;
                import org.shizhi.domain.shared.AreaCode;

                class Fixture {
                    List<AreaCode> codes;
                }
                """);

        assertThat(errors).isEmpty();
    }
}
