package io.github.tgtext.internal.structure;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Post;
import io.github.tgtext.TgTextParseException;
import io.github.tgtext.Unrecognised;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.input.TextDecoder;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Parses a byte range of a file on its own, for an engine that cuts a large file into partitions
 * (a Spark data source): the range starts at the first point at or after {@code from} where a post
 * always begins, by the rule {@link PieceCutter} cuts pieces by, and ends at the first such point at
 * or after {@code to}, or at the file's end. Ranges that tile a file therefore give each of its
 * posts exactly once.
 *
 * <p>What a range gives: spans, line numbers and diagnostics are those of the whole file; the
 * header is the file's in every range, its diagnostics only in the range that starts at 0; post
 * indexes start at 0 in each range, and a reply preview is linked only to a post of its own range.
 * Finding the start costs a scan of the bytes before it (lines are counted and checked as UTF-8,
 * not parsed). Bytes that are not UTF-8, or a line too long to cut at, leave no point after them:
 * the range they fall in runs to the file's end, and later ranges are empty.
 */
public final class FileRanges {

    /** A file that can be opened at any byte offset, such as a Hadoop file system's, after a seek. */
    @FunctionalInterface
    public interface SeekableFile {
        InputStream openAt(long offset) throws IOException;
    }

    private FileRanges() {
    }

    /**
     * @param path    a UTF-8 file (or UTF-16 with a byte-order mark, which is read whole by the range at 0)
     * @param options the parser's settings
     * @param from    where the range may start, in bytes
     * @param to      where the next range may start, in bytes
     * @return the range's posts, and what was found about them
     * @throws IOException          if the file cannot be read
     * @throws TgTextParseException in strict mode, if the range has errors
     */
    public static ChannelExport parseRange(Path path, ParserOptions options, long from, long to) throws IOException {
        return parseRange(offset -> open(path, offset), options, from, to);
    }

    /** Like {@link #parseRange(Path, ParserOptions, long, long)} on a file opened by the caller. */
    public static ChannelExport parseRange(SeekableFile file, ParserOptions options, long from, long to)
            throws IOException {
        ExportReader.FileStart fileStart;
        Optional<ChannelHeader> header;
        try (ExportReader first = new ExportReader(new TextDecoder(file.openAt(0)), options, d -> { }, u -> { })) {
            fileStart = first.fileStart();
            header = first.header();
        }
        PieceCutter.Point start;
        PieceCutter.Point end;
        try (InputStream whole = file.openAt(0)) {
            PieceCutter cutter = new PieceCutter(whole, options::isLinkLabel, fileStart.layout(),
                    fileStart.channelName().isPresent(), PieceCutter.PIECE_BYTES);
            start = cutter.skipTo(from);
            end = start.endOfInput() ? start : cutter.skipTo(to);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Unrecognised> unrecognised = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        RecurringLines recurring = new RecurringLines();
        if (!start.endOfInput() && (end.endOfInput() || end.byteOffset() > start.byteOffset())) {
            InputStream bytes = new Bounded(file.openAt(start.byteOffset()),
                    end.endOfInput() ? Long.MAX_VALUE : end.byteOffset() - start.byteOffset());
            try (ExportReader reader = reader(bytes, options, fileStart, start, diagnostics::add, unrecognised::add)) {
                ReplyIndex replies = new ReplyIndex();
                for (Post post = reader.next(); post != null; post = reader.next()) {
                    Post linked = replies.link(post);
                    recurring.observe(linked);
                    posts.add(linked);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        unrecognised.sort(Comparator.comparingInt(u -> u.span().firstLine()));
        ChannelExport export = new ChannelExport(header, posts, fileStart.layout(), unrecognised, diagnostics,
                recurring.found());
        if (options.strict() && export.hasErrors()) {
            throw new TgTextParseException(diagnostics);
        }
        return export;
    }

    /**
     * Reads the range as the middle of its file, as {@link SplitReader} reads a piece: in the
     * file's layout, the header looked for only at the file's start, replies linked here.
     */
    private static ExportReader reader(InputStream bytes, ParserOptions options, ExportReader.FileStart fileStart,
            PieceCutter.Point start, Consumer<Diagnostic> diagnostics, Consumer<Unrecognised> unrecognised) {
        // At the file's start the bytes may be UTF-16, which only the whole input's decoder tells.
        Reader decoded = start.byteOffset() == 0 ? new TextDecoder(bytes)
                : new TextDecoder(bytes, start.byteOffset(), start.charOffset());
        return ExportReader.piece(decoded, options, fileStart, start.linesBefore(), start.charOffset(), diagnostics,
                unrecognised);
    }

    private static InputStream open(Path path, long offset) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(path);
        try {
            return Channels.newInputStream(channel.position(offset));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** The first bytes of a stream, up to a limit. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }
    }
}
