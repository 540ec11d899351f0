package io.github.tgtext.internal.cli;

/** The tool's exit codes, as documented in --help and docs/cli.md. */
final class ExitCode {

    /** Every input was read; with --strict, none had errors. */
    static final int OK = 0;
    /** --strict, and some input had error diagnostics. */
    static final int INPUT_ERRORS = 1;
    /** Usage error, or some input could not be read (missing, unreadable, binary, invalid UTF-8). */
    static final int UNREADABLE = 2;

    static final String HELP = "Exit codes:%n"
            + "  0  success%n"
            + "  1  --strict was given and some input had errors%n"
            + "  2  usage error, or an input could not be read (see docs/cli.md)";

    private ExitCode() {
    }
}
