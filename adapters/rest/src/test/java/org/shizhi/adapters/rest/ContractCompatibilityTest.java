package org.shizhi.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.ContractCompatibility.Version;

/**
 * Integrators build on a released contract: the build compares the contract with the last released one (kept under
 * {@code src/main/openapi/released}) and fails on a change that would break their clients unless the contract's major
 * version is raised. The other tests prove the check sees such a change and names its operation.
 */
class ContractCompatibilityTest {

    private static OpenAPI released;
    private static OpenAPI current;

    @BeforeAll
    static void readBoth() {
        released = ContractCompatibility.parse(ContractCompatibility.lastRelease());
        current = ContractCompatibility.parse(ContractCompatibility.CONTRACT);
    }

    @Test
    void theContractBreaksNothingOfTheLastReleaseUnlessItsMajorVersionIsRaised() {
        ContractCompatibility since = ContractCompatibility.between(released, current);
        since.writeMarkdown(Path.of("target/contract-changes.md"));
        Version was = Version.of(released);
        Version is = Version.of(current);
        assertThat(is).as("the contract's version against the last release's").isGreaterThanOrEqualTo(was);
        if (is.major() == was.major()) {
            assertThat(since.breaking())
                    .as("operations changed incompatibly since release %s (raise the contract's major version to %d.0.0, "
                            + "or keep the old shape; the whole difference is in target/contract-changes.md)", was, was.major() + 1)
                    .isEmpty();
        }
    }

    @Test
    void aRemovedOperationIsBreakingAndNamed() {
        OpenAPI changed = ContractCompatibility.parse(ContractCompatibility.CONTRACT);
        changed.getPaths().get("/api/v1/cases").setGet(null);

        assertThat(ContractCompatibility.between(current, changed).breaking())
                .containsExactly("GET /api/v1/cases (searchCases): removed");
    }

    @Test
    void aNewRequiredParameterIsBreakingAndNamedWithThePartThatBreaks() {
        OpenAPI changed = ContractCompatibility.parse(ContractCompatibility.CONTRACT);
        changed.getPaths().get("/api/v1/cases").getGet()
                .addParametersItem(new QueryParameter().name("court").required(true).schema(new StringSchema()));

        assertThat(ContractCompatibility.between(current, changed).breaking())
                .containsExactly("GET /api/v1/cases (searchCases): parameters");
    }

    @Test
    void aNewOptionalParameterBreaksNothing() {
        OpenAPI changed = ContractCompatibility.parse(ContractCompatibility.CONTRACT);
        changed.getPaths().get("/api/v1/cases").getGet()
                .addParametersItem(new QueryParameter().name("court").required(false).schema(new StringSchema()));

        ContractCompatibility since = ContractCompatibility.between(current, changed);
        assertThat(since.breaking()).isEmpty();
        assertThat(since.diff().isDifferent()).as("the new parameter is seen as a change").isTrue();
    }

    @Test
    void versionsCompareByNumberNotByText() {
        assertThat(Version.of("0.10.0")).isGreaterThan(Version.of("0.9.3"));
        assertThat(Version.ofFileName(Path.of("openapi-1.2.3.yaml"))).contains(new Version(1, 2, 3));
        assertThat(Version.ofFileName(Path.of("README.md"))).isEmpty();
    }
}
