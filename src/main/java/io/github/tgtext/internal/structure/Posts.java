package io.github.tgtext.internal.structure;

import io.github.tgtext.Post;
import io.github.tgtext.ReplyPreview;
import java.util.Optional;

/** Copies of a post with one part changed: its place in the export, or where its reply points. */
final class Posts {

    private Posts() {
    }

    static Post withIndex(Post p, int index) {
        return index == p.index() ? p : new Post(index, p.span(), p.author(), p.forwardedFrom(), p.replyTo(), p.media(),
                p.blocks(), p.reactions(), p.echo(), p.textAboveMedia(), p.linkPreview(), p.footer());
    }

    static Post withReplyTo(Post p, ReplyPreview reply) {
        return new Post(p.index(), p.span(), p.author(), p.forwardedFrom(), Optional.of(reply), p.media(), p.blocks(),
                p.reactions(), p.echo(), p.textAboveMedia(), p.linkPreview(), p.footer());
    }
}
