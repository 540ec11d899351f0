package io.github.tgtext;

import java.util.List;
import java.util.Objects;

/**
 * Lines the parser could not place in the header or a post. Each region comes with an error
 * {@link Diagnostic}; the lines are kept so that nothing of the input is lost.
 *
 * @param lines the lines as written
 * @param span  where they stand
 */
public record Unrecognised(List<String> lines, SourceSpan span) implements Node {
    /**
     * Checks the components and copies the lists.
     *
     * @param lines see the record's description of {@code lines}
     * @param span see the record's description of {@code span}
     */
    public Unrecognised {
        lines = List.copyOf(lines);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
