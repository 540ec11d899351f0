package io.github.tgtext;

import io.github.tgtext.internal.text.InlineEntities;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One post of the channel, from its forwarded line to its reactions line.
 *
 * <pre>{@code
 * for (Post post : export.posts()) {
 *     System.out.println(post.index() + " " + post.forwardedFrom().orElse("(own post)"));
 *     System.out.println(post.text());
 * }
 * }</pre>
 *
 * @param index          the post's position in the export, from 0
 * @param span           every line of the post: forwarded line, placeholders, echo and reactions included
 * @param author         in a copy of the whole page, the channel's name the page shows above the post
 * @param forwardedFrom the source's name if the post was forwarded
 * @param replyTo       the preview of the post this one replies to
 * @param media         the media placeholders, in order
 * @param blocks        the post's text, block by block
 * @param reactions     the reaction counters, in order
 * @param echo          the repetition of the text in the compact layout
 * @param textAboveMedia true if the post shows its text above its media (its too-big items and
 *                      videos stand after the text)
 * @param linkPreview   the preview of a page the post links to
 * @param footer        in a copy of the whole page, the line of views and time below the post
 */
public record Post(int index, SourceSpan span, Optional<String> author, Optional<String> forwardedFrom,
        Optional<ReplyPreview> replyTo, List<MediaPlaceholder> media, List<Block> blocks, List<Reaction> reactions,
        Optional<Echo> echo, boolean textAboveMedia, Optional<LinkPreview> linkPreview, Optional<Footer> footer)
        implements Node {
    /**
     * Checks the components and copies the lists.
     *
     * @param index see the record's description of {@code index}
     * @param span see the record's description of {@code span}
     * @param author see the record's description of {@code author}
     * @param forwardedFrom see the record's description of {@code forwardedFrom}
     * @param replyTo see the record's description of {@code replyTo}
     * @param media see the record's description of {@code media}
     * @param blocks see the record's description of {@code blocks}
     * @param reactions see the record's description of {@code reactions}
     * @param echo see the record's description of {@code echo}
     * @param textAboveMedia see the record's description of {@code textAboveMedia}
     * @param linkPreview see the record's description of {@code linkPreview}
     * @param footer see the record's description of {@code footer}
     */
    public Post {
        if (index < 0) {
            throw new IllegalArgumentException("negative index: " + index);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(forwardedFrom, "forwardedFrom");
        Objects.requireNonNull(replyTo, "replyTo");
        media = List.copyOf(media);
        blocks = List.copyOf(blocks);
        reactions = List.copyOf(reactions);
        Objects.requireNonNull(echo, "echo");
        Objects.requireNonNull(linkPreview, "linkPreview");
        Objects.requireNonNull(footer, "footer");
    }

    /**
     * The post's text as written, echo excluded: a block's lines joined by {@code \n}, blocks
     * separated by the blank lines that stood between them.
     *
     * @return the text, empty for a post with media only
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                text.append("\n".repeat(1 + blocks.get(i).blankLinesBefore()));
            }
            text.append(blocks.get(i).text());
        }
        return text.toString();
    }

    /** @return the hashtags in the text, {@code #} included, in order of appearance */
    public List<String> hashtags() {
        return InlineEntities.of(text(), InlineEntities.Kind.HASHTAG);
    }

    /** @return the mentions in the text, {@code @} included, in order of appearance */
    public List<String> mentions() {
        return InlineEntities.of(text(), InlineEntities.Kind.MENTION);
    }

    /** @return the URLs in the text, with or without a scheme, in order of appearance */
    public List<String> urls() {
        return InlineEntities.of(text(), InlineEntities.Kind.URL);
    }

    /** @return the link labels among the blocks, in order */
    public List<Block.LinkLabel> links() {
        return blocks.stream()
                .filter(Block.LinkLabel.class::isInstance)
                .map(Block.LinkLabel.class::cast)
                .toList();
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
