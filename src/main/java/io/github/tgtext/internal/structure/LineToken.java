package io.github.tgtext.internal.structure;

import io.github.tgtext.SourceSpan;
import io.github.tgtext.internal.grammar.TgExportParser;
import io.github.tgtext.internal.lines.ClassifiedLine;
import io.github.tgtext.internal.lines.LineKind;
import java.util.Collections;
import java.util.List;

/**
 * A line as a token of the structure grammar ({@code TgExportParser}): its classified kind, or
 * the role the context gave it (echo, reply preview, header counter). A run of blank lines with
 * the same text can be one token ({@link #through}): a post's blank lines are only counted, and
 * a post may hold millions of them.
 *
 * @param line the line; the first of a run
 * @param type a token type of {@code TgExportParser}
 * @param last the last line of a run; the line itself for a token of one line
 */
record LineToken(ClassifiedLine line, int type, ClassifiedLine last) {

    /** @return the line as a token of its own kind, as it stands in a post */
    static LineToken inPost(ClassifiedLine line) {
        return new LineToken(line, postType(line), line);
    }

    /** @return the line as a token of its own kind, as it stands in the header */
    static LineToken inHeader(ClassifiedLine line) {
        return new LineToken(line, switch (line.kind()) {
            case SUBSCRIBERS -> TgExportParser.SUBSCRIBERS_LINE;
            case PHOTOS -> TgExportParser.PHOTOS_LINE;
            case VIDEOS -> TgExportParser.VIDEOS_LINE;
            case FILES -> TgExportParser.FILES_LINE;
            case LINKS -> TgExportParser.LINKS_LINE;
            default -> postType(line);
        }, line);
    }

    LineToken as(int newType) {
        return new LineToken(line, newType, last);
    }

    /**
     * @param next the line after this token's last
     * @return true if {@code next} is a blank line like this token's, so that the token can run on
     *         through it
     */
    boolean runsOnInto(ClassifiedLine next) {
        return type == TgExportParser.BLANK && next.kind() == LineKind.BLANK && next.text().equals(line.text())
                && next.line().number() == last.line().number() + 1;
    }

    /**
     * @param next a line this token {@link #runsOnInto runs on into}
     * @return this token, running on through {@code next}
     */
    LineToken through(ClassifiedLine next) {
        return new LineToken(line, type, next);
    }

    /** @return how many lines the token stands for */
    int lineCount() {
        return last.line().number() - line.line().number() + 1;
    }

    /** @return the text of each line the token stands for */
    List<String> texts() {
        return Collections.nCopies(lineCount(), line.text());
    }

    /** @return where the lines from this token's first to {@code end}'s last stand */
    SourceSpan spanTo(LineToken end) {
        return new SourceSpan(line.line().number(), end.last.line().number(), line.line().startOffset(),
                end.last.line().endOffset());
    }

    private static int postType(ClassifiedLine line) {
        return switch (line.kind()) {
            case BLANK -> TgExportParser.BLANK;
            case BULLET -> TgExportParser.BULLET;
            case HASHTAGS -> TgExportParser.HASHTAGS;
            case LINK -> TgExportParser.LINK;
            case SEPARATOR -> TgExportParser.SEPARATOR_LINE;
            case OMISSION -> TgExportParser.OMISSION_LINE;
            case FORWARDED -> TgExportParser.FORWARDED;
            case MEDIA_TOO_BIG -> TgExportParser.MEDIA_TOO_BIG_LINE;
            case VIDEO_NOT_SUPPORTED -> TgExportParser.VIDEO_NOT_SUPPORTED_LINE;
            case OPEN_IN_TELEGRAM -> TgExportParser.OPEN_IN_TELEGRAM_LINE;
            case VIEW_IN_TELEGRAM -> TgExportParser.VIEW_IN_TELEGRAM_LINE;
            case DOWNLOAD_TELEGRAM -> TgExportParser.DOWNLOAD_TELEGRAM_LINE;
            case REACTIONS -> TgExportParser.REACTIONS;
            case FOOTER -> TgExportParser.FOOTER;
            // Outside the header, "3 files", "@durov" and "About" are ordinary text. "0:14" is a
            // duration only where PostSplitter finds the placeholder of its video after it, and
            // counts alone are reactions only where it finds the post ends there; a poll's and a
            // document's lines are theirs only together.
            case TEXT, SUBSCRIBERS, PHOTOS, VIDEOS, FILES, LINKS, PAGE_LINK, MENTION, DURATION, COUNTS, POLL_KIND,
                    PERCENT, FILE_SIZE ->
                    TgExportParser.TEXT;
        };
    }
}
