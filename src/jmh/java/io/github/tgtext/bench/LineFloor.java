package io.github.tgtext.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of the end-to-end benchmark (bench/cli.sh): reads a file line by line with
 * {@link BufferedReader#readLine}, UTF-8 decoding included, and prints the number of lines. No
 * parser that reads every line as text in a JVM of its own can take less time than this; it is
 * {@code ParseBenchmark.floor} as a program, JVM start included.
 *
 * <p>Usage: {@code java -cp target/test-classes io.github.tgtext.bench.LineFloor FILE}
 */
public final class LineFloor {

    private LineFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LineFloor FILE");
            System.exit(2);
        }
        long lines = 0;
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                chars += line.length();
            }
        }
        System.out.println(lines + " lines, " + chars + " chars");
    }
}
