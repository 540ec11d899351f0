package io.github.tgtext.spark;

import io.github.tgtext.internal.cli.Console;
import io.github.tgtext.internal.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** The command-line tool, run in-process, for comparing the data source with what users run. */
final class Cli {

    /** What one run printed. */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new Console(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true),
                false), args);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
