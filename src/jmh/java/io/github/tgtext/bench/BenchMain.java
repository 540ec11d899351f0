package io.github.tgtext.bench;

import io.github.tgtext.generators.StreamSizedExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and the memory runs, and writes the figures as Markdown tables to
 * standard output and target/bench-report.md.
 *
 * <p>Arguments: {@code all} (the default), {@code jmh}, {@code memory}, {@code quick} (the
 * JMH benchmarks at 1 and 10 MB only, shorter iterations), or {@code flat} (whether the time
 * per MB of {@code stream} stays flat from 1 to 100 MB: {@value #FLAT_FORKS} forks per input and
 * size); after {@code jmh} or {@code quick}, a benchmark class's name runs only
 * that class ({@code jmh ParseAllBenchmark}). {@code inputs SIZE NAME...} runs nothing: it makes
 * the named inputs ({@code generated-spaced}, {@code corpus-compact}, {@code long-line}, ...) of
 * SIZE MB in target/bench-inputs, if they are not there yet, and prints their absolute paths, one
 * per line (for bench/cli.sh, which times the command-line tool on them).
 */
public final class BenchMain {

    private static final long GIGABYTE = 1_000_000_000L;
    private static final String HEAP = "-Xmx128m";

    /**
     * Forks per input and size in the {@code flat} run. Two forks of the same code can settle
     * up to half apart on this machine; one fork per size cannot tell that from a trend.
     */
    private static final int FLAT_FORKS = 3;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "all" : args[0];
        if (what.equals("inputs")) {
            inputs(args);
            return;
        }
        StringBuilder report = new StringBuilder();
        if (what.equals("flat")) {
            report.append(flat());
        } else if (!what.equals("memory")) {
            report.append(jmh(what.equals("quick"), args.length > 1 ? List.of(args[1])
                    : List.of(ParseBenchmark.class.getSimpleName(), ParseAllBenchmark.class.getSimpleName())));
        }
        if (what.equals("all") || what.equals("memory")) {
            report.append(memory());
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "bench-report.md"), report);
    }

    /** {@code inputs SIZE NAME...}: makes the inputs and prints their paths. */
    private static void inputs(String[] args) throws IOException {
        if (args.length < 2 || !args[1].matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException("usage: inputs SIZE NAME... (SIZE in MB, NAME such as generated-spaced,"
                    + " corpus-compact, long-line); got " + List.of(args));
        }
        long megabytes = Long.parseLong(args[1]);
        for (int i = 2; i < args.length; i++) {
            System.out.println(BenchInputs.file(args[i], megabytes).toAbsolutePath());
        }
    }

    private static String jmh(boolean quick, List<String> benchmarks) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder().addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON).result("target/jmh-result.json");
        benchmarks.forEach(benchmark -> options.include(benchmark + "\\."));
        if (quick) {
            options.param("megabytes", "1", "10").warmupIterations(1).measurementIterations(2);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        return tables(results);
    }

    /** The time per MB of {@code stream} at each size, fork by fork. */
    private static String flat() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ParseBenchmark.class.getSimpleName() + "\\.stream$")
                .forks(FLAT_FORKS)
                .resultFormat(ResultFormatType.JSON).result("target/jmh-flat-result.json").build()).run();
        Map<String, Map<Integer, List<Double>>> forksByInput = new TreeMap<>();
        for (RunResult result : results) {
            String input = result.getParams().getParam("input");
            int megabytes = Integer.parseInt(result.getParams().getParam("megabytes"));
            double actual = actualMegabytes(input, megabytes);
            List<Double> perFork = new ArrayList<>();
            result.getBenchmarkResults().forEach(fork -> perFork.add(
                    fork.getPrimaryResult().getStatistics().getPercentile(50) / actual));
            forksByInput.computeIfAbsent(input, k -> new TreeMap<>()).put(megabytes, perFork);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "| input | `stream` ms per MB, 1 MB"
                + " | 10 MB | 100 MB | largest / smallest (median of %d forks) |%n|---|---|---|---|---:|%n", FLAT_FORKS));
        forksByInput.forEach((input, bySize) -> {
            out.append("| ").append(input);
            double smallest = Double.MAX_VALUE;
            double largest = 0;
            for (List<Double> forks : bySize.values()) {
                List<Double> sorted = forks.stream().sorted().toList();
                double median = sorted.get(sorted.size() / 2);
                smallest = Math.min(smallest, median);
                largest = Math.max(largest, median);
                out.append(String.format(Locale.ROOT, " | **%.2f** (%s)", median, String.join(", ",
                        forks.stream().map(ms -> String.format(Locale.ROOT, "%.2f", ms)).toList())));
            }
            out.append(String.format(Locale.ROOT, " | %.2f |%n", largest / smallest));
        });
        return out.toString();
    }

    private static String tables(Collection<RunResult> results) throws IOException {
        Map<String, Map<String, RunResult>> byInput = new TreeMap<>();
        List<RunResult> parallel = new ArrayList<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            if (method.equals("parseAll")) {
                parallel.add(result);
                continue;
            }
            String key = String.format(Locale.ROOT, "%s|%03d", result.getParams().getParam("input"),
                    Integer.parseInt(result.getParams().getParam("megabytes")));
            byInput.computeIfAbsent(key, k -> new TreeMap<>()).put(method, result);
        }
        StringBuilder out = new StringBuilder();
        out.append("| input | MB | parse MB/s | stream MB/s | floor MB/s | parse / floor (time) | parse ms per MB"
                + " | stream ms per MB | parse alloc per MB | stream alloc per MB |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byInput.forEach((key, methods) -> {
            String[] parts = key.split("\\|");
            double megabytes = actualMegabytes(parts[0], Integer.parseInt(parts[1]));
            double parse = millis(methods.get("parse"));
            double stream = millis(methods.get("stream"));
            double floor = millis(methods.get("floor"));
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.1f | %.1f | %.1f× | %.2f | %.2f | %s | %s |%n",
                    parts[0], megabytes, megabytes / (parse / 1000), megabytes / (stream / 1000),
                    megabytes / (floor / 1000), parse / floor, parse / megabytes, stream / megabytes,
                    allocPerMegabyte(methods.get("parse"), megabytes),
                    allocPerMegabyte(methods.get("stream"), megabytes)));
        });
        if (!parallel.isEmpty()) {
            double megabytes = ParseAllBenchmark.files().stream().mapToLong(BenchMain::size).sum() / 1e6;
            out.append(String.format(Locale.ROOT, "%n| parseAll, %d files, %.1f MB | ms (median ± JMH's 99.9%% interval) | MB/s |%n|---|---:|---:|%n",
                    ParseAllBenchmark.FILES, megabytes));
            for (RunResult result : parallel) {
                double ms = millis(result);
                out.append(String.format(Locale.ROOT, "| %s thread(s) | %.0f ± %.0f | %.1f |%n",
                        result.getParams().getParam("threads"), ms, result.getPrimaryResult().getScoreError(),
                        megabytes / (ms / 1000)));
            }
        }
        return out.toString();
    }

    /**
     * The median of the measured iterations: a first iteration that is still warming up moves
     * the mean of five by a third; JMH's means and intervals stay in target/jmh-result.json.
     */
    private static double millis(RunResult result) {
        return result == null ? Double.NaN : result.getPrimaryResult().getStatistics().getPercentile(50);
    }

    /** The file's real size: it ends at the first piece that reaches the size asked for. */
    private static double actualMegabytes(String input, int megabytes) {
        try {
            return size(BenchInputs.file(input, megabytes)) / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String allocPerMegabyte(RunResult result, double megabytes) {
        Result<?> alloc = result == null ? null : result.getSecondaryResults().get("gc.alloc.rate.norm");
        return alloc == null ? "-" : String.format(Locale.ROOT, "%.1f MB", alloc.getScore() / megabytes / 1e6);
    }

    /** Streams a 1 GB export in a 128 MB heap: through the library, and through the CLI's jsonl. */
    private static String memory() throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path");
        StringBuilder out = new StringBuilder("\n| 1 GB export, " + HEAP + " | result |\n|---|---|\n");
        Path libraryGcLog = Path.of("target", "bench-library-gc.log");
        List<String> library = run(List.of(java(), HEAP, "-Xlog:gc:file=" + libraryGcLog, "-cp", classPath,
                StreamSizedExport.class.getName(), "CORPUS", "SPACED", String.valueOf(GIGABYTE)));
        out.append(String.format(Locale.ROOT, "| `TgTextParser.stream`, generated as read | %s; peak heap after GC %d MB"
                + " (from the GC log) |%n", String.join(" ", library), peakAfterGcMegabytes(libraryGcLog)));

        Path file = BenchInputs.fileOfBytes("corpus-spaced", GIGABYTE);
        Path gcLog = Path.of("target", "bench-cli-gc.log");
        Path jsonl = Files.createTempFile("tgtext-bench", ".jsonl");
        long start = System.nanoTime();
        List<String> cli;
        try {
            cli = run(List.of(java(), HEAP, "-Xlog:gc:file=" + gcLog, "-cp", classPath,
                    "io.github.tgtext.internal.cli.Main", "parse", "--format", "jsonl", "--quiet", "--output",
                    jsonl.toString(), file.toString()));
        } finally {
            Files.deleteIfExists(jsonl);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.append(String.format(Locale.ROOT, "| `tgtext parse --format jsonl` of the 1 GB file | %s in %.0f s;"
                + " peak heap after GC %d MB (from the GC log) |%n", cli.isEmpty() ? "completed" : String.join(" ", cli),
                seconds, peakAfterGcMegabytes(gcLog)));
        return out.toString();
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + " from " + command + ": " + lines);
        }
        return lines;
    }

    private static long peakAfterGcMegabytes(Path gcLog) throws IOException {
        Matcher after = Pattern.compile("->(\\d+)M\\(").matcher(Files.readString(gcLog));
        long peak = 0;
        while (after.find()) {
            peak = Math.max(peak, Long.parseLong(after.group(1)));
        }
        return peak;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
