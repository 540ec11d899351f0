package io.github.tgtext;

import java.util.Objects;
import java.util.Optional;

/**
 * One reaction and its count from a post's reactions line ({@code 👍8❤3👏2} holds three).
 *
 * <p>A custom (premium) emoji or a paid star cannot be shown as text: such a reaction has no
 * emoji, only its count ({@code 26.7K44.2K} holds two such reactions).
 *
 * <pre>{@code
 * for (Reaction r : post.reactions()) {
 *     System.out.println(r.emoji().orElse("(custom)") + " " + r.count().value());
 * }
 * }</pre>
 *
 * @param emoji the emoji, one whole grapheme cluster ({@code ❤️}, {@code 👍🏻}); empty where the
 *              text shows none
 * @param count how many reacted
 * @param span  where the reaction stands (on the reactions line)
 */
public record Reaction(Optional<String> emoji, Count count, SourceSpan span) implements Node {
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
