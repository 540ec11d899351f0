package io.github.tgtext.bench;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.Post;
import io.github.tgtext.TgText;
import io.github.tgtext.TgTextParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * One thread, one file: the full parse, the stream consumed to the end, and the floor (the same
 * file read line by line with a {@link BufferedReader}, UTF-8 decoding included).
 *
 * <p>Six warm-up iterations: streaming the 10 MB generated export kept getting faster for about
 * 7 s of repetitions (the JIT compiling ANTLR's runtime on two busy cores); after three, forks
 * of the same code settled up to half apart, after six mostly within 10%.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ParseBenchmark {

    @Param({"corpus-spaced", "corpus-compact", "generated-spaced", "generated-compact", "long-line", "blank-lines",
        "identical-lines", "forwarded-lines", "endless-post"})
    public String input;

    @Param({"1", "10", "100"})
    public int megabytes;

    private final TgTextParser parser = TgText.parser().build();
    private Path file;

    @Setup(Level.Trial)
    public void makeInput() throws IOException {
        file = BenchInputs.file(input, megabytes);
    }

    @Benchmark
    public ChannelExport parse() throws IOException {
        return parser.parse(file);
    }

    @Benchmark
    public long stream() throws IOException {
        try (Stream<Post> posts = parser.stream(file)) {
            return posts.count();
        }
    }

    @Benchmark
    public long floor() throws IOException {
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                chars += line.length();
            }
        }
        return chars;
    }
}
