package io.github.tgtext.generators;

import io.github.tgtext.Block;
import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Echo;
import io.github.tgtext.Footer;
import io.github.tgtext.LinkPreview;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.PageTop;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.ReplyPreview;
import io.github.tgtext.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * Copies of trees with every span replaced by one fixed span, so that trees can be compared
 * for their content alone ("equal, ignoring spans").
 */
public final class Spanless {

    /** The span every node gets. */
    public static final SourceSpan NONE = new SourceSpan(1, 1, 0, 0);

    private Spanless() {
    }

    /** The export's content: its spans, unrecognised regions and recurring lines (a report about it) left out. */
    public static ChannelExport of(ChannelExport export) {
        return new ChannelExport(export.header().map(Spanless::of), posts(export.posts()), export.layout(),
                List.of(), export.diagnostics(), List.of());
    }

    public static List<Post> posts(List<Post> posts) {
        return posts.stream().map(Spanless::of).toList();
    }

    public static ChannelHeader of(ChannelHeader h) {
        return new ChannelHeader(h.blankLines(), h.title(), h.verifiedMark(), h.username(), h.subscribers(),
                h.photos(), h.videos(), h.files(), h.links(), h.description(),
                h.pageTop().map(top -> new PageTop(top.links(), top.topBar(), NONE)), NONE);
    }

    public static Post of(Post p) {
        return new Post(p.index(), NONE, p.author(), p.forwardedFrom(),
                p.replyTo().map(r -> new ReplyPreview(r.author(), r.snippet(), r.postIndex(), NONE)),
                p.media().stream().map(m -> new MediaPlaceholder(m.kind(), m.duration(), NONE)).toList(),
                p.blocks().stream().map(Spanless::of).toList(),
                p.reactions().stream().map(r -> new Reaction(r.emoji(), r.count(), NONE)).toList(),
                p.echo().map(e -> new Echo(e.lineCount(), e.complete(), NONE)), p.textAboveMedia(),
                p.linkPreview().map(l -> new LinkPreview(l.siteName(), l.title(), l.description(), NONE)),
                p.footer().map(f -> new Footer(f.voters(), f.views(), f.signature(), f.edited(), f.time(), NONE)));
    }

    /** The post with its index and the index its reply points to left out, for comparing across shifts. */
    public static Post ignoringIndexes(Post p) {
        Post spanless = of(p);
        return new Post(0, NONE, spanless.author(), spanless.forwardedFrom(),
                spanless.replyTo().map(r -> new ReplyPreview(r.author(), r.snippet(), Optional.empty(), NONE)),
                spanless.media(), spanless.blocks(), spanless.reactions(), spanless.echo(), spanless.textAboveMedia(),
                spanless.linkPreview(), spanless.footer());
    }

    public static Block of(Block b) {
        return Blocks.rebuilt(b, b.blankLinesBefore(), NONE);
    }
}
