package io.github.tgtext.spark;

import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.ExportHandler;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.TgTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;
import java.util.Queue;
import java.util.stream.Stream;

/**
 * A whole file through the library's public streaming parser: one post in memory at a time
 * however large the file, with the file's own indexes and reply links.
 */
final class StreamedFile implements ParsedExport {

    private final Queue<Diagnostic> heard = new ArrayDeque<>();
    private Optional<ChannelHeader> header = Optional.empty();
    private Layout layout;
    private final Stream<Post> stream;
    private final Iterator<Post> posts;

    /** @param in the file from its first byte; closed with this */
    StreamedFile(InputStream in, TgTextParser parser) {
        stream = parser.stream(in, new ExportHandler() {
            @Override
            public void header(ChannelHeader h) {
                header = Optional.of(h);
            }

            @Override
            public void layout(Layout l) {
                layout = l;
            }

            @Override
            public void diagnostic(Diagnostic d) {
                heard.add(d);
            }
        });
        posts = stream.iterator();
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
    public Post next() throws IOException {
        try {
            return posts.hasNext() ? posts.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Queue<Diagnostic> heard() {
        return heard;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
