package io.github.tgtext;

import java.util.Objects;
import java.util.Optional;

/**
 * The preview of the post a post replies to: its author's name, then the start of its text,
 * line breaks folded into spaces and cut with {@code …}.
 *
 * <pre>{@code
 * post.replyTo().flatMap(ReplyPreview::postIndex)
 *     .ifPresent(i -> System.out.println("replies to " + export.posts().get(i).text()));
 * }</pre>
 *
 * @param author    the replied-to post's author, as shown
 * @param snippet   the start of the replied-to post's text, as shown ({@code …} included)
 * @param postIndex the index of the replied-to post when it is in the same export
 * @param span      where the two lines stand
 */
public record ReplyPreview(String author, String snippet, Optional<Integer> postIndex, SourceSpan span)
        implements Node {
    /**
     * Checks the components.
     *
     * @param author see the record's description of {@code author}
     * @param snippet see the record's description of {@code snippet}
     * @param postIndex see the record's description of {@code postIndex}
     * @param span see the record's description of {@code span}
     */
    public ReplyPreview {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(postIndex, "postIndex");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
