package io.github.tgtext;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A post's footer, in a copy of the whole page: how many voted in its poll, how many saw it, the name it is signed with (for
 * a channel that signs its posts), whether it was edited, and the time it was sent, written
 * together on one line: {@code 2.19M viewsPavel Durov, edited  22:36}.
 *
 * <pre>{@code
 * post.footer().ifPresent(f -> System.out.println(f.views().value() + " views at " + f.time()));
 * }</pre>
 *
 * @param voters    how many voted, for a post with a poll
 * @param views     how many saw the post
 * @param signature the author's name the post is signed with
 * @param edited    true if the post was edited
 * @param time      the time of day it was sent, as the page shows it (the page shows no date)
 * @param span      where the footer stands
 */
public record Footer(Optional<Count> voters, Count views, Optional<String> signature, boolean edited, LocalTime time, SourceSpan span)
        implements Node {
    /**
     * Checks the components.
     *
     * @param voters see the record's description of {@code voters}
     * @param views see the record's description of {@code views}
     * @param signature see the record's description of {@code signature}
     * @param edited see the record's description of {@code edited}
     * @param time see the record's description of {@code time}
     * @param span see the record's description of {@code span}
     */
    public Footer {
        Objects.requireNonNull(voters, "voters");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
