package io.github.tgtext;

import java.util.Objects;

/**
 * In the compact layout, the repetition of a post's text lines 2..n right after line n.
 * The echo's text is not kept: it is the post's own text again.
 *
 * @param lineCount how many lines the echo holds
 * @param complete  false when the input ends before the echo does
 * @param span      where the echo stands
 */
public record Echo(int lineCount, boolean complete, SourceSpan span) implements Node {
    /**
     * Checks the components.
     *
     * @param lineCount see the record's description of {@code lineCount}
     * @param complete see the record's description of {@code complete}
     * @param span see the record's description of {@code span}
     */
    public Echo {
        if (lineCount < 1) {
            throw new IllegalArgumentException("an echo holds at least one line: " + lineCount);
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
