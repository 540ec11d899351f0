package io.github.tgtext.internal.cli;

/** The tool's exit codes, as documented in --help and docs/cli.md. */
final class ExitCode {

    /** Every input was read; with --strict, none had errors. */
    static final int OK = 0;
    /** --strict, and some input had error diagnostics. */
    static final int INPUT_ERRORS = 1;
    /** Usage error, or some input could not be read (missing, unreadable, binary, invalid UTF-8). */
    static final int UNREADABLE = 2;
    /** The output could not be written (a full disk, an I/O error): the result is incomplete. */
    static final int OUTPUT_FAILED = 3;
    /**
     * The output was a pipe whose reader went away: 128 + SIGPIPE (13), the status a shell gives
     * a program that SIGPIPE killed, as it would kill a C program here. The JVM ignores SIGPIPE,
     * so the tool stops quietly with the same status.
     */
    static final int READER_GONE = 128 + 13;

    static final String HELP = "Exit codes:%n"
            + "  0  success%n"
            + "  1  --strict was given and some input had errors%n"
            + "  2  usage error, or an input could not be read (see docs/cli.md)%n"
            + "  3  the output could not be written (the message names it)%n"
            + "141  the output was a pipe and its reader went away (stopped quietly)";

    private ExitCode() {
    }
}
