package io.github.tgtext.internal.cli;

import io.github.tgtext.internal.InOrder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Options that parse and stats share, and the way both go through their inputs. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Export files, folders (every *.txt below them, in path order), or - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
    Path output;

    @Option(names = "--strict", description = "Exit with 1 if any input has an error diagnostic (the output is still complete).")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no warnings on standard error; only failures.")
    boolean quiet;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Read up to N inputs at once (default: the number of processors). The output keeps the input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    /** What a command does with one readable input. */
    interface InputAction<R> {
        /**
         * Reads one input: on a pool thread when several inputs are read at once, else on the
         * command's thread.
         *
         * @param concurrently true if other inputs are being read at the same time, so that the
         *                     result must wait for its turn instead of being written at once
         */
        R read(Input input, InputStream bytes, boolean concurrently) throws IOException;

        /**
         * Takes an input's result, on the command's thread, in input order.
         *
         * @return true if the input had error diagnostics
         */
        boolean done(Input input, R result) throws IOException;
    }

    /**
     * Goes through the readable inputs, several at once with --threads, with a progress bar
     * when one is wanted; results are taken in input order.
     *
     * @return the exit code: unreadable inputs first, then --strict with errors
     */
    <R> int eachInput(Console console, InputAction<R> action) throws IOException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        Inputs resolver = new Inputs(console.in(), console.err());
        try {
            List<Input> readable = resolver.resolve(inputs);
            boolean concurrently = threads > 1 && readable.size() > 1;
            boolean[] someErrors = {false};
            try (Progress progress = Progress.over(readable, console, quiet)) {
                InOrder.forEach(readable, concurrently ? threads : 1, input -> {
                    try (InputStream in = progress.track(input.open())) {
                        return action.read(input, in, concurrently);
                    }
                }, (input, result) -> {
                    if (input.size() == 0 && !quiet) {
                        console.err().println("tgtext: warning: " + input.name() + ": empty input, no posts");
                    }
                    someErrors[0] |= action.done(input, result);
                });
            }
            if (resolver.someUnreadable()) {
                return ExitCode.UNREADABLE;
            }
            return strict && someErrors[0] ? ExitCode.INPUT_ERRORS : ExitCode.OK;
        } finally {
            resolver.cleanUp();
        }
    }

    /** @return true if the inputs are several, or a folder: the result is then a list */
    boolean several() {
        return inputs.size() > 1 || inputs.stream().anyMatch(a -> !a.equals("-") && Files.isDirectory(Path.of(a)));
    }

    /** @return where the result goes: --output, or standard output (left open when closed) */
    Output openOutput(Console console) throws IOException {
        return output == null ? Output.standardOutput(console.out()) : Output.file(output);
    }
}
