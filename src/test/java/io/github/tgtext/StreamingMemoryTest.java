package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tgtext.generators.StreamSizedExport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Streaming holds one post at a time, a post's blank lines take no room, and a post is ended
 * at the size limit: a 100 MB export of many posts, one of a single post with a hundred million
 * blank lines, and 100 MB of text lines with no post boundary each stream to the end in a JVM
 * whose heap is 64 MB. Only completion is asserted; how long it takes is the benchmarks'
 * business.
 */
class StreamingMemoryTest {

    private static final long HUNDRED_MB = 100_000_000L;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "CORPUS, 'streamed \\d{5,} posts of 100000000 bytes'",
        "BLANK_LINES, 'streamed 1 posts of 100000000 bytes'",
        "ENDLESS_POST, 'streamed \\d{2,} posts of 100000000 bytes'",
    })
    void hundredMegabyteExportStreamsInSixtyFourMegabytesOfHeap(String kind, String expected)
            throws IOException, InterruptedException {
        String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
        Process child = new ProcessBuilder(javaExecutable(), "-Xmx64m", "-cp", classPath,
                StreamSizedExport.class.getName(), kind, "SPACED", String.valueOf(HUNDRED_MB))
                .redirectErrorStream(true).start();
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
