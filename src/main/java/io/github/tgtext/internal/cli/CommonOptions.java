package io.github.tgtext.internal.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options that parse and stats share, and the way both go through their inputs. */
final class CommonOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Export files, folders (every *.txt below them, in path order), or - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
    Path output;

    @Option(names = "--strict", description = "Exit with 1 if any input has an error diagnostic (the output is still complete).")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no warnings on standard error; only failures.")
    boolean quiet;

    /** What a command does with one readable input. */
    @FunctionalInterface
    interface InputAction {
        /** @return true if the input had error diagnostics */
        boolean read(Input input, InputStream bytes) throws IOException;
    }

    /**
     * Goes through the readable inputs in order, with a progress bar when one is wanted.
     *
     * @return the exit code: unreadable inputs first, then --strict with errors
     */
    int eachInput(Console console, InputAction action) throws IOException {
        Inputs resolver = new Inputs(console.in(), console.err());
        try {
            List<Input> readable = resolver.resolve(inputs);
            boolean someErrors = false;
            try (Progress progress = Progress.over(readable, console, quiet)) {
                for (Input input : readable) {
                    if (input.size() == 0 && !quiet) {
                        console.err().println("tgtext: warning: " + input.name() + ": empty input, no posts");
                    }
                    try (InputStream in = progress.track(input.open())) {
                        someErrors |= action.read(input, in);
                    }
                }
            }
            if (resolver.someUnreadable()) {
                return ExitCode.UNREADABLE;
            }
            return strict && someErrors ? ExitCode.INPUT_ERRORS : ExitCode.OK;
        } finally {
            resolver.cleanUp();
        }
    }

    /** @return true if the inputs are several, or a folder: the result is then a list */
    boolean several() {
        return inputs.size() > 1 || inputs.stream().anyMatch(a -> !a.equals("-") && Files.isDirectory(Path.of(a)));
    }

    /** @return where the result goes: --output, or standard output (left open when closed) */
    OutputStream openOutput(Console console) throws IOException {
        if (output != null) {
            return Files.newOutputStream(output);
        }
        return new FilterOutputStream(console.out()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
