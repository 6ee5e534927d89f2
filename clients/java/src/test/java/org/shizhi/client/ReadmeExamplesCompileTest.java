package org.shizhi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of clients/java/README.md compiles against the client at {@code --release 17}, so the
 * examples integrators copy are true of the client they get. A block is compiled on its own, with its own imports and
 * those of the README's earlier blocks (a reader has them), inside a method of a class that declares what the README's
 * prose says the reader holds: {@code client} (an {@code ApiClient}), {@code token}, {@code areas}, {@code events},
 * {@code eventId}. A block that declares members ({@code @RegisterExtension}, {@code @Test}) is compiled as the body of
 * a test class. A failure names the README line and the compiler's message.
 */
class ReadmeExamplesCompileTest {

    private static final Pattern MEMBERS = Pattern.compile("^\\s*@(RegisterExtension|Test)\\b", Pattern.MULTILINE);

    /** What the README's examples assume is at hand (its prose introduces each). */
    private static final String CONTEXT = String.join("\n",
            "    org.shizhi.client.ApiClient client = new org.shizhi.client.ApiClient();",
            "    String token = \"token\";",
            "    org.shizhi.client.api.AreasApi areas = new org.shizhi.client.api.AreasApi(client);",
            "    org.shizhi.client.api.EventsApi events = new org.shizhi.client.api.EventsApi(client);",
            "    java.util.UUID eventId = java.util.UUID.randomUUID();",
            "    interface IdentityProvider { String currentAccessToken(); }",
            "    IdentityProvider myIdentityProvider = () -> token;",
            "");

    record Block(int firstLine, List<String> lines) {
    }

    @Test
    void everyJavaBlockOfTheReadmeCompilesForJava17() throws IOException {
        Path readme = Path.of(System.getProperty("shizhi.e2e.readme", "README.md"));
        List<Block> blocks = javaBlocks(Files.readAllLines(readme, StandardCharsets.UTF_8));
        assertThat(blocks).as("java blocks in " + readme).hasSizeGreaterThanOrEqualTo(8);

        assertThat(compile(readme.getFileName().toString(), blocks)).as("README blocks that do not compile at --release 17").isEmpty();
    }

    @Test
    void aBlockThatDoesNotCompileIsNamedByItsReadmeLineAndTheCompilersMessage() {
        List<String> readme = List.of("# Example", "", "```java", "import org.shizhi.client.api.AreasApi;", "",
                "Area area = new AreasApi(client).getArea(\"510100\");", "area.getNoSuchThing();", "```");

        List<String> failures = compile("EXAMPLE.md", javaBlocks(readme));

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).startsWith("EXAMPLE.md:7: ").contains("getNoSuchThing");
    }

    static List<Block> javaBlocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String opening = lines.get(i).strip();
            if (opening.equals("```java")) {
                String indent = lines.get(i).substring(0, lines.get(i).indexOf('`'));
                List<String> body = new ArrayList<>();
                int first = i + 2; // 1-based number of the block's first line
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    String line = lines.get(i);
                    body.add(line.startsWith(indent) ? line.substring(indent.length()) : line);
                }
                blocks.add(new Block(first, body));
            }
        }
        return blocks;
    }

    /** Compiles the blocks in one javac run; answers one message per error, with the README's line number. */
    private static List<String> compile(String readme, List<Block> blocks) {
        List<String> imports = new ArrayList<>();
        List<JavaFileObject> sources = new ArrayList<>();
        Map<String, Integer> offsets = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            block.lines().stream().filter(l -> l.startsWith("import ")).forEach(imports::add);
            String className = "ReadmeBlock" + i;
            StringBuilder source = new StringBuilder();
            offsets.put(className, source(className, block, imports, source));
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("--release", "17", "-proc:none", "-d", outputDir().toString(), "-classpath", classPath());
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            javac.getTask(null, files, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> failures = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) {
                continue;
            }
            String className = d.getSource().getName().replaceAll(".*/|\\.java$", "");
            int index = Integer.parseInt(className.substring("ReadmeBlock".length()));
            Block block = blocks.get(index);
            long inBlock = d.getLineNumber() - offsets.get(className) - 1;
            String where = inBlock >= 0 && inBlock < block.lines().size()
                    ? readme + ":" + (block.firstLine() + inBlock)
                    : readme + " block at line " + block.firstLine();
            failures.add(where + ": " + d.getMessage(Locale.ROOT));
        }
        return failures;
    }

    /** Writes the block's class into {@code source}; answers the number of lines before the block's first line. */
    private static int source(String className, Block block, List<String> imports, StringBuilder source) {
        boolean members = MEMBERS.matcher(String.join("\n", block.lines())).find();
        int header = 0;
        for (String packageImport : List.of("org.shizhi.client.*", "org.shizhi.client.api.*", "org.shizhi.client.model.*")) {
            source.append("import ").append(packageImport).append(";\n");
            header++;
        }
        if (members) {
            source.append("import org.junit.jupiter.api.*;\nimport org.junit.jupiter.api.extension.*;\nimport org.shizhi.client.e2e.PlatformUnderTest;\n");
            header += 3;
        }
        for (String line : imports) {
            source.append(line).append('\n');
            header++;
        }
        source.append("class ").append(className).append(" {\n").append(CONTEXT);
        header += 1 + (int) CONTEXT.lines().count();
        if (!members) {
            source.append("  void example() throws Exception {\n");
            header++;
        }
        for (String line : block.lines()) {
            source.append(line.startsWith("import ") ? "" : line).append('\n');
        }
        source.append(members ? "}\n" : "  }\n}\n");
        return header;
    }

    private static Path outputDir() {
        try {
            return Files.createTempDirectory("readme-examples");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test class path (the client's classes, PlatformUnderTest, JUnit); surefire names it in its own property. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
