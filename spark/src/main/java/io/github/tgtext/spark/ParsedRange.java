package io.github.tgtext.spark;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.ReplyPreview;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.structure.FileRanges;
import io.github.tgtext.internal.structure.ReplyKeys;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One range of a split file, through the library's range parsing ({@code FileRanges}, internal):
 * the posts from the first safe point at or after the range's start to the first one at or after
 * its end. Spans and diagnostics are the whole file's; the library numbers the range's posts from
 * 0 and links replies only within the range, so this adds the range's first index
 * ({@link FileRange#firstIndex()}) to both, and resolves a reply the range could not resolve
 * against the posts before the range ({@link ReplyContext}), as an unsplit parse would.
 *
 * <p>The library returns the range's posts as a list: a range's tree is in memory while its
 * task reads it (at most {@code maxPartitionBytes} of input).
 */
final class ParsedRange implements ParsedExport {

    private final Optional<ChannelHeader> header;
    private final Layout layout;
    private final Queue<Diagnostic> heard;
    private final Iterator<Post> posts;
    private final int firstIndex;
    private final ReplyContext before;
    /** How many posts of the range so far have a reply key: the library's capacity counts them. */
    private int remembered;

    /** @param before the posts before the range a reply can quote; null when the query reads no indexes */
    ParsedRange(FileSystem fs, Path path, FileRange range, ReadOptions options, ReplyContext before)
            throws IOException {
        this.before = before;
        ParserOptions parser = new ParserOptions(Optional.ofNullable(options.layout()), options.strict(), Set.of(), 1);
        ChannelExport export = FileRanges.parseRange(offset -> {
            FSDataInputStream in = fs.open(path);
            in.seek(offset);
            return in;
        }, parser, range.from(), range.to());
        header = export.header();
        layout = export.layout();
        heard = new ArrayDeque<>(export.diagnostics());
        posts = export.posts().iterator();
        firstIndex = range.firstIndex();
    }

    @Override
    public Optional<ChannelHeader> header() {
        return header;
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public Post next() {
        return posts.hasNext() ? numberedInFile(posts.next()) : null;
    }

    @Override
    public Queue<Diagnostic> heard() {
        return heard;
    }

    @Override
    public void close() {
    }

    /** @return the post with its index, and the index its reply links to, counted in the whole file */
    private Post numberedInFile(Post post) {
        int rememberedBefore = remembered;
        if (before != null && !ReplyKeys.of(post).isEmpty()) {
            remembered++;
        }
        if (firstIndex == 0 && before == null) {
            return post;
        }
        Optional<ReplyPreview> reply = post.replyTo().map(r -> new ReplyPreview(r.author(), r.snippet(),
                r.postIndex().map(i -> i + firstIndex)
                        .or(() -> before == null ? Optional.empty()
                                : before.find(ReplyKeys.ofSnippet(r.snippet()), rememberedBefore)),
                r.span()));
        return new Post(post.index() + firstIndex, post.span(), post.author(), post.forwardedFrom(), reply,
                post.media(), post.blocks(), post.reactions(), post.echo(), post.textAboveMedia(),
                post.linkPreview(), post.footer());
    }
}
