package io.github.tgtext;

import io.github.tgtext.internal.InOrder;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.input.TextDecoder;
import io.github.tgtext.internal.structure.ExportReader;
import io.github.tgtext.internal.structure.PostReader;
import io.github.tgtext.internal.structure.SplitReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A configured parser. Immutable and thread-safe: one instance can parse many inputs at once.
 *
 * <pre>{@code
 * TgTextParser parser = TgText.parser()
 *         .layout(Layout.COMPACT)          // default: detected from the input
 *         .strict(true)                    // default: lenient
 *         .linkLabels(List.of("Подробнее")) // beside the built-in "Read in full", ...
 *         .build();
 * ChannelExport export = parser.parse(Path.of("channel.txt"));
 * List<ChannelExport> all = parser.parseAll(List.of(first, second)); // on all cores, in order
 * }</pre>
 *
 * <p><b>Lenient</b> parsing (the default) never throws for any input: what does not fit the
 * format is reported in {@link ChannelExport#diagnostics()}. <b>Strict</b> parsing throws
 * {@link TgTextParseException} if any diagnostic is an error. Either way an input that cannot be
 * read throws {@link IOException}.
 *
 * <p>Bytes ({@link Path}, {@link InputStream}) are read as UTF-8, or as UTF-16 when they start
 * with its byte-order mark ({@code FF FE} little-endian, {@code FE FF} big-endian); undecodable
 * bytes are then reported with their byte offset. A {@link Reader} has already decoded them.
 */
public final class TgTextParser {

    private final ParserOptions options;

    private TgTextParser(ParserOptions options) {
        this.options = options;
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param text the whole export
     * @return the parsed export
     * @throws TgTextParseException in strict mode, if the input has errors
     */
    public ChannelExport parse(String text) {
        try {
            return parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
    }

    /**
     * @param path a UTF-8 file (or UTF-16 with a byte-order mark)
     * @return the parsed export
     * @throws IOException          if the file cannot be read; the message names the path
     * @throws TgTextParseException in strict mode, if the input has errors
     */
    public ChannelExport parse(Path path) throws IOException {
        if (SplitReader.worthSplitting(path, options.parallelism())) {
            return collect((diagnostics, unrecognised) -> new SplitReader(path, options, options.parallelism(),
                    diagnostics, unrecognised), true);
        }
        return parseInOnePass(path);
    }

    private ChannelExport parseInOnePass(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in);
        }
    }

    /**
     * @param in UTF-8 bytes (or UTF-16 with a byte-order mark); not closed
     * @return the parsed export
     * @throws IOException          if the bytes cannot be read
     * @throws TgTextParseException in strict mode, if the input has errors
     */
    public ChannelExport parse(InputStream in) throws IOException {
        return parse(new TextDecoder(in));
    }

    /**
     * @param in the decoded export; not closed
     * @return the parsed export
     * @throws IOException          if the reader fails
     * @throws TgTextParseException in strict mode, if the input has errors
     */
    public ChannelExport parse(Reader in) throws IOException {
        return collect((diagnostics, unrecognised) -> new ExportReader(in, options, diagnostics, unrecognised), false);
    }

    /** Reads the whole input; a reader of a file is closed, one of the caller's input is left open. */
    private ChannelExport collect(PostReader.Opener opener, boolean close) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Unrecognised> unrecognised = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        PostReader reader = opener.open(diagnostics::add, unrecognised::add);
        try {
            for (Post post = reader.next(); post != null; post = reader.next()) {
                posts.add(post);
            }
            unrecognised.sort(Comparator.comparingInt(u -> u.span().firstLine()));
            ChannelExport export = new ChannelExport(reader.header(), posts, reader.layout(), unrecognised,
                    diagnostics, reader.recurringLines());
            if (options.strict() && export.hasErrors()) {
                throw new TgTextParseException(diagnostics);
            }
            return export;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (close) {
                reader.close();
            }
        }
    }

    /**
     * Parses many files at once, on as many threads as {@link Builder#parallelism(int)} says, each
     * in one pass; a single file is parsed as {@link #parse(Path)} parses it, in pieces on those
     * threads when it is large. The results are what {@link #parse(Path)} gives for each file, in
     * the order of the paths. Every result is held in memory: for very large files,
     * {@link #stream(Path)} them instead.
     *
     * @param paths UTF-8 files (or UTF-16 with a byte-order mark)
     * @return the parsed exports, in the order of {@code paths}
     * @throws IOException          if a file cannot be read (the first such file in order); files
     *                              after it may not have been parsed
     * @throws TgTextParseException in strict mode, for the first file in order with errors
     */
    public List<ChannelExport> parseAll(Collection<Path> paths) throws IOException {
        if (paths.size() == 1) {
            return List.of(parse(paths.iterator().next()));
        }
        List<ChannelExport> exports = new ArrayList<>(paths.size());
        InOrder.forEach(List.copyOf(paths), options.parallelism(), this::parseInOnePass,
                (path, export) -> exports.add(export));
        return exports;
    }

    /**
     * Parses lazily: each post is read from the input when the stream asks for it, so memory
     * holds one post at a time, not the input. Yields the same posts as {@link #parse(Reader)}.
     * Close the stream (try-with-resources) to close the reader.
     *
     * @param in the decoded export; closed when the stream is closed
     * @return the posts
     * @throws UncheckedIOException if the reader fails, now or while the stream is consumed
     * @throws TgTextParseException in strict mode, at the first error in input order, once the
     *                              posts before it have been yielded; it carries that error and
     *                              the warnings before it since the last post yielded
     */
    public Stream<Post> stream(Reader in) {
        return stream(in, ExportHandler.IGNORE);
    }

    /**
     * Like {@link #stream(Reader)}, telling {@code handler} the header, the layout, diagnostics and
     * unrecognised lines as they are found. Diagnostics come in input order (line, then column),
     * each before the post whose lines it is about is yielded.
     *
     * @param in      the decoded export; closed when the stream is closed
     * @param handler receives what is not a post
     * @return the posts
     */
    public Stream<Post> stream(Reader in, ExportHandler handler) {
        try {
            return PostReader.stream((diagnostics, unrecognised) -> new ExportReader(in, options, diagnostics,
                    unrecognised), options.strict(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException("an ExportReader opens no file", e);
        }
    }

    /**
     * Like {@link #stream(Reader, ExportHandler)} on bytes, reporting undecodable bytes
     * with their offsets.
     *
     * @param in      UTF-8 bytes (or UTF-16 with a byte-order mark); closed when the stream is closed
     * @param handler receives what is not a post
     * @return the posts
     */
    public Stream<Post> stream(InputStream in, ExportHandler handler) {
        return stream(new TextDecoder(in), handler);
    }

    /**
     * Like {@link #stream(Reader)} on a UTF-8 file (or UTF-16 with a byte-order mark).
     *
     * @param path a UTF-8 file (or UTF-16 with a byte-order mark)
     * @return the posts; close the stream to close the file
     * @throws IOException if the file cannot be opened; the message names the path
     */
    public Stream<Post> stream(Path path) throws IOException {
        return stream(path, ExportHandler.IGNORE);
    }

    /**
     * Like {@link #stream(Reader, ExportHandler)} on a UTF-8 file (or UTF-16 with a byte-order mark).
     *
     * @param path    a UTF-8 file (or UTF-16 with a byte-order mark)
     * @param handler receives what is not a post
     * @return the posts; close the stream to close the file
     * @throws IOException if the file cannot be opened; the message names the path
     */
    public Stream<Post> stream(Path path, ExportHandler handler) throws IOException {
        if (SplitReader.worthSplitting(path, options.parallelism())) {
            return PostReader.stream((diagnostics, unrecognised) -> new SplitReader(path, options,
                    options.parallelism(), diagnostics, unrecognised), options.strict(), handler);
        }
        InputStream in = Files.newInputStream(path);
        try {
            return stream(in, handler);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Collects a parser's settings. Not thread-safe; the parser it builds is. */
    public static final class Builder {

        private Layout layout;
        private boolean strict;
        private final Set<String> linkLabels = new LinkedHashSet<>();
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * @param threads how many files {@link #parseAll(Collection)} parses at once, and how many
         *                threads parse one file of 4 MB or more in pieces ({@link #parse(Path)},
         *                {@link #stream(Path)}, {@code parseAll} of one file); 1 parses every file in
         *                one pass; default: the number of available processors
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is below 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, not " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Reads every input in this layout instead of detecting it.
         *
         * @param layout the layout
         * @return this builder
         */
        public Builder layout(Layout layout) {
            this.layout = Objects.requireNonNull(layout, "layout");
            return this;
        }

        /**
         * @param strict true to throw {@link TgTextParseException} on errors; default false
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Recognises these texts, in any letter case and maybe behind an emoji, as link labels
         * besides the built-in ones ({@code Read in full}, {@code Learn more}, ...).
         *
         * @param labels the labels
         * @return this builder
         */
        public Builder linkLabels(Iterable<String> labels) {
            labels.forEach(label -> linkLabels.add(Objects.requireNonNull(label, "label")));
            return this;
        }

        /** @return a parser with these settings */
        public TgTextParser build() {
            return new TgTextParser(new ParserOptions(Optional.ofNullable(layout), strict, Set.copyOf(linkLabels),
                    parallelism));
        }
    }
}
