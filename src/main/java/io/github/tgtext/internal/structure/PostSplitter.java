package io.github.tgtext.internal.structure;

import static io.github.tgtext.internal.grammar.TgExportParser.AUTHOR_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.BLANK;
import static io.github.tgtext.internal.grammar.TgExportParser.DOCUMENT_NAME;
import static io.github.tgtext.internal.grammar.TgExportParser.DOWNLOAD_TELEGRAM_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.DURATION_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.ECHO;
import static io.github.tgtext.internal.grammar.TgExportParser.FILE_SIZE_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.FORWARDED;
import static io.github.tgtext.internal.grammar.TgExportParser.HASHTAGS;
import static io.github.tgtext.internal.grammar.TgExportParser.LINK;
import static io.github.tgtext.internal.grammar.TgExportParser.OPEN_IN_TELEGRAM_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.PERCENT_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.POLL_KIND_LINE;
import static io.github.tgtext.internal.grammar.TgExportParser.POLL_OPTION;
import static io.github.tgtext.internal.grammar.TgExportParser.POLL_QUESTION;
import static io.github.tgtext.internal.grammar.TgExportParser.PREVIEW_DESCRIPTION;
import static io.github.tgtext.internal.grammar.TgExportParser.PREVIEW_SITE;
import static io.github.tgtext.internal.grammar.TgExportParser.PREVIEW_TITLE;
import static io.github.tgtext.internal.grammar.TgExportParser.REACTIONS;
import static io.github.tgtext.internal.grammar.TgExportParser.REPLY_AUTHOR;
import static io.github.tgtext.internal.grammar.TgExportParser.REPLY_SNIPPET;
import static io.github.tgtext.internal.grammar.TgExportParser.ROUND_VIDEO_DURATION;
import static io.github.tgtext.internal.grammar.TgExportParser.VIEW_IN_TELEGRAM_LINE;

import io.github.tgtext.Layout;
import io.github.tgtext.internal.lines.ClassifiedLine;
import io.github.tgtext.internal.lines.LineKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the lines after the header into post-sized pieces. This is where the boundary rules of
 * docs/format.md live: the frame lines that open a post and the trailer that closes it, the
 * spaced layout's rules between two adjacent lines, the compact layout's echo, and a copy of the
 * whole page, whose posts each start with the channel's name and end with a footer; and where no
 * rule has ended a post for too long, the {@link PostSizeLimit}.
 */
final class PostSplitter {

    /**
     * A link preview has a line each for the site, the title and the description. Outside a copy
     * of the whole page only what follows tells it from text, so no more lines than that are taken.
     */
    static final int PREVIEW_LINES = 3;

    private final LineQueue lines;
    private final Layout layout;
    private final Optional<String> channelName;
    private final EchoDetector echo = new EchoDetector();
    private final PostSizeLimit limit = new PostSizeLimit();
    /** How many lines open the current post: its author, forwarded line, reply preview and media above the text. */
    private int openingFrame;

    /** @param channelName in a copy of the whole page, the channel's name, which stands above every post */
    PostSplitter(LineQueue lines, Layout layout, Optional<String> channelName) {
        this.lines = lines;
        this.layout = layout;
        this.channelName = channelName;
    }

    /** @return the next post's lines, or null at the end of the input */
    Chunk next() {
        if (lines.peek() == null) {
            return null;
        }
        List<LineToken> post = new ArrayList<>();
        limit.reset();
        if (authorAhead()) {
            post.add(take().as(AUTHOR_LINE));
        }
        if (kindAhead(0) == LineKind.FORWARDED) {
            post.add(take());
        }
        if (ReplyPreviews.startsAt(lines, 0, channelName)) {
            post.add(take().as(REPLY_AUTHOR));
            post.add(take().as(REPLY_SNIPPET));
        }
        takeMedia(post);
        openingFrame = post.size();
        if (channelName.isPresent()) {
            return pageCopyBody(post);
        }
        return layout == Layout.SPACED ? spacedBody(post) : compactBody(post);
    }

    /**
     * A post of a copy of the whole page ends with its trailer (placeholders, link preview,
     * reactions, footer); media after its text are those of a post that shows its text above
     * them.
     */
    private Chunk pageCopyBody(List<LineToken> post) {
        ClassifiedLine next;
        while ((next = lines.peek()) != null) {
            if (next.kind() == LineKind.FORWARDED && !post.isEmpty()) {
                return Chunk.atBoundary(post);
            }
            if (limit.reached(post.size())) {
                return Chunk.atSizeLimit(post);
            }
            if (mediaAhead()) {
                takeMedia(post);
            } else if (trailerAhead()) {
                takeTrailer(post, false, PostSizeLimit.MAX_LINES);
                return finished(post);
            } else {
                takeText(post);
            }
        }
        return Chunk.atBoundary(post);
    }

    private Chunk spacedBody(List<LineToken> post) {
        ClassifiedLine next;
        while ((next = lines.peek()) != null && (post.isEmpty() || !endsBefore(post, next))) {
            if (limit.reached(post.size())) {
                return Chunk.atSizeLimit(post);
            }
            if (trailerAhead()) {
                takeTrailer(post, false, PREVIEW_LINES);
                return finished(post);
            }
            takeText(post);
        }
        return Chunk.atBoundary(post);
    }

    /**
     * Takes the next line of the post's text: a document's name and size, or a poll's kind with
     * its options (the lines taken since the post's frame are its question), or any other line.
     */
    private void takeText(List<LineToken> post) {
        if (documentAhead()) {
            post.add(take().as(DOCUMENT_NAME));
            post.add(take().as(FILE_SIZE_LINE));
        } else if (pollAhead()) {
            for (int i = openingFrame; i < post.size(); i++) {
                if (post.get(i).type() != BLANK) {
                    post.set(i, post.get(i).as(POLL_QUESTION));
                }
            }
            post.add(take().as(POLL_KIND_LINE));
            while (kindAhead(0) == LineKind.PERCENT && kindAhead(1) != null && !kindAhead(1).isPostFrame()) {
                post.add(take().as(PERCENT_LINE));
                post.add(take().as(POLL_OPTION));
            }
        } else {
            addRunningOn(post, taken());
        }
    }

    /** @return true if a document's name and size are next: a line of text, then "2.1 MB" */
    private boolean documentAhead() {
        return kindAhead(1) == LineKind.FILE_SIZE && (kindAhead(0) == LineKind.TEXT || kindAhead(0) == LineKind.BULLET);
    }

    /** @return true if a poll's kind and its first option's share are next, after its question */
    private boolean pollAhead() {
        return kindAhead(0) == LineKind.POLL_KIND && kindAhead(1) == LineKind.PERCENT;
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
            return !trailerAhead();
        }
        if (next.kind() == LineKind.BLANK || last.type() == REPLY_AUTHOR || last.type() == REPLY_SNIPPET
                || last.line().kind() == LineKind.BLANK) {
            return false;
        }
        if (last.type() == LINK || last.type() == HASHTAGS) {
            return !(trailerAhead() || next.kind() == LineKind.LINK || sameMarker(last.line(), next));
        }
        boolean finished = ProseEnding.readsFinished(last.line().text());
        return finished && ((next.startsWithEmoji() && !sameMarker(last.line(), next))
                || ReplyPreviews.startsAt(lines, 0, channelName));
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
            if (trailerAhead()) {
                takeTrailer(post, false, PREVIEW_LINES);
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
                    takeTrailer(post, true, PREVIEW_LINES);
                    return finished(post);
                }
            }
        }
        int cutOff = echo.cutOffEcho();
        retypeLast(post, cutOff);
        return new Chunk(post, cutOff == 0, false);
    }

    /**
     * Ends a post after its last frame line. A "VIEW IN TELEGRAM" that follows can only be the
     * second line of a placeholder whose first line is missing: it stays with this post rather
     * than open the next one (the spaced layout's rules say the same).
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
                && !post.get(i - 1).line().kind().opensMediaItem()) {
            i--;
        }
        return post.get(i);
    }

    /**
     * Frame lines that always start a new post: a forwarded line, and a media item once the post
     * has text (before it, the items are the post's album).
     */
    private boolean opensPost(List<LineToken> post, ClassifiedLine next) {
        return next.kind() == LineKind.FORWARDED || mediaAhead() && post.size() > openingFrame;
    }

    /** @return true if the next lines are a media item, its duration first if shown */
    private boolean mediaAhead() {
        LineKind next = kindAhead(0);
        return next != null && (next.opensMediaItem()
                || next == LineKind.DURATION && kindAhead(1) != null && kindAhead(1).opensMediaItem());
    }

    /**
     * Takes the media items ahead, each its duration (if shown), its first line and "VIEW IN
     * TELEGRAM"; a video that shows no duration before it may show one after it (a round video).
     */
    private void takeMedia(List<LineToken> post) {
        while (mediaAhead()) {
            boolean durationBefore = kindAhead(0) == LineKind.DURATION;
            if (durationBefore) {
                post.add(take().as(DURATION_LINE));
            }
            boolean video = kindAhead(0) == LineKind.VIDEO_NOT_SUPPORTED;
            post.add(take());
            if (kindAhead(0) == LineKind.VIEW_IN_TELEGRAM) {
                post.add(take());
                if (video && !durationBefore && kindAhead(0) == LineKind.DURATION && !mediaAhead()) {
                    post.add(take().as(ROUND_VIDEO_DURATION));
                }
            }
        }
    }

    /** @return true if the next line is the channel's name, which a copy of the whole page shows above each post */
    private boolean authorAhead() {
        ClassifiedLine next = lines.peek();
        return channelName.isPresent() && next != null && next.text().equals(channelName.get());
    }

    /**
     * A stray "Download Telegram", which only ever ends a header, ends the post it stands in, so
     * that the lines of a damaged header do not run on into the first post.
     */
    private static boolean closesPost(LineToken last) {
        return last.type() == REACTIONS || last.type() == DOWNLOAD_TELEGRAM_LINE;
    }

    private static boolean isContent(LineToken token) {
        return token.type() != FORWARDED && token.type() != REPLY_AUTHOR && token.type() != REPLY_SNIPPET
                && token.type() != AUTHOR_LINE;
    }

    /**
     * The post ends in a placeholder's "VIEW IN TELEGRAM" after its text: the rest of a trailing
     * placeholder whose first line is missing. Only what may follow a trailing placeholder keeps
     * the post going; without this, a damaged placeholder ran its post into the next one.
     */
    private static boolean closesTrailingPlaceholder(List<LineToken> post) {
        int n = post.size();
        if (n < 2 || post.get(n - 1).type() != VIEW_IN_TELEGRAM_LINE) {
            return false;
        }
        LineToken before = post.get(n - 2);
        return before.type() == OPEN_IN_TELEGRAM_LINE || isContent(before) && !before.line().kind().opensMediaItem();
    }

    /** @return true if what closes a post comes next: a trailing placeholder, the reactions or the footer */
    private boolean trailerAhead() {
        return kindAhead(0) == LineKind.OPEN_IN_TELEGRAM || reactionsAt(0) || kindAhead(0) == LineKind.FOOTER;
    }

    /**
     * @return true if the line {@code k} ahead is a reactions line. A line of counts only is one
     *         unless a blank line follows it in the spaced layout: a reactions line ends its post,
     *         and no post starts with a blank line, so such a line is a number in the text.
     */
    private boolean reactionsAt(int k) {
        LineKind kind = kindAhead(k);
        return kind == LineKind.REACTIONS
                || kind == LineKind.COUNTS && !(layout == Layout.SPACED && kindAhead(k + 1) == LineKind.BLANK);
    }

    /** Two lines of one list: both led by the same marker ("🔹 ..." / "🔹 ..."). */
    private static boolean sameMarker(ClassifiedLine last, ClassifiedLine next) {
        return !last.marker().isEmpty() && last.marker().equals(next.marker());
    }

    /**
     * Takes what closes a post: trailing placeholders, each "Please open..." with its "VIEW IN
     * TELEGRAM"; after them or after the text's end, a link preview, where the reactions or the
     * footer follow it within {@code previewLines} lines; then the reactions and the footer.
     */
    private void takeTrailer(List<LineToken> post, boolean textEnded, int previewLines) {
        boolean placeholders = false;
        while (kindAhead(0) == LineKind.OPEN_IN_TELEGRAM) {
            post.add(take());
            if (kindAhead(0) == LineKind.VIEW_IN_TELEGRAM) {
                post.add(take());
            }
            placeholders = true;
        }
        if (placeholders || textEnded) {
            int preview = previewAhead(previewLines);
            for (int i = 0; i < preview; i++) {
                post.add(take().as(i == 0 ? PREVIEW_SITE : i == 1 ? PREVIEW_TITLE : PREVIEW_DESCRIPTION));
            }
        }
        if (reactionsAt(0)) {
            post.add(take().as(REACTIONS));
        }
        if (kindAhead(0) == LineKind.FOOTER) {
            post.add(take());
        }
    }

    /**
     * @return how many lines ahead are a link preview: lines of text (blank lines too in a copy of
     *         the whole page, whose previews' descriptions may hold paragraphs) up to the
     *         reactions or the footer, at most {@code most}; 0 if no reactions or footer follow them.
     *         Outside a page copy a short post could stand there too, so the first line must read
     *         as a site's name and no reply preview may start among them.
     */
    private int previewAhead(int most) {
        boolean pageCopy = channelName.isPresent();
        ClassifiedLine site = lines.peek(0);
        if (!pageCopy && (site == null || !NameLines.readsAsName(site.text()))) {
            return 0;
        }
        for (int k = 0; k <= most; k++) {
            LineKind kind = kindAhead(k);
            if (reactionsAt(k) || kind == LineKind.FOOTER) {
                return k;
            }
            boolean blankAllowed = pageCopy && k > 0;
            if (kind == null || kind.isPostFrame() || kind == LineKind.BLANK && !blankAllowed || mediaAhead(k)
                    || !pageCopy && ReplyPreviews.startsAt(lines, k, channelName)) {
                return 0;
            }
        }
        return 0;
    }

    private boolean mediaAhead(int k) {
        LineKind kind = kindAhead(k);
        return kind != null && kind.opensMediaItem();
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
