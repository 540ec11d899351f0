package io.github.tgtext.internal.structure;

/**
 * Whether a line reads as finished prose: it ends a sentence or a quotation, or it is long.
 * In the spaced layout such a line followed by an emoji-led line is where one post ends and
 * the next begins ({@code ...until 09.00 am on February 5.} / {@code 🔴 #LIVE: ...}).
 */
final class ProseEnding {

    /** Lines at least this long (in chars) count as finished whatever their last char. */
    static final int LONG_LINE = 150;

    private static final String CLOSING_CHARS = ".!?…\"”»’')]";

    private ProseEnding() {
    }

    static boolean readsFinished(String line) {
        String text = line.stripTrailing();
        if (text.isEmpty()) {
            return false;
        }
        return text.length() >= LONG_LINE || CLOSING_CHARS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
