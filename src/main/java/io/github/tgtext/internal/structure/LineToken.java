package io.github.tgtext.internal.structure;

import io.github.tgtext.internal.grammar.TgExportParser;
import io.github.tgtext.internal.lines.ClassifiedLine;

/**
 * A line as a token of the structure grammar ({@code TgExportParser}): its classified kind, or
 * the role the context gave it (echo, reply preview, header counter).
 *
 * @param line the line
 * @param type a token type of {@code TgExportParser}
 */
record LineToken(ClassifiedLine line, int type) {

    /** @return the line as a token of its own kind, as it stands in a post */
    static LineToken inPost(ClassifiedLine line) {
        return new LineToken(line, postType(line));
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
        });
    }

    LineToken as(int newType) {
        return new LineToken(line, newType);
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
            case OPEN_IN_TELEGRAM -> TgExportParser.OPEN_IN_TELEGRAM_LINE;
            case VIEW_IN_TELEGRAM -> TgExportParser.VIEW_IN_TELEGRAM_LINE;
            case DOWNLOAD_TELEGRAM -> TgExportParser.DOWNLOAD_TELEGRAM_LINE;
            case REACTIONS -> TgExportParser.REACTIONS;
            // Outside the header, "3 files" is ordinary text.
            case TEXT, SUBSCRIBERS, PHOTOS, VIDEOS, FILES, LINKS -> TgExportParser.TEXT;
        };
    }
}
