package io.github.tgtext.internal.lines;

import io.github.tgtext.internal.input.Line;
import java.util.List;

/**
 * A line and what it is, with the parts its kind has.
 *
 * @param line        the line
 * @param kind        what it is
 * @param marker      the leading emoji or bullet symbol of a bullet or link label, else ""
 * @param emojiMarker true if the marker is made of emoji (not a bullet symbol such as "•")
 * @param gap         the white space after the marker
 * @param content     a bullet's text after the marker; a forwarded line's source; a counter's number
 * @param reactions   a reactions line's pairs
 */
public record ClassifiedLine(Line line, LineKind kind, String marker, boolean emojiMarker, String gap,
        String content, List<ReactionText> reactions) {

    /**
     * One emoji and count pair of a reactions line, as written.
     *
     * @param emoji  the emoji
     * @param count  the count as shown
     * @param column 0-based char column where the pair starts
     */
    public record ReactionText(String emoji, String count, int column) {
    }

    /** @return the line's text */
    public String text() {
        return line.text();
    }

    /** @return true if the line is led by an emoji marker */
    public boolean startsWithEmoji() {
        return emojiMarker && !marker.isEmpty();
    }
}
