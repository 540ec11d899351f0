package io.github.tgtext.internal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top command: {@code tgtext parse|stats}. */
@Command(name = "tgtext", mixinStandardHelpOptions = true, versionProvider = TgTextCommand.Version.class,
        description = "Parses text exports of public Telegram channels into structured data.",
        subcommands = {ParseCommand.class, StatsCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", ExitCode.HELP})
final class TgTextCommand implements java.util.concurrent.Callable<Integer> {

    private final Console console;

    TgTextCommand(Console console) {
        this.console = console;
    }

    Console console() {
        return console;
    }

    @Override
    public Integer call() {
        console.err().println("tgtext: a command is required: parse or stats (see tgtext --help)");
        return ExitCode.UNREADABLE;
    }

    /** Reads the version from the jar's manifest, or says it is a development build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TgTextCommand.class.getPackage().getImplementationVersion();
            return new String[] {"tgtext " + (version == null ? "(development build)" : version)};
        }
    }
}
