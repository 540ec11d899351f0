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
public final class ExportReader implements AutoCloseable {

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
    private int nextIndex;

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
        this.diagnostics = new HeldDiagnostics(diagnostics);
        this.reader = new LineReader(in);
        this.lines = new LineQueue(reader, new LineClassifier(options::isLinkLabel),
                in instanceof TextDecoder decoder ? decoder.malformed() : new ArrayDeque<>(), this.diagnostics);
        HeaderLines headerLines = HeaderLines.find(lines);
        boolean pageCopy = headerLines != null && headerLines.pageCopy();
        // A copy of the whole page sets a post's paragraphs apart with blank lines, whatever its posts hold.
        this.layout = options.layout().orElseGet(() -> pageCopy ? Layout.SPACED
                : detectLayout(headerLines == null ? -1 : headerLines.end()));
        this.builder = new TreeBuilder(layout, this.diagnostics, unrecognised);
        Optional<String> channelName = pageCopy ? Optional.of(headerLines.titleText(lines)) : Optional.empty();
        if (headerLines == null) {
            this.header = Optional.empty();
        } else {
            List<LineToken> tokens = headerLines.take(lines);
            this.header = builder.header(tokens);
            this.diagnostics.passOnThrough(tokens.get(tokens.size() - 1).last().line().number());
        }
        this.splitter = new PostSplitter(lines, layout, channelName);
    }

    /** @return the channel header, if the input starts with one */
    public Optional<ChannelHeader> header() {
        return header;
    }

    /** @return the short lines that recurred unrecognised in the posts read so far (format drift) */
    public List<RecurringLine> recurringLines() {
        return recurring.found();
    }

    /** @return the layout the input is read in */
    public Layout layout() {
        return layout;
    }

    /** @return the next post, or null at the end of the input */
    public Post next() {
        Chunk chunk = splitter.next();
        if (chunk == null) {
            diagnostics.passOnAll();
            return null;
        }
        Post post = replies.link(builder.post(nextIndex++, chunk));
        recurring.observe(post);
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
