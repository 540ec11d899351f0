package io.github.tgtext.spark;

import io.github.tgtext.Diagnostic;
import io.github.tgtext.Post;
import io.github.tgtext.TgTextParseException;
import io.github.tgtext.TgTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Queue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one partition's files or ranges in turn, each checked as the command-line tool checks
 * its inputs and then parsed as it is read, and makes the rows the read asks for. A whole file is
 * streamed, one post held at a time; a range of a split file is held as the library returns it
 * ({@link ParsedRange}).
 *
 * <p>An unreadable, binary or non-UTF-8 file fails the task with the tool's message for it,
 * naming the file; under {@code ignoreCorruptFiles} it is skipped, logged and counted instead
 * (rows already made from a file that fails part-way are kept, as Spark's file sources keep
 * them). A file with errors under {@code strict} always fails.
 */
final class ExportPartitionReader implements PartitionReader<InternalRow> {

    private static final Logger LOG = LoggerFactory.getLogger(ExportPartitionReader.class);

    private final ReadOptions options;
    private final Configuration conf;
    private final TgTextParser parser;
    private final List<PostColumn> columns;
    private final Map<String, ReplyContext> contexts;
    private final Consumer<Post> observer;
    private final Iterator<FileRange> ranges;
    private final Queue<InternalRow> pending = new ArrayDeque<>();
    private final TextViewCount textViews = new TextViewCount();
    private long skipped;

    private FileRange range;
    private ParsedExport export;
    private FileContext file;
    private InternalRow row;

    /**
     * @param columns  the columns of rows of posts to make
     * @param contexts for ranges of split files, what their replies to earlier ranges resolve
     *                 against, by {@link FileRange#key()}; empty when the query reads no indexes
     * @param observer hears each post a row is made of (the counting job keeps their keys)
     */
    ExportPartitionReader(ExportPartition partition, ReadOptions options, Configuration conf,
            List<PostColumn> columns, Map<String, ReplyContext> contexts, Consumer<Post> observer) {
        this.contexts = contexts;
        this.observer = observer;
        this.options = options;
        this.conf = conf;
        this.parser = options.parser();
        this.columns = columns;
        this.ranges = partition.ranges().iterator();
    }

    @Override
    public boolean next() throws IOException {
        while (pending.isEmpty()) {
            if (export == null && !ranges.hasNext()) {
                return false;
            }
            try {
                if (export == null) {
                    open(ranges.next());
                } else if (!advance()) {
                    closeExport();
                }
            } catch (TgTextParseException e) {
                closeQuietly();
                throw new StrictFailure(range.path(), e);
            } catch (IOException | UncheckedIOException e) {
                closeQuietly();
                Unreadable unreadable = e instanceof Unreadable u ? u
                        : new Unreadable(range.toString(), Unreadable.reason(ioOf(e)), e);
                if (!options.ignoreCorruptFiles()) {
                    throw unreadable;
                }
                skipped++;
                LOG.warn("Skipped {} (ignoreCorruptFiles): {}", range, unreadable.getMessage());
            }
        }
        row = pending.poll();
        return true;
    }

    @Override
    public InternalRow get() {
        return row;
    }

    @Override
    public CustomTaskMetric[] currentMetricsValues() {
        return new CustomTaskMetric[] {ReadMetrics.task(ReadMetrics.TEXT_VIEWS_BUILT, textViews.value()),
            ReadMetrics.task(ReadMetrics.FILES_SKIPPED, skipped)};
    }

    @Override
    public void close() throws IOException {
        closeExport();
    }

    /** Checks the range's bytes, then starts parsing it; rows of a file's header only need its top. */
    private void open(FileRange next) throws IOException {
        range = next;
        Path path = new Path(range.path());
        FileSystem fs = path.getFileSystem(conf);
        String problem = problemWith(fs, path);
        if (problem != null) {
            throw new Unreadable(range.toString(), problem, null);
        }
        export = range.wholeFile() ? new StreamedFile(fs.open(path), parser) : new ParsedRange(fs, path, range, options, contexts.get(range.key()));
        file = FileContext.of(range.path(), export.layout(), export.header());
        if (options.rows() == RowKind.CHANNELS) {
            if (range.from() == 0) {
                pending.add(ChannelRows.row(file.source(), export.layout(), export.header()));
            }
            closeExport();
        }
    }

    private String problemWith(FileSystem fs, Path path) throws IOException {
        if (range.from() == 0 && range.to() == range.length()) {
            try (InputStream in = fs.open(path)) {
                return InputCheck.problemWithFile(in);
            }
        }
        Charset encoding;
        try (InputStream in = fs.open(path)) {
            encoding = InputCheck.encodingOf(in);
        }
        if (!encoding.equals(StandardCharsets.UTF_8)) {
            // UTF-16 (rare in exports) is checked whole in each of its ranges: its chars have no
            // mark of where they start, so a range cannot find its first one on its own.
            try (InputStream in = fs.open(path)) {
                return InputCheck.problemWithFile(in);
            }
        }
        try (FSDataInputStream in = fs.open(path)) {
            in.seek(range.from());
            return InputCheck.problemWithUtf8Range(in, range.from(), range.to());
        }
    }

    /** Parses the next post and makes its rows; @return false at the end of the range */
    private boolean advance() throws IOException {
        Post post = export.next();
        Queue<Diagnostic> heard = export.heard();
        if (options.rows() == RowKind.DIAGNOSTICS) {
            while (!heard.isEmpty() && (post == null || heard.peek().line() <= post.span().lastLine())) {
                pending.add(DiagnosticRows.row(file.source(), heard.poll()));
            }
            return post != null;
        }
        if (post == null) {
            heard.clear();
            return false;
        }
        int onItsLines = 0;
        while (!heard.isEmpty() && heard.peek().line() <= post.span().lastLine()) {
            if (heard.poll().line() >= post.span().firstLine()) {
                onItsLines++;
            }
        }
        observer.accept(post);
        pending.add(postRow(new PostView(file, post, onItsLines, textViews)));
        return true;
    }

    private InternalRow postRow(PostView post) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).valueOf(post);
        }
        return new GenericInternalRow(values);
    }

    private static IOException ioOf(Exception e) {
        return e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
    }

    private void closeExport() throws IOException {
        if (export != null) {
            ParsedExport closing = export;
            export = null;
            closing.close();
        }
    }

    private void closeQuietly() {
        try {
            closeExport();
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Closing {} after a failure", range, e);
        }
    }
}
