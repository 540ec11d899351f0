package io.github.tgtext.bench;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.TgText;
import io.github.tgtext.TgTextParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A folder of 16 exports (both layouts, generated and corpus, 2 to 5 MB) parsed on 1 or 2 threads.
 * An operation takes about a second and keeps every export's tree, so the collector's work varies
 * from one to the next: iterations are long, and many. Three forks: two full runs of one fork
 * each gave 1.91× and 1.62× for the same code, so one fork cannot tell whether the target is met.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 10, time = 5)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ParseAllBenchmark {

    static final String[] KINDS = {"corpus-spaced", "corpus-compact", "generated-spaced", "generated-compact"};
    static final int FILES = 16;

    @Param({"1", "2"})
    public int threads;

    private TgTextParser parser;
    private List<Path> files;

    @Setup(Level.Trial)
    public void makeInputs() throws IOException {
        parser = TgText.parser().parallelism(threads).build();
        files = files();
    }

    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(BenchInputs.file(KINDS[i % KINDS.length], 2 + i / KINDS.length));
        }
        return files;
    }

    @Benchmark
    public List<ChannelExport> parseAll() throws IOException {
        return parser.parseAll(files);
    }
}
