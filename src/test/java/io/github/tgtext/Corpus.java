package io.github.tgtext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real exports shipped in src/test/resources/corpus, with their expectations. */
public final class Corpus {

    private Corpus() {
    }

    public static Path folder() {
        try {
            return Path.of(Corpus.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return every export that has expectations, sorted by name */
    public static List<Path> exports() {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> exports = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> Files.exists(expectationsOf(p))).sorted().toList();
            if (exports.isEmpty()) {
                throw new IllegalStateException("no corpus exports in " + folder());
            }
            return exports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expectationsOf(Path export) {
        String name = export.getFileName().toString();
        return export.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".expected.json");
    }

    public static String read(Path export) {
        try {
            return Files.readString(export);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
