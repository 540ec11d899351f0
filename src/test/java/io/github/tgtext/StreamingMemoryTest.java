package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tgtext.generators.SizedExports;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Streaming holds one post at a time: a 100 MB export streams to the end in a JVM whose heap
 * is 64 MB. Only completion is asserted; how long it takes is the benchmarks' business.
 */
class StreamingMemoryTest {

    private static final long HUNDRED_MB = 100_000_000L;

    @Test
    void hundredMegabyteExportStreamsInSixtyFourMegabytesOfHeap() throws IOException, InterruptedException {
        String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
        Process child = new ProcessBuilder(javaExecutable(), "-Xmx64m", "-cp", classPath,
                StreamOneExport.class.getName(), "CORPUS", "SPACED", String.valueOf(HUNDRED_MB))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exitCode = child.waitFor();

        System.out.print(output);
        assertThat(exitCode).as("exit code of the -Xmx64m JVM; its output:%n%s", output).isZero();
        assertThat(output).containsPattern("streamed \\d{5,} posts of 100000000 bytes");
    }

    /** Streams one sized export to the end and reports the posts and the heap it took. */
    public static final class StreamOneExport {
        public static void main(String[] args) throws IOException {
            SizedExports.Kind kind = SizedExports.Kind.valueOf(args[0]);
            Layout layout = Layout.valueOf(args[1]);
            long bytes = Long.parseLong(args[2]);
            HeapWatch heap = new HeapWatch();
            long posts;
            try (Reader in = SizedExports.reader(kind, layout, bytes);
                    Stream<Post> stream = TgText.parser().build().stream(in)) {
                posts = stream.peek(post -> heap.sample()).count();
            }
            System.out.printf(Locale.ROOT, "streamed %d posts of %d bytes; heap limit %.1f MB, peak used %.1f MB,"
                    + " peak live after GC %.1f MB%n", posts, bytes, Runtime.getRuntime().maxMemory() / 1e6,
                    heap.peakUsed / 1e6, heap.peakLive / 1e6);
        }
    }

    /** The heap's peak, sampled after each post: all of it, and what a collection left alive. */
    static final class HeapWatch {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
        long peakUsed;
        long peakLive;

        void sample() {
            peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            peakLive = Math.max(peakLive, pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum());
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
