package io.github.tgtext.internal.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.ExportHandler;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.RecurringLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tgtext parse}: exports to JSON, JSON Lines or the Telegram Desktop schema. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parses exports and writes their posts as JSON (docs/json.md).",
        footer = {"", ExitCode.HELP})
final class ParseCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        json, jsonl, tdesktop
    }

    @ParentCommand
    private TgTextCommand parent;

    @Mixin
    private CommonOptions options;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json (one document per input; an array for several), jsonl (one line per post,"
                    + " written as it is parsed), or tdesktop (Telegram Desktop's result.json). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() throws IOException {
        Console console = parent.console();
        try (OutputStream out = options.openOutput(console);
                JsonGenerator json = format == Format.jsonl ? JsonOutput.lines(out) : JsonOutput.document(out)) {
            boolean array = format != Format.jsonl && options.several();
            if (array) {
                json.writeStartArray();
            }
            int exitCode = options.eachInput(console, new CommonOptions.InputAction<Rendered>() {
                @Override
                public Rendered read(Input input, CommonOptions.Posts posts, boolean concurrently)
                        throws IOException {
                    if (!concurrently) {
                        return new Rendered(null, write(json, input, posts));
                    }
                    SpillingBuffer buffer = new SpillingBuffer();
                    try (JsonGenerator own = format == Format.jsonl ? JsonOutput.lines(buffer)
                            : JsonOutput.document(buffer)) {
                        return new Rendered(buffer, write(own, input, posts));
                    }
                }

                @Override
                public boolean done(Input input, Rendered rendered) throws IOException {
                    if (rendered.buffer != null) {
                        // An empty raw value writes what goes before a value (a separator in an
                        // array), and the value itself is copied after it.
                        json.writeRawValue("");
                        json.flush();
                        rendered.buffer.moveTo(out);
                    }
                    return rendered.errors;
                }
            });
            if (array) {
                json.writeEndArray();
            }
            // With one input that could not be read there is no document, and a lone line break
            // would be no JSON: nothing at all is written.
            if (format != Format.jsonl && json.getOutputContext().getEntryCount() > 0) {
                json.writeRaw('\n');
            }
            return exitCode;
        }
    }

    /** One input's output, when it was written aside to wait for its turn; with its errors. */
    private record Rendered(SpillingBuffer buffer, boolean errors) {
    }

    /** @return true if the input had error diagnostics */
    private boolean write(JsonGenerator json, Input input, CommonOptions.Posts source) throws IOException {
        Collected collected = new Collected(json, input, format == Format.jsonl);
        try (Stream<Post> posts = source.stream(collected)) {
            Iterator<Post> iterator = posts.iterator();
            switch (format) {
                case json -> document(json, input, collected, iterator);
                case jsonl -> lines(json, input, collected, iterator);
                case tdesktop -> TdesktopFormat.write(json, input, collected.header, iterator);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return collected.errors > 0;
    }

    private static void document(JsonGenerator json, Input input, Collected collected, Iterator<Post> posts)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", JsonContract.SCHEMA);
        json.writeStringField("source", input.name());
        JsonContract.layout(json, collected.layout);
        json.writeFieldName("channel");
        if (collected.header == null) {
            json.writeNull();
        } else {
            JsonContract.channel(json, collected.header);
        }
        json.writeArrayFieldStart("posts");
        while (posts.hasNext()) {
            json.writeStartObject();
            JsonContract.postFields(json, posts.next());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic diagnostic : collected.diagnostics) {
            json.writeStartObject();
            JsonContract.diagnosticFields(json, diagnostic);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("recurringLines");
        for (RecurringLine line : collected.recurringLines) {
            json.writeStartObject();
            JsonContract.recurringLineFields(json, line);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void lines(JsonGenerator json, Input input, Collected collected, Iterator<Post> posts)
            throws IOException {
        while (posts.hasNext()) {
            Post post = posts.next();
            json.writeStartObject();
            json.writeStringField("kind", "post");
            json.writeStringField("source", input.name());
            JsonContract.postFields(json, post);
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        }
    }

    /**
     * Hears the header, layout and diagnostics of one input. In JSON Lines they are written at
     * once, each on its own line; in JSON they wait for their place in the document.
     */
    private static final class Collected implements ExportHandler {
        private final JsonGenerator json;
        private final Input input;
        private final boolean immediately;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private ChannelHeader header;
        private Layout layout;
        private List<RecurringLine> recurringLines = List.of();
        private int errors;

        Collected(JsonGenerator json, Input input, boolean immediately) {
            this.json = json;
            this.input = input;
            this.immediately = immediately;
        }

        @Override
        public void header(ChannelHeader header) {
            this.header = header;
        }

        @Override
        public void layout(Layout layout) {
            this.layout = layout;
            if (immediately) {
                line(json -> {
                    json.writeStringField("kind", "input");
                    json.writeStringField("schema", JsonContract.SCHEMA);
                    json.writeStringField("source", input.name());
                    JsonContract.layout(json, layout);
                });
                if (header != null) {
                    line(json -> {
                        json.writeStringField("kind", "channel");
                        json.writeStringField("source", input.name());
                        JsonContract.channelFields(json, header);
                    });
                }
            }
        }

        @Override
        public void diagnostic(Diagnostic diagnostic) {
            if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
                errors++;
            }
            if (immediately) {
                line(json -> {
                    json.writeStringField("kind", "diagnostic");
                    json.writeStringField("source", input.name());
                    JsonContract.diagnosticFields(json, diagnostic);
                });
            } else {
                diagnostics.add(diagnostic);
            }
        }

        @Override
        public void recurringLines(List<RecurringLine> lines) {
            recurringLines = lines;
            if (immediately) {
                for (RecurringLine line : lines) {
                    line(json -> {
                        json.writeStringField("kind", "recurringLine");
                        json.writeStringField("source", input.name());
                        JsonContract.recurringLineFields(json, line);
                    });
                }
            }
        }

        private void line(Fields fields) {
            try {
                json.writeStartObject();
                fields.write(json);
                json.writeEndObject();
                json.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }
}
