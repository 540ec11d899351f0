package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tgtext.generators.StreamSizedExport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Streaming holds one post at a time, a post's blank lines take no room, and a post is ended
 * at the size limit: a 100 MB export of many posts, one of a single post with a hundred million
 * blank lines, and 100 MB of text lines with no post boundary each stream to the end in a JVM
 * whose heap is 64 MB; so do such files streamed on two threads, cut into pieces (the text lines
 * give no point to cut at, and are read as one stream after 32 MB). Only completion is asserted;
 * how long it takes is the benchmarks' business.
 */
class StreamingMemoryTest {

    private static final long HUNDRED_MB = 100_000_000L;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
        "CORPUS, one pass, 'streamed \\d{5,} posts of 100000000 bytes'",
        "BLANK_LINES, one pass, 'streamed 1 posts of 100000000 bytes'",
        "ENDLESS_POST, one pass, 'streamed \\d{2,} posts of 100000000 bytes'",
        "CORPUS, in pieces, 'streamed \\d{5,} posts of 100000000 bytes from a file, on 2 threads'",
        "ENDLESS_POST, in pieces, 'streamed \\d{2,} posts of 100000000 bytes from a file, on 2 threads'",
    })
    void hundredMegabyteExportStreamsInSixtyFourMegabytesOfHeap(String kind, String how, String expected)
            throws IOException, InterruptedException {
        String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx64m", "-cp", classPath,
                StreamSizedExport.class.getName(), kind, "SPACED", String.valueOf(HUNDRED_MB)));
        if (how.equals("in pieces")) {
            command.add(dir.toString());
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exitCode = child.waitFor();

        System.out.print(output);
        assertThat(exitCode).as("exit code of the -Xmx64m JVM; its output:%n%s", output).isZero();
        assertThat(output).containsPattern(expected);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
