package org.shizhi.adapters.rest;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * What changed in the contract since a released one, as openapi-diff judges it: the operations whose change would
 * break a client built on the release (removed, a new required parameter, a narrowed response, ...), each named by
 * method, path and operation id, and the part that breaks.
 */
record ContractCompatibility(ChangedOpenApi diff, List<String> breaking) {

    static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");
    static final Path RELEASES = Path.of("src/main/openapi/released");

    static ContractCompatibility between(OpenAPI released, OpenAPI current) {
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(released, current);
        List<String> breaking = new ArrayList<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            breaking.add(name(removed.getMethod().name(), removed.getPathUrl(), removed.getOperation().getOperationId()) + ": removed");
        }
        for (ChangedOperation changed : diff.getChangedOperations()) {
            if (changed.isIncompatible()) {
                breaking.add(name(changed.getHttpMethod().name(), changed.getPathUrl(), changed.getNewOperation().getOperationId())
                        + ": " + String.join(", ", brokenParts(changed)));
            }
        }
        return new ContractCompatibility(diff, List.copyOf(breaking));
    }

    static OpenAPI parse(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpenAPI parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    }

    /** The released contract with the highest version, kept as {@code released/openapi-<version>.yaml}. */
    static Path lastRelease() {
        try (Stream<Path> files = Files.list(RELEASES)) {
            return files.filter(f -> Version.ofFileName(f).isPresent())
                    .max(Comparator.comparing(f -> Version.ofFileName(f).orElseThrow()))
                    .orElseThrow(() -> new IllegalStateException("no released contract in " + RELEASES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole difference in Markdown, for the changelog of docs/api.md. */
    void writeMarkdown(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStreamWriter out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                new MarkdownRender().render(diff, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String method, String path, String operationId) {
        return method + " " + path + " (" + operationId + ")";
    }

    private static List<String> brokenParts(ChangedOperation changed) {
        List<String> parts = new ArrayList<>();
        add(parts, "parameters", changed.getParameters());
        add(parts, "request body", changed.getRequestBody());
        add(parts, "responses", changed.getApiResponses());
        add(parts, "security", changed.getSecurityRequirements());
        return parts.isEmpty() ? List.of("changed") : parts;
    }

    private static void add(List<String> parts, String name, ComposedChanged part) {
        if (part != null && part.isIncompatible()) {
            parts.add(name);
        }
    }

    /** A contract's {@code info.version}: major.minor.patch. */
    record Version(int major, int minor, int patch) implements Comparable<Version> {

        private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");
        private static final Pattern FILE = Pattern.compile("openapi-(\\d+\\.\\d+\\.\\d+)\\.yaml");

        static Version of(String text) {
            Matcher m = SEMVER.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("the contract's version must be major.minor.patch, not " + text);
            }
            return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }

        static Version of(OpenAPI contract) {
            return of(contract.getInfo().getVersion());
        }

        static Optional<Version> ofFileName(Path file) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            return m.matches() ? Optional.of(of(m.group(1))) : Optional.empty();
        }

        @Override
        public int compareTo(Version other) {
            return Comparator.comparingInt(Version::major).thenComparingInt(Version::minor).thenComparingInt(Version::patch)
                    .compare(this, other);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }
}
