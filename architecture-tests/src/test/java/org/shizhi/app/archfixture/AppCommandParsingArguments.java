package org.shizhi.app.archfixture;

import picocli.CommandLine;

/** Deliberate violation: a command-line parser in app (it belongs to org.shizhi.cli). */
public class AppCommandParsingArguments {

    public static void main(String[] args) {
        new CommandLine(new AppCommandParsingArguments()).parseArgs(args);
    }
}
