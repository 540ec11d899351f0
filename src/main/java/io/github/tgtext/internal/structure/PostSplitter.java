package io.github.tgtext.internal.structure;

import static io.github.tgtext.internal.grammar.TgExportParser.DOWNLOAD_TELEGRAM_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.DURATION_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.ECHO;
import static io.github.tgtext.internal.grammar.TgExportParser.FORWARDED;
import static io.github.tgtext.internal.grammar.TgExportParser.HASHTAGS;
import static io.github.tgtext.internal.grammar.TgExportParser.LINK;
import static io.github.tgtext.internal.grammar.TgExportParser.OPEN_IN_TELEGRAM_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.REACTIONS;
import static io.github.tgtext.internal.grammar.TgExportParser.REPLY_AUTHOR;
import static io.github.tgtext.internal.grammar.TgExportParser.REPLY_SNIPPET;
import static io.github.tgtext.internal.grammar.TgExportParser.VIEW_IN_TELEGRAM_LINE;

import io.github.tgtext.Layout;
import io.github.tgtext.internal.lines.ClassifiedLine;
import io.github.tgtext.internal.lines.LineKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the lines after the header into post-sized pieces. This is where the boundary rules of
 * docs/format.md live: the frame lines that always open or close a post, the spaced layout's
 * rules between two adjacent lines, and the compact layout's echo; and where no rule has ended a
 * post for too long, the {@link PostSizeLimit}.
 */
final class PostSplitter {

    private final LineQueue lines;
    private final Layout layout;
    private final EchoDetector echo = new EchoDetector();
    private final PostSizeLimit limit = new PostSizeLimit();
    /** How many lines open the current post: its forwarded line, reply preview and leading media. */
    private int openingFrame;

    PostSplitter(LineQueue lines, Layout layout) {
        this.lines = lines;
        this.layout = layout;
    }

    /** @return the next post's lines, or null at the end of the input */
    Chunk next() {
        if (lines.peek() == null) {
            return null;
        }
        List<LineToken> post = new ArrayList<>();
        limit.reset();
        if (kindAhead(0) == LineKind.FORWARDED) {
            post.add(take());
        }
        if (ReplyPreviews.startsAt(lines, 0)) {
            post.add(take().as(REPLY_AUTHOR));
            post.add(take().as(REPLY_SNIPPET));
        }
        while (leadingMediaAhead()) {
            if (kindAhead(0) == LineKind.DURATION) {
                post.add(take().as(DURATION_LINE));
            }
            post.add(take());
            if (kindAhead(0) == LineKind.VIEW_IN_TELEGRAM) {
                post.add(take());
            }
        }
        openingFrame = post.size();
        return layout == Layout.SPACED ? spacedBody(post) : compactBody(post);
    }

    private Chunk spacedBody(List<LineToken> post) {
        ClassifiedLine next;
        while ((next = lines.peek()) != null && (post.isEmpty() || !endsBefore(post, next))) {
            if (limit.reached(post.size())) {
                return Chunk.atSizeLimit(post);
            }
            addRunningOn(post, taken());
        }
        return Chunk.atBoundary(post);
    }

    /** Adds a line to the post; a blank line with the text of the blank line before it joins its token. */
    private static void addRunningOn(List<LineToken> post, ClassifiedLine line) {
        int last = post.size() - 1;
        if (last >= 0 && post.get(last).runsOnInto(line)) {
            post.set(last, post.get(last).through(line));
        } else {
            post.add(LineToken.inPost(line));
        }
    }

    /** The spaced layout's rules: does the post end between its last line and {@code next}? */
    private boolean endsBefore(List<LineToken> post, ClassifiedLine next) {
        if (next.kind() == LineKind.VIEW_IN_TELEGRAM) {
            return false;
        }
        LineToken last = lastBesideStrayLines(post);
        if (opensPost(post, next) || closesPost(last)) {
            return true;
        }
        if (closesTrailingPlaceholder(post)) {
            return !continuesTrailer(next);
        }
        if (next.kind() == LineKind.BLANK || last.type() == REPLY_AUTHOR || last.type() == REPLY_SNIPPET
                || last.line().kind() == LineKind.BLANK) {
            return false;
        }
        if (last.type() == LINK || last.type() == HASHTAGS) {
            return !(continuesTrailer(next) || next.kind() == LineKind.LINK || sameMarker(last.line(), next));
        }
        boolean finished = ProseEnding.readsFinished(last.line().text());
        return finished && ((next.startsWithEmoji() && !sameMarker(last.line(), next))
                || ReplyPreviews.startsAt(lines, 0));
    }

    private Chunk compactBody(List<LineToken> post) {
        echo.reset();
        int firstTextLine = post.size();
        ClassifiedLine next;
        while ((next = lines.peek()) != null) {
            if (opensPost(post, next) && !post.isEmpty()) {
                return Chunk.atBoundary(post);
            }
            if (limit.reached(post.size())) {
                return Chunk.atSizeLimit(post);
            }
            if (next.kind() == LineKind.REACTIONS || next.kind() == LineKind.OPEN_IN_TELEGRAM) {
                takeTrailer(post);
                return finished(post);
            }
            post.add(take());
            if (closesPost(post.get(post.size() - 1))) {
                return finished(post);
            }
            if (post.size() - firstTextLine > 1) {
                echo.add(next.text());
                int echoLines = echo.square();
                if (echoLines > 0) {
                    retypeLast(post, echoLines);
                    takeTrailer(post);
                    return finished(post);
                }
            }
        }
        int cutOff = echo.cutOffEcho();
        retypeLast(post, cutOff);
        return new Chunk(post, cutOff == 0, false);
    }

    /**
     * Ends a compact post after its last frame line. A "VIEW IN TELEGRAM" that follows can only
     * be the second line of a placeholder whose first line is missing: it stays with this post
     * rather than open the next one (the spaced layout's rules say the same).
     */
    private Chunk finished(List<LineToken> post) {
        while (kindAhead(0) == LineKind.VIEW_IN_TELEGRAM) {
            post.add(take());
        }
        return Chunk.atBoundary(post);
    }

    /**
     * The post's last line for the boundary rules: a stray "VIEW IN TELEGRAM" (one not after a
     * placeholder's first line) is passed over, as if the damaged line were not there.
     */
    private static LineToken lastBesideStrayLines(List<LineToken> post) {
        int i = post.size() - 1;
        while (i > 0 && post.get(i).type() == VIEW_IN_TELEGRAM_LINE
                && post.get(i - 1).type() != OPEN_IN_TELEGRAM_LINE
                && !post.get(i - 1).line().kind().opensLeadingMedia()) {
            i--;
        }
        return post.get(i);
    }

    /**
     * Frame lines that always start a new post: a forwarded line, and a media item shown before
     * the text once the post has text (before it, the items are the post's album).
     */
    private boolean opensPost(List<LineToken> post, ClassifiedLine next) {
        return next.kind() == LineKind.FORWARDED || leadingMediaAhead() && post.size() > openingFrame;
    }

    /** @return true if the next lines are a media item shown before the text, its duration first if shown */
    private boolean leadingMediaAhead() {
        LineKind next = kindAhead(0);
        return next != null && (next.opensLeadingMedia()
                || next == LineKind.DURATION && kindAhead(1) != null && kindAhead(1).opensLeadingMedia());
    }

    /**
     * Frame lines after which a post always ends: the reactions line, and a stray
     * "Download Telegram", which only ever ends a header, so that the lines of a damaged header
     * do not run on into the first post.
     */
    private static boolean closesPost(LineToken last) {
        return last.type() == REACTIONS || last.type() == DOWNLOAD_TELEGRAM_LINE;
    }

    private static boolean isContent(LineToken token) {
        return token.type() != FORWARDED && token.type() != REPLY_AUTHOR && token.type() != REPLY_SNIPPET;
    }

    /**
     * The post ends in a placeholder's "VIEW IN TELEGRAM" after its text: a trailing placeholder,
     * or the rest of one whose first line is missing. Only what may follow a trailing placeholder
     * keeps the post going; without this, a damaged placeholder ran its post into the next one.
     */
    private static boolean closesTrailingPlaceholder(List<LineToken> post) {
        int n = post.size();
        if (n < 2 || post.get(n - 1).type() != VIEW_IN_TELEGRAM_LINE) {
            return false;
        }
        LineToken before = post.get(n - 2);
        return before.type() == OPEN_IN_TELEGRAM_LINE
                || isContent(before) && !before.line().kind().opensLeadingMedia();
    }

    /** Another placeholder or the reactions line: what may follow a post's last placeholder. */
    private static boolean continuesTrailer(ClassifiedLine next) {
        return next.kind() == LineKind.OPEN_IN_TELEGRAM || next.kind() == LineKind.REACTIONS;
    }

    /** Two lines of one list: both led by the same marker ("🔹 ..." / "🔹 ..."). */
    private static boolean sameMarker(ClassifiedLine last, ClassifiedLine next) {
        return !last.marker().isEmpty() && last.marker().equals(next.marker());
    }

    /** Takes trailing placeholders, each "Please open..." with its "VIEW IN TELEGRAM", and reactions. */
    private void takeTrailer(List<LineToken> post) {
        while (kindAhead(0) == LineKind.OPEN_IN_TELEGRAM) {
            post.add(take());
            if (kindAhead(0) == LineKind.VIEW_IN_TELEGRAM) {
                post.add(take());
            }
        }
        if (kindAhead(0) == LineKind.REACTIONS) {
            post.add(take());
        }
    }

    private static void retypeLast(List<LineToken> post, int count) {
        for (int i = post.size() - count; i < post.size(); i++) {
            post.set(i, post.get(i).as(ECHO));
        }
    }

    private LineKind kindAhead(int k) {
        ClassifiedLine line = lines.peek(k);
        return line == null ? null : line.kind();
    }

    private LineToken take() {
        return LineToken.inPost(taken());
    }

    /** @return the next line, taken out of the queue and counted against the post's size limit */
    private ClassifiedLine taken() {
        ClassifiedLine line = lines.take();
        limit.count(line);
        return line;
    }
}
