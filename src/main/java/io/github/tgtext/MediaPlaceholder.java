package io.github.tgtext;

import java.util.Objects;

/**
 * A media item the text export could not show, as the two lines that stand for it.
 *
 * @param kind why the item is not shown; this also fixes where it stands in the post
 * @param span where the two lines stand
 */
public record MediaPlaceholder(Kind kind, SourceSpan span) implements Node {

    /** The kinds of placeholder. */
    public enum Kind {
        /** {@code Media is too big} / {@code VIEW IN TELEGRAM}: opens the post. */
        TOO_BIG,
        /** {@code Please open Telegram to view this post} / {@code VIEW IN TELEGRAM}: closes the post. */
        UNSUPPORTED
    }
    /**
     * Checks the components.
     *
     * @param kind see the record's description of {@code kind}
     * @param span see the record's description of {@code span}
     */
    public MediaPlaceholder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
