package io.github.tgtext.internal.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.ExportHandler;
import io.github.tgtext.Layout;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Post;
import io.github.tgtext.RecurringLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tgtext stats}: a short summary per input and in total. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Summarises exports: posts, forwarded share and top sources, top hashtags,"
                + " placeholders, echoes, reactions, diagnostics.",
        footer = {"", ExitCode.HELP})
final class StatsCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        text, json
    }

    @ParentCommand
    private TgTextCommand parent;

    @Mixin
    private CommonOptions options;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (aligned columns) or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() throws IOException {
        Console console = parent.console();
        List<Stats> perInput = new ArrayList<>();
        int exitCode = options.eachInput(console, new CommonOptions.InputAction<Stats>() {
            @Override
            public Stats read(Input input, CommonOptions.Posts posts, boolean concurrently) throws IOException {
                return count(input, posts);
            }

            @Override
            public boolean done(Input input, Stats stats) {
                perInput.add(stats);
                return stats.errors > 0;
            }
        });
        Stats total = new Stats("total");
        perInput.forEach(total::addAll);
        try (OutputStream out = options.openOutput(console)) {
            if (format == Format.json) {
                json(out, perInput, total);
            } else {
                // Put together aside, so that writing it goes straight to the output, whose
                // failures a PrintWriter would keep to itself.
                StringWriter tables = new StringWriter();
                PrintWriter text = new PrintWriter(tables);
                perInput.forEach(stats -> table(text, stats));
                if (perInput.size() != 1) {
                    table(text, total);
                }
                out.write(tables.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return exitCode;
    }

    private Stats count(Input input, CommonOptions.Posts source) throws IOException {
        Stats stats = new Stats(input.name());
        ExportHandler handler = new ExportHandler() {
            @Override
            public void layout(Layout layout) {
                stats.layout = layout;
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                stats.add(diagnostic);
            }

            @Override
            public void recurringLines(List<RecurringLine> lines) {
                stats.recurringLines = lines;
            }
        };
        try (Stream<Post> posts = source.stream(handler)) {
            posts.forEach(stats::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return stats;
    }

    private static void table(PrintWriter out, Stats stats) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("layout", stats.layout == null ? "mixed" : stats.layout.name().toLowerCase(Locale.ROOT));
        rows.put("posts", String.valueOf(stats.posts));
        rows.put("forwarded", stats.forwarded + String.format(Locale.ROOT, " (%.1f%%)", 100 * stats.forwardedShare()));
        rows.put("top sources", joined(Stats.top(stats.sources)));
        rows.put("top hashtags", joined(Stats.top(stats.hashtags)));
        for (MediaPlaceholder.Kind kind : MediaPlaceholder.Kind.values()) {
            rows.put("posts with " + JsonContract.name(kind), String.valueOf(stats.postsWith(kind)));
        }
        rows.put("echoes", String.valueOf(stats.echoes));
        rows.put("reactions", joined(new ArrayList<>(stats.reactionsByCount().entrySet())));
        rows.put("diagnostics", stats.errors + " errors, " + stats.warnings + " warnings");
        if (!stats.recurringLines.isEmpty()) {
            rows.put("recurring lines", stats.recurringLines.stream().limit(Stats.TOP)
                    .map(r -> "'" + r.example().strip() + "' x" + r.count() + " (lines " + r.lines().stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")) + (r.count() > r.lines().size()
                            ? ", ..." : "") + ")")
                    .collect(Collectors.joining("; ")));
        }
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        out.println(stats.name);
        rows.forEach((label, value) -> out.println("  " + label + " ".repeat(width - label.length() + 2) + value));
        out.println();
    }

    private static String joined(List<Map.Entry<String, Long>> entries) {
        return entries.isEmpty() ? "-"
                : entries.stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void json(OutputStream out, List<Stats> perInput, Stats total) throws IOException {
        try (JsonGenerator json = JsonOutput.document(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("inputs");
            for (Stats stats : perInput) {
                statsObject(json, stats);
            }
            json.writeEndArray();
            json.writeFieldName("total");
            statsObject(json, total);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void statsObject(JsonGenerator json, Stats stats) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", stats.name);
        json.writeStringField("layout", stats.layout == null ? null : stats.layout.name().toLowerCase(Locale.ROOT));
        json.writeNumberField("posts", stats.posts);
        json.writeNumberField("forwarded", stats.forwarded);
        json.writeNumberField("forwardedShare", stats.forwardedShare());
        counts(json, "topSources", Stats.top(stats.sources));
        counts(json, "topHashtags", Stats.top(stats.hashtags));
        json.writeObjectFieldStart("postsWithMedia");
        for (MediaPlaceholder.Kind kind : MediaPlaceholder.Kind.values()) {
            json.writeNumberField(JsonContract.name(kind), stats.postsWith(kind));
        }
        json.writeEndObject();
        json.writeNumberField("echoes", stats.echoes);
        counts(json, "reactions", new ArrayList<>(stats.reactionsByCount().entrySet()));
        json.writeObjectFieldStart("diagnostics");
        json.writeNumberField("error", stats.errors);
        json.writeNumberField("warning", stats.warnings);
        json.writeEndObject();
        json.writeArrayFieldStart("recurringLines");
        for (RecurringLine line : stats.recurringLines) {
            json.writeStartObject();
            JsonContract.recurringLineFields(json, line);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void counts(JsonGenerator json, String name, List<Map.Entry<String, Long>> entries)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (Map.Entry<String, Long> entry : entries) {
            json.writeStartObject();
            json.writeStringField("name", entry.getKey());
            json.writeNumberField("count", entry.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
