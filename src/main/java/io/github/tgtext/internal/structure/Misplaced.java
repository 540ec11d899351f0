package io.github.tgtext.internal.structure;

import io.github.tgtext.internal.grammar.TgExportParser;
import io.github.tgtext.internal.text.Phrases;

/** Says, for a line the structure grammar rejected, where such a line belongs. */
final class Misplaced {

    private Misplaced() {
    }

    static String explain(int lineType) {
        return switch (lineType) {
            case TgExportParser.VIEW_IN_TELEGRAM_LINE -> "'" + Phrases.VIEW_IN_TELEGRAM + "' belongs right after '"
                    + Phrases.MEDIA_TOO_BIG + "', '" + Phrases.VIDEO_NOT_SUPPORTED + "' or '" + Phrases.OPEN_IN_TELEGRAM
                    + "'";
            case TgExportParser.DOWNLOAD_TELEGRAM_LINE -> "'" + Phrases.DOWNLOAD_TELEGRAM
                    + "' ends the channel header at the top of the file";
            case TgExportParser.MEDIA_TOO_BIG_LINE, TgExportParser.VIDEO_NOT_SUPPORTED_LINE, TgExportParser.DURATION_LINE ->
                    "a media item shown before the text opens a post";
            case TgExportParser.OPEN_IN_TELEGRAM_LINE -> "'" + Phrases.OPEN_IN_TELEGRAM + "' closes a post";
            case TgExportParser.REACTIONS -> "a reactions line ends a post";
            case TgExportParser.FOOTER -> "a footer ends a post";
            case TgExportParser.AUTHOR_LINE -> "the channel's name stands above a post";
            default -> "it does not fit the post's structure";
        };
    }
}
