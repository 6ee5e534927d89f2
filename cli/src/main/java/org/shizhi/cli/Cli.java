package org.shizhi.cli;

import java.io.PrintWriter;
import org.shizhi.app.SettingsException;
import org.shizhi.domain.shared.InvalidValueException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The platform's command-line tools, one entry point for {@code ./shizhi token|rotate-keys|import|reindex}: the launcher
 * finds a JDK and passes the arguments through; picocli parses them and writes each command's help ({@code --help}).
 * A usage mistake or a refused value ends with status 2 and one line naming it, never a stack trace.
 */
@Command(name = "shizhi", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Shizhi's command-line tools; ./shizhi start, test and bench are the launcher's own (./shizhi --help).",
        subcommands = {TokenCommand.class, RotateKeysCommand.class, ArchiveCommands.Import.class, ArchiveCommands.Reindex.class})
public final class Cli {

    /** Status of a usage mistake or a refused value (as the hand-written parsers before). */
    static final int USAGE = 2;

    public static void main(String[] args) {
        try {
            // The release's conf/shizhi.properties (bin/shizhi names it), so the tools see the platform's settings.
            org.shizhi.app.ConfigFile.install();
        } catch (SettingsException e) {
            System.err.println("shizhi: " + e.getMessage());
            System.exit(USAGE);
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line with the platform's error handling: a refused value is the operator's mistake, said in one line. */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Cli());
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof InvalidValueException || e instanceof SettingsException) {
                PrintWriter err = commandLine.getErr();
                err.println("shizhi " + commandLine.getCommandName() + ": " + e.getMessage());
                err.flush();
                return USAGE;
            }
            throw e;
        });
        return line;
    }

    /** The version the launcher built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"shizhi " + (version == null ? "(development build)" : version)};
        }
    }
}
