package io.github.tgtext.internal.lines;

import java.util.Arrays;
import java.util.List;

/**
 * What a line's text is, wherever the line stands: its kind, with the parts its kind has. It
 * depends on the text alone (and the parser's extra link labels), so lines with the same text
 * share one.
 *
 * @param kind        what the line is
 * @param marker      the leading emoji or bullet symbol of a bullet or link label, else ""
 * @param emojiMarker true if the marker is made of emoji (not a bullet symbol such as "•")
 * @param gap         the white space after the marker
 * @param content     a bullet's text after the marker; a forwarded line's source; a counter's number
 * @param reactions   a reactions line's pairs
 */
public record Classification(LineKind kind, String marker, boolean emojiMarker, String gap, String content,
        List<ReactionText> reactions) {

    /**
     * One emoji and count pair of a reactions line, as written.
     *
     * @param emoji  the emoji
     * @param count  the count as shown
     * @param column 0-based char column where the pair starts
     */
    public record ReactionText(String emoji, String count, int column) {
    }

    /**
     * One per kind, shared: most lines are plain text too long to be remembered by their text, and
     * a post holds a classification per line until it is built.
     */
    private static final Classification[] PLAIN = Arrays.stream(LineKind.values())
            .map(kind -> new Classification(kind, "", false, "", "", List.of())).toArray(Classification[]::new);

    /** @return a line of this kind with no parts */
    static Classification plain(LineKind kind) {
        return PLAIN[kind.ordinal()];
    }
}
