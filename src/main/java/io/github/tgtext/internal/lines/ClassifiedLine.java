package io.github.tgtext.internal.lines;

import io.github.tgtext.internal.input.Line;
import io.github.tgtext.internal.text.ReactionCounts;

/**
 * A line and what it is.
 *
 * @param line           the line
 * @param classification what its text is
 */
public record ClassifiedLine(Line line, Classification classification) {

    /** @return the line's text */
    public String text() {
        return line.text();
    }

    /** @return what the line is */
    public LineKind kind() {
        return classification.kind();
    }

    /** @return the leading emoji or bullet symbol of a bullet or link label, else "" */
    public String marker() {
        return classification.marker();
    }

    /** @return the white space after the marker */
    public String gap() {
        return classification.gap();
    }

    /** @return a bullet's text after the marker; a forwarded line's source; a counter's number; a duration */
    public String content() {
        return classification.content();
    }

    /** @return a reactions line's reactions */
    public ReactionCounts.Reading reactions() {
        return classification.reactions();
    }

    /** @return true if the line is led by an emoji marker */
    public boolean startsWithEmoji() {
        return classification.emojiMarker() && !classification.marker().isEmpty();
    }
}
