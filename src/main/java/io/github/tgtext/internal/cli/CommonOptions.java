package io.github.tgtext.internal.cli;

import io.github.tgtext.ExportHandler;
import io.github.tgtext.Post;
import io.github.tgtext.internal.InOrder;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.input.TextDecoder;
import io.github.tgtext.internal.structure.ExportReader;
import io.github.tgtext.internal.structure.PostReader;
import io.github.tgtext.internal.structure.SplitReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
            description = "Use N threads (default: the number of processors): several inputs are read N at once, and"
                    + " one large input (4 MB or more) is cut into pieces parsed on N - 1 threads while this one writes"
                    + " the output. The output keeps the input order and is the same whatever N is.")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The posts of one input, as the library streams them. */
    @FunctionalInterface
    interface Posts {
        /**
         * @param handler hears the header, the layout, diagnostics and recurring lines
         * @return the posts, lazily, in input order; close the stream to close the input
         */
        Stream<Post> stream(ExportHandler handler) throws IOException;
    }

    /** What a command does with one readable input. */
    interface InputAction<R> {
        /**
         * Reads one input: on a pool thread when several inputs are read at once, else on the
         * command's thread.
         *
         * @param concurrently true if other inputs are being read at the same time, so that the
         *                     result must wait for its turn instead of being written at once
         */
        R read(Input input, Posts posts, boolean concurrently) throws IOException;

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
                InOrder.forEach(readable, concurrently ? threads : 1,
                        input -> action.read(input, posts(input, concurrently, progress), concurrently),
                        (input, result) -> {
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

    /**
     * An input read alone, with threads to spare, is cut into pieces when it is large enough:
     * they are parsed on all threads but the command's own, which writes the output (on two
     * cores, parsing on both left the writing, and the JIT compiler, short of a core:
     * docs/performance.md). Otherwise it is read in one pass, on the thread that reads it.
     */
    private Posts posts(Input input, boolean concurrently, Progress progress) {
        ParserOptions parsing = new ParserOptions(Optional.empty(), false, Set.of(), threads);
        int parsingThreads = Math.max(1, threads - 1);
        PostReader.Opener opener = !concurrently && SplitReader.worthSplitting(input.size(), threads)
                ? (diagnostics, unrecognised) -> new SplitReader(input.path(), parsing, parsingThreads,
                        progress::track, diagnostics, unrecognised)
                : (diagnostics, unrecognised) -> new ExportReader(new TextDecoder(progress.track(input.open())),
                        parsing, diagnostics, unrecognised);
        return handler -> PostReader.stream(opener, false, handler);
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
