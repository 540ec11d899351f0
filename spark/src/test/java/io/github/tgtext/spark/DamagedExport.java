package io.github.tgtext.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A damaged export, generated from a real one: the corpus's russian-mfa-2025-02.txt with a
 * stray {@code VIEW IN TELEGRAM} (which belongs only after a media placeholder) inserted as line
 * 41, inside a post. The library reports one error there.
 */
final class DamagedExport {

    static final String STRAY = "VIEW IN TELEGRAM";
    static final int STRAY_LINE = 41;

    private DamagedExport() {
    }

    static Path write(Path file) throws IOException {
        List<String> lines = new ArrayList<>(
                Files.readAllLines(SparkTest.CORPUS.resolve("russian-mfa-2025-02.txt"), StandardCharsets.UTF_8));
        lines.add(STRAY_LINE - 1, STRAY);
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
