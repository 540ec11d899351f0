package io.github.tgtext.internal.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the tool in-process with captured streams. */
final class Cli {

    /**
     * What one run printed and returned.
     *
     * @param exitCode the exit code
     * @param out      standard output
     * @param err      standard error
     */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    static Run runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.run(new Console(new ByteArrayInputStream(stdin), out, new PrintWriter(err, true), false), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
