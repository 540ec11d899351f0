package io.github.tgtext.bench;

import io.github.tgtext.Layout;
import io.github.tgtext.generators.SizedExports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The benchmarks' input files, made once in target/bench-inputs from a fixed seed. */
final class BenchInputs {

    static final Path FOLDER = Path.of("target", "bench-inputs");
    static final long MEGABYTE = 1_000_000L;

    private BenchInputs() {
    }

    /**
     * @param name      a kind, and a layout for the generated and corpus kinds: "corpus-spaced",
     *                  "generated-compact", "long-line", ...
     * @param megabytes the size in MB (10^6 bytes)
     * @return the file, made if it is not there yet
     */
    static Path file(String name, long megabytes) throws IOException {
        return fileOfBytes(name, megabytes * MEGABYTE);
    }

    static Path fileOfBytes(String name, long bytes) throws IOException {
        String[] parts = name.toUpperCase(Locale.ROOT).replace('-', '_').split("_(?=SPACED$|COMPACT$)");
        SizedExports.Kind kind = SizedExports.Kind.valueOf(parts[0]);
        Layout layout = parts.length > 1 ? Layout.valueOf(parts[1]) : Layout.SPACED;
        return SizedExports.file(kind, layout, bytes, FOLDER);
    }
}
