package io.github.tgtext.generators;

import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.TgText;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A program that streams one {@link SizedExports} export to the end and reports the posts and
 * the heap it took; run in a JVM with a small heap by StreamingMemoryTest and the benchmarks.
 * Arguments: kind, layout, bytes, and optionally a folder: the export is then written there as a
 * file and streamed from it on two threads, cut into pieces as a large file is.
 */
public final class StreamSizedExport {

    private StreamSizedExport() {
    }

    public static void main(String[] args) throws IOException {
        SizedExports.Kind kind = SizedExports.Kind.valueOf(args[0]);
        Layout layout = Layout.valueOf(args[1]);
        long bytes = Long.parseLong(args[2]);
        HeapWatch heap = new HeapWatch();
        long posts;
        String how = "";
        if (args.length > 3) {
            Path file = SizedExports.file(kind, layout, bytes, Path.of(args[3]));
            try (Stream<Post> stream = TgText.parser().parallelism(2).build().stream(file)) {
                posts = stream.peek(post -> heap.sample()).count();
            }
            Files.delete(file);
            how = " from a file, on 2 threads";
        } else {
            try (Reader in = SizedExports.reader(kind, layout, bytes);
                    Stream<Post> stream = TgText.parser().build().stream(in)) {
                posts = stream.peek(post -> heap.sample()).count();
            }
        }
        System.out.printf(Locale.ROOT, "streamed %d posts of %d bytes%s; heap limit %.1f MB, peak used %.1f MB%n",
                posts, bytes, how, Runtime.getRuntime().maxMemory() / 1e6, heap.peakUsed / 1e6);
    }

    /**
     * The heap's peak, sampled after each post. What a collection left alive is read from the GC
     * log instead: the memory pools' collection usage missed it under G1, whose old generation's
     * figure young collections did not update (a 1 GB stream reported 1.4 MB, while its reply
     * index alone holds 5 MB there).
     */
    private static final class HeapWatch {
        private long peakUsed;

        void sample() {
            peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }
}
