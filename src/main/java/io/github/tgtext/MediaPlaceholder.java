package io.github.tgtext;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A media item the text export could not show, as the lines that stand for it.
 *
 * <pre>{@code
 * for (MediaPlaceholder media : post.media()) {
 *     System.out.println(media.kind() + media.duration().map(d -> " " + d.toSeconds() + " s").orElse(""));
 * }
 * }</pre>
 *
 * @param kind     why the item is not shown; this also fixes where it stands in the post
 * @param duration a video's length, when the page shows it ({@code 0:14} before the placeholder, or
 *                 after it for a round video)
 * @param span     where its lines stand, the duration's included
 */
public record MediaPlaceholder(Kind kind, Optional<Duration> duration, SourceSpan span) implements Node {

    /** The kinds of placeholder. */
    public enum Kind {
        /** {@code Media is too big} / {@code VIEW IN TELEGRAM}: opens the post. */
        TOO_BIG,
        /** {@code This media is not supported in your browser} / {@code VIEW IN TELEGRAM}: a video; opens the post. */
        VIDEO,
        /**
         * {@code This media is not supported in your browser} / {@code VIEW IN TELEGRAM}, then the
         * duration: a round video (a video message); opens the post.
         */
        ROUND_VIDEO,
        /** {@code Please open Telegram to view this post} / {@code VIEW IN TELEGRAM}: closes the post. */
        UNSUPPORTED;

        /** @return true for the kinds that stand before the post's text */
        public boolean opensPost() {
            return this != UNSUPPORTED;
        }
    }

    /**
     * Checks the components.
     *
     * @param kind see the record's description of {@code kind}
     * @param duration see the record's description of {@code duration}
     * @param span see the record's description of {@code span}
     */
    public MediaPlaceholder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
