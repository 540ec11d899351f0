package io.github.tgtext.internal.cli;

import io.github.tgtext.internal.input.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
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
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long offset = 0;
        long charsBefore = 0;
        try (InputStream in = Files.newInputStream(path)) {
            bytes.position(in.readNBytes(bytes.array(), 0, TextDecoder.MARK_BYTES));
            Charset encoding = TextDecoder.encodingOf(bytes.array(), bytes.position());
            CharsetDecoder decoder = TextDecoder.reporting(encoding);
            // A NUL is one zero byte in UTF-8, and a zero char of two bytes in UTF-16.
            boolean utf8 = encoding.equals(StandardCharsets.UTF_8);
            int unchecked = 0;
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                for (int i = unchecked; utf8 && i < bytes.position(); i++) {
                    if (bytes.get(i) == 0) {
                        return "binary file (NUL byte at offset " + (offset + i) + ")";
                    }
                }
                bytes.flip();
                CoderResult result;
                do {
                    chars.clear();
                    result = decoder.decode(bytes, chars, end);
                    for (int i = 0; !utf8 && i < chars.position(); i++) {
                        if (chars.get(i) == 0) {
                            return "binary file (NUL char at byte offset " + 2 * (charsBefore + i) + ")";
                        }
                    }
                    charsBefore += chars.position();
                } while (result.isOverflow());
                if (result.isError()) {
                    return "invalid " + encoding.name() + " at byte offset " + (offset + bytes.position());
                }
                offset += bytes.position();
                bytes.compact();
                unchecked = bytes.position();
            }
        }
        return null;
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
