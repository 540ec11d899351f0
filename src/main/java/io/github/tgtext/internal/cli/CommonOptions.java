package io.github.tgtext.internal.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options that parse and stats share. */
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
}
