package io.github.tgtext.internal.lines;

import io.github.tgtext.internal.text.ReactionCounts;
import java.util.Arrays;

/**
 * What a line's text is, wherever the line stands: its kind, with the parts its kind has. It
 * depends on the text alone (and the parser's extra link labels), so lines with the same text
 * share one.
 *
 * @param kind        what the line is
 * @param marker      the leading emoji or bullet symbol of a bullet or link label, else ""
 * @param emojiMarker true if the marker is made of emoji (not a bullet symbol such as "•")
 * @param gap         the white space after the marker
 * @param content     a bullet's text after the marker; a forwarded line's source; a counter's number;
 *                    a duration as shown
 * @param reactions   a reactions line's reactions
 * @param footer      a footer line's parts
 */
public record Classification(LineKind kind, String marker, boolean emojiMarker, String gap, String content,
        ReactionCounts.Reading reactions, FooterText footer) {

    /**
     * The parts of a post's footer, as written.
     *
     * @param voters    a poll's voters' count ("1.15K"), or ""
     * @param views     the views' count ("2.19M")
     * @param signature the name the post is signed with, or ""
     * @param edited    true if the footer says "edited"
     * @param time      the time the post was sent ("22:36")
     */
    public record FooterText(String voters, String views, String signature, boolean edited, String time) {
    }

    private static final ReactionCounts.Reading NO_REACTIONS = new ReactionCounts.Reading(java.util.List.of(), false);
    private static final FooterText NO_FOOTER = new FooterText("", "", "", false, "");

    /**
     * One per kind, shared: most lines are plain text too long to be remembered by their text, and
     * a post holds a classification per line until it is built.
     */
    private static final Classification[] PLAIN = Arrays.stream(LineKind.values())
            .map(kind -> new Classification(kind, "", false, "", "", NO_REACTIONS, NO_FOOTER)).toArray(Classification[]::new);

    /** @return a line of this kind with no parts */
    static Classification plain(LineKind kind) {
        return PLAIN[kind.ordinal()];
    }

    /** @return a line of this kind with a marker, a gap and content */
    static Classification of(LineKind kind, String marker, boolean emojiMarker, String gap, String content) {
        return new Classification(kind, marker, emojiMarker, gap, content, NO_REACTIONS, NO_FOOTER);
    }

    /** @return a reactions line; one of counts only, with no emoji shown, is {@link LineKind#COUNTS} */
    static Classification reactions(ReactionCounts.Reading reading) {
        boolean countsOnly = reading.pieces().stream().allMatch(p -> p.emoji().isEmpty());
        return new Classification(countsOnly ? LineKind.COUNTS : LineKind.REACTIONS, "", false, "", "", reading,
                NO_FOOTER);
    }

    /** @return a footer line */
    static Classification footer(FooterText footer) {
        return new Classification(LineKind.FOOTER, "", false, "", "", NO_REACTIONS, footer);
    }
}
