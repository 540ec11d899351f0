package io.github.tgtext.internal.structure;

import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.RecurringLine;
import io.github.tgtext.Unrecognised;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.input.LineReader;
import io.github.tgtext.internal.input.TextDecoder;
import io.github.tgtext.internal.lines.ClassifiedLine;
import io.github.tgtext.internal.lines.LineClassifier;
import io.github.tgtext.internal.lines.LineKind;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an export post by post: the header and the layout first (with a bounded lookahead),
 * then one post per call. Memory holds the current post, the lookahead and the reply index,
 * never the whole input. Diagnostics are given in input order, those about the header's lines
 * before the constructor returns and those about a post's lines before {@link #next()} returns
 * it.
 */
public final class ExportReader implements PostReader {

    /** Lines read ahead, after the header, to find a blank line that marks the spaced layout. */
    static final int LAYOUT_LOOKAHEAD = 10_000;

    private final LineReader reader;
    private final LineQueue lines;
    private final Layout layout;
    private final Optional<ChannelHeader> header;
    private final TreeBuilder builder;
    private final PostSplitter splitter;
    private final ReplyIndex replies = new ReplyIndex();
    private final RecurringLines recurring = new RecurringLines();
    private final HeldDiagnostics diagnostics;
    private final Optional<String> channelName;
    /** True when reading a whole input; a piece's posts are linked to the ones before by whoever joins the pieces. */
    private final boolean whole;
    private int nextIndex;

    /**
     * What a piece of an input needs to know from the input's start to be read as the whole
     * input would read it.
     *
     * @param layout      the input's layout
     * @param channelName in a copy of the whole page, the channel's name above every post
     */
    public record FileStart(Layout layout, Optional<String> channelName) {
    }

    /**
     * Reads the header and decides the layout.
     *
     * @param in           the input; closed with this reader
     * @param options      the parser's settings
     * @param diagnostics  receives diagnostics in input order, each no later than the header or
     *                     post whose lines it is about
     * @param unrecognised receives lines that could not be placed
     */
    public ExportReader(Reader in, ParserOptions options, Consumer<Diagnostic> diagnostics,
            Consumer<Unrecognised> unrecognised) {
        this(in, options, diagnostics, unrecognised, null, 0, 0);
    }

    /**
     * Reads a piece of an input that starts where a post does (the first piece at the input's
     * start, with its header). Its posts are numbered from 0, and their reply previews are not
     * resolved: the pieces' reader does both in order (SplitParser).
     *
     * @param in          the piece; closed with this reader
     * @param start       what the input's start says
     * @param linesBefore how many lines of the input come before the piece
     * @param offset      the offset of the piece's first char in the whole decoded input
     * @return a reader of the piece
     */
    public static ExportReader piece(Reader in, ParserOptions options, FileStart start, int linesBefore, long offset,
            Consumer<Diagnostic> diagnostics, Consumer<Unrecognised> unrecognised) {
        return new ExportReader(in, options, diagnostics, unrecognised, start, linesBefore, offset);
    }

    private ExportReader(Reader in, ParserOptions options, Consumer<Diagnostic> diagnostics,
            Consumer<Unrecognised> unrecognised, FileStart start, int linesBefore, long offset) {
        this.whole = start == null;
        this.diagnostics = new HeldDiagnostics(diagnostics);
        this.reader = new LineReader(in, linesBefore, offset);
        this.lines = new LineQueue(reader, new LineClassifier(options::isLinkLabel),
                in instanceof TextDecoder decoder ? decoder.malformed() : new ArrayDeque<>(), this.diagnostics);
        HeaderLines headerLines = linesBefore == 0 ? HeaderLines.find(lines) : null;
        boolean pageCopy = headerLines != null && headerLines.pageCopy();
        // A copy of the whole page sets a post's paragraphs apart with blank lines, whatever its posts hold.
        this.layout = start != null ? start.layout() : options.layout().orElseGet(() -> pageCopy ? Layout.SPACED
                : detectLayout(headerLines == null ? -1 : headerLines.end()));
        this.builder = new TreeBuilder(layout, this.diagnostics, unrecognised);
        this.channelName = start != null ? start.channelName()
                : pageCopy ? Optional.of(headerLines.titleText(lines)) : Optional.empty();
        if (headerLines == null) {
            this.header = Optional.empty();
        } else {
            List<LineToken> tokens = headerLines.take(lines);
            this.header = builder.header(tokens);
            this.diagnostics.passOnThrough(tokens.get(tokens.size() - 1).last().line().number());
        }
        this.splitter = new PostSplitter(lines, layout, channelName);
    }

    /** @return what a piece of this input needs to know from its start */
    public FileStart fileStart() {
        return new FileStart(layout, channelName);
    }

    @Override
    public Optional<ChannelHeader> header() {
        return header;
    }

    @Override
    public List<RecurringLine> recurringLines() {
        return recurring.found();
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public Post next() {
        Chunk chunk = splitter.next();
        if (chunk == null) {
            diagnostics.passOnAll();
            return null;
        }
        Post post = builder.post(nextIndex++, chunk);
        if (whole) {
            post = replies.link(post);
            recurring.observe(post);
        }
        diagnostics.passOnThrough(post.span().lastLine());
        return post;
    }

    /**
     * Spaced if blank lines stand between lines of posts; compact if none does. A single one is
     * weak evidence, since a compact file can hold a stray blank line: then the file is compact if
     * its text repeats the way the compact layout's echo repeats it (two lines in a row that
     * stand in a row again), spaced otherwise.
     */
    private Layout detectLayout(int headerEnd) {
        int blankLines = 0;
        boolean echoSeen = false;
        Set<Long> pairs = new HashSet<>();
        ClassifiedLine previous = null;
        for (int k = headerEnd + 1; k < headerEnd + 1 + LAYOUT_LOOKAHEAD; k++) {
            ClassifiedLine line = lines.peek(k);
            if (line == null) {
                break;
            }
            if (line.kind() == LineKind.BLANK) {
                boolean between = previous != null && previous.kind() != LineKind.BLANK && lines.peek(k + 1) != null;
                if (between && ++blankLines > 1) {
                    return Layout.SPACED;
                }
            } else if (previous != null && isText(previous) && isText(line)) {
                echoSeen |= !pairs.add(previous.text().hashCode() * 0x9E3779B97F4A7C15L + line.text().hashCode());
            }
            previous = line;
        }
        return blankLines == 1 && !echoSeen ? Layout.SPACED : Layout.COMPACT;
    }

    private static boolean isText(ClassifiedLine line) {
        return line.kind() == LineKind.TEXT || line.kind() == LineKind.BULLET;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
