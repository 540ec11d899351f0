package io.github.tgtext;

import java.util.Objects;

/**
 * One emoji and its count from a post's reactions line ({@code 👍8❤3👏2} holds three).
 *
 * @param emoji the emoji, one whole grapheme cluster ({@code ❤️}, {@code 👍🏻})
 * @param count how many reacted
 * @param span  where the pair stands (on the reactions line)
 */
public record Reaction(String emoji, Count count, SourceSpan span) implements Node {
    /**
     * Checks the components.
     *
     * @param emoji see the record's description of {@code emoji}
     * @param count see the record's description of {@code count}
     * @param span see the record's description of {@code span}
     */
    public Reaction {
        Objects.requireNonNull(emoji, "emoji");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
