package io.github.tgtext.internal.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;

/** Runs the tool: {@code java -jar tgtext-cli.jar parse ...}. */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        // Standard output unbuffered and as a plain stream: System.out is a PrintStream, which
        // keeps a failed write (a full disk, a closed pipe) to itself.
        System.exit(run(new Console(System.in, new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
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
        Output helpOutput = Output.standardOutput(console.out());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(helpOutput, StandardCharsets.UTF_8), true));
        commandLine.setErr(console.err());
        // picocli's exit code for usage errors is already 2 (ExitCode.UNREADABLE).
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Optional<OutputFailure> failure = outputFailure(e);
            if (failure.isPresent()) {
                return failed(console, failure.get());
            }
            console.err().println("tgtext: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCode.UNREADABLE;
        });
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        // Help and version are printed through a PrintWriter, which keeps their failure to itself.
        return helpOutput.failure().map(failure -> failed(console, failure)).orElse(exitCode);
    }

    private static Optional<OutputFailure> outputFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutputFailure failure) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }

    /** @return the exit code for a failed output, after one line naming it unless its reader is gone */
    private static int failed(Console console, OutputFailure failure) {
        if (failure.readerGone()) {
            return ExitCode.READER_GONE;
        }
        console.err().println("tgtext: " + failure.getMessage());
        return ExitCode.OUTPUT_FAILED;
    }
}
