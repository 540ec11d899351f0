package io.github.tgtext;

/**
 * Visits the parsed tree, in the manner of commonmark-java. Each method's default visits the
 * node's children, so a visitor overrides only what it needs:
 *
 * <pre>{@code
 * class HashtagCounter implements Visitor {
 *     int lines;
 *     public void visit(Block.HashtagLine line) { lines++; }
 * }
 * HashtagCounter counter = new HashtagCounter();
 * export.accept(counter);
 * }</pre>
 */
public interface Visitor {

    /** @param export the root; by default visits the header, the posts and unrecognised lines */
    default void visit(ChannelExport export) {
        export.header().ifPresent(header -> header.accept(this));
        export.posts().forEach(post -> post.accept(this));
        export.unrecognised().forEach(region -> region.accept(this));
    }

    /** @param header the channel header; by default visits its page top */
    default void visit(ChannelHeader header) {
        header.pageTop().ifPresent(top -> top.accept(this));
    }

    /** @param top the page's links and top bar in a copy of the whole page */
    default void visit(PageTop top) {
    }

    /**
     * @param post a post; by default visits its reply preview, media, blocks, echo, link preview,
     *             reactions and footer
     */
    default void visit(Post post) {
        post.replyTo().ifPresent(reply -> reply.accept(this));
        post.media().forEach(media -> media.accept(this));
        post.blocks().forEach(block -> block.accept(this));
        post.echo().ifPresent(echo -> echo.accept(this));
        post.linkPreview().ifPresent(preview -> preview.accept(this));
        post.reactions().forEach(reaction -> reaction.accept(this));
        post.footer().ifPresent(footer -> footer.accept(this));
    }

    /** @param reply a reply preview */
    default void visit(ReplyPreview reply) {
    }

    /** @param media a media placeholder */
    default void visit(MediaPlaceholder media) {
    }

    /** @param paragraph a paragraph */
    default void visit(Block.Paragraph paragraph) {
    }

    /** @param bullet a bullet */
    default void visit(Block.Bullet bullet) {
    }

    /** @param hashtags a hashtag line */
    default void visit(Block.HashtagLine hashtags) {
    }

    /** @param link a link label */
    default void visit(Block.LinkLabel link) {
    }

    /** @param separator a separator */
    default void visit(Block.Separator separator) {
    }

    /** @param omission an omission */
    default void visit(Block.Omission omission) {
    }

    /** @param poll a poll */
    default void visit(Block.Poll poll) {
    }

    /** @param document a document */
    default void visit(Block.Document document) {
    }

    /** @param echo an echo */
    default void visit(Echo echo) {
    }

    /** @param preview a link preview */
    default void visit(LinkPreview preview) {
    }

    /** @param reaction a reaction */
    default void visit(Reaction reaction) {
    }

    /** @param footer a post's footer */
    default void visit(Footer footer) {
    }

    /** @param region lines that could not be placed */
    default void visit(Unrecognised region) {
    }
}
