package io.github.tgtext.internal.lines;

/** What a line is on its own, as {@code TgLineParser.line} classifies it. */
public enum LineKind {
    BLANK, TEXT, BULLET, HASHTAGS, LINK, SEPARATOR, OMISSION,
    FORWARDED, MEDIA_TOO_BIG, VIDEO_NOT_SUPPORTED, DURATION, OPEN_IN_TELEGRAM, VIEW_IN_TELEGRAM, DOWNLOAD_TELEGRAM,
    SUBSCRIBERS, PHOTOS, VIDEOS, FILES, LINKS, PAGE_LINK, MENTION, POLL_KIND, PERCENT, FILE_SIZE,
    /** Reactions with at least one emoji shown. */
    REACTIONS,
    /** Counts only: the reactions of custom emoji, or a number on its own line; the context decides. */
    COUNTS,
    FOOTER;

    /** @return true for the lines that only ever stand at a post's edges, never in its text */
    public boolean isPostFrame() {
        return switch (this) {
            case FORWARDED, MEDIA_TOO_BIG, VIDEO_NOT_SUPPORTED, OPEN_IN_TELEGRAM, VIEW_IN_TELEGRAM, REACTIONS, FOOTER -> true;
            default -> false;
        };
    }

    /** @return true for the first line of a media item: too big, or a video */
    public boolean opensMediaItem() {
        return this == MEDIA_TOO_BIG || this == VIDEO_NOT_SUPPORTED;
    }

    /** @return true for the lines a channel's title can be (TgExportParser's {@code title} rule) */
    public boolean canBeTitle() {
        return switch (this) {
            case TEXT, BULLET, HASHTAGS, LINK, PAGE_LINK, COUNTS -> true;
            default -> false;
        };
    }
}
