package io.github.tgtext.internal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the tool: {@code java -jar tgtext-cli.jar parse ...}. */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(new Console(System.in, System.out,
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.console() != null), args));
    }

    /**
     * Runs the tool in-process.
     *
     * @param console where it reads and writes
     * @param args    the command line
     * @return the exit code
     */
    public static int run(Console console, String... args) {
        CommandLine commandLine = new CommandLine(new TgTextCommand(console));
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true));
        commandLine.setErr(console.err());
        // picocli's exit code for usage errors is already 2 (ExitCode.UNREADABLE).
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            console.err().println("tgtext: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCode.UNREADABLE;
        });
        return commandLine.execute(args);
    }
}
