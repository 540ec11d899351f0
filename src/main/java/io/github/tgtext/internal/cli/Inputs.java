package io.github.tgtext.internal.cli;

import io.github.tgtext.internal.input.TextCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the tool's arguments into checked inputs: folders become every {@code *.txt} below them
 * in a stable order, "-" becomes standard input. An input that cannot be read as text is
 * reported on stderr in one line and left out; the others go on.
 */
final class Inputs {

    private final InputStream stdin;
    private final PrintWriter err;
    private final List<Path> temporaryFiles = new ArrayList<>();
    private boolean someUnreadable;

    Inputs(InputStream stdin, PrintWriter err) {
        this.stdin = stdin;
        this.err = err;
    }

    /** @return true if some argument named an input that could not be read */
    boolean someUnreadable() {
        return someUnreadable;
    }

    /** @return the readable inputs, in argument order, folders expanded */
    List<Input> resolve(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                spoolStdin().ifPresent(inputs::add);
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                for (Path file : textFilesBelow(path)) {
                    check(file.toString(), file).ifPresent(inputs::add);
                }
            } else {
                check(argument, path).ifPresent(inputs::add);
            }
        }
        return inputs;
    }

    /** Deletes the spooled standard input. */
    void cleanUp() {
        for (Path file : temporaryFiles) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                err.println("tgtext: warning: could not delete temporary file " + file + ": " + e.getMessage());
            }
        }
    }

    private List<Path> textFilesBelow(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            unreadable(folder.toString(), "cannot list folder: " + reason(e));
            return List.of();
        }
    }

    private java.util.Optional<Input> spoolStdin() {
        try {
            Path spool = Files.createTempFile("tgtext-stdin-", ".txt");
            temporaryFiles.add(spool);
            Files.copy(stdin, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return check("-", spool);
        } catch (IOException e) {
            unreadable("-", "cannot read standard input: " + reason(e));
            return java.util.Optional.empty();
        }
    }

    private java.util.Optional<Input> check(String name, Path path) {
        try {
            String problem = problemWith(path);
            if (problem != null) {
                unreadable(name, problem);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Input(name, path, Files.size(path)));
        } catch (IOException e) {
            unreadable(name, reason(e));
            return java.util.Optional.empty();
        }
    }

    /**
     * @return why the file is not text as the parser reads it (UTF-8, or UTF-16 with a byte-order
     *         mark), or null if it is
     */
    private static String problemWith(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return TextCheck.problemWithFile(in);
        }
    }

    private void unreadable(String name, String reason) {
        someUnreadable = true;
        err.println("tgtext: " + name + ": " + reason);
    }

    /** @return why a file could not be read or written, in a few words */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
