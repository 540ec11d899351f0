package io.github.tgtext.internal.structure;

import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.ExportHandler;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.RecurringLine;
import io.github.tgtext.TgTextParseException;
import io.github.tgtext.Unrecognised;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads an export post by post, in input order, telling diagnostics and unrecognised lines to the
 * consumers it was made with, each before the post whose lines it is about: one pass over the
 * input ({@link ExportReader}) or pieces parsed on several threads ({@link SplitReader}), which
 * give the same.
 */
public interface PostReader extends AutoCloseable {

    /** @return the channel header, if the input starts with one */
    Optional<ChannelHeader> header();

    /** @return the layout the input is read in */
    Layout layout();

    /** @return the next post, or null at the end of the input */
    Post next();

    /** @return the short lines that recurred unrecognised in the posts read so far (format drift) */
    List<RecurringLine> recurringLines();

    @Override
    void close() throws IOException;

    /** Opens a reader of an input that tells diagnostics and unrecognised lines to the consumers given. */
    @FunctionalInterface
    interface Opener {
        PostReader open(Consumer<Diagnostic> diagnostics, Consumer<Unrecognised> unrecognised) throws IOException;
    }

    /**
     * The posts of the reader opened, as a lazy ordered stream that tells the handler the header,
     * the layout, every diagnostic and unrecognised line before the post they are about, and the
     * recurring lines at the end; closing the stream closes the reader.
     *
     * @param strict whether the first error ends the stream with a {@link TgTextParseException}
     */
    static Stream<Post> stream(Opener opener, boolean strict, ExportHandler handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        // Strict streaming keeps only what it heard since the last post it yielded: the handler
        // has heard everything before, and a whole stream's warnings would grow without bound.
        List<Diagnostic> sinceLastPost = new ArrayList<>();
        Consumer<Diagnostic> diagnostics = diagnostic -> {
            handler.diagnostic(diagnostic);
            if (strict) {
                sinceLastPost.add(diagnostic);
                if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
                    throw new TgTextParseException(sinceLastPost);
                }
            }
        };
        PostReader reader = opener.open(diagnostics, handler::unrecognised);
        reader.header().ifPresent(handler::header);
        handler.layout(reader.layout());
        Spliterator<Post> posts = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE) {
            private boolean ended;

            @Override
            public boolean tryAdvance(Consumer<? super Post> action) {
                sinceLastPost.clear();
                Post post = reader.next();
                if (post == null) {
                    if (!ended) {
                        ended = true;
                        handler.recurringLines(reader.recurringLines());
                    }
                    return false;
                }
                action.accept(post);
                return true;
            }
        };
        return StreamSupport.stream(posts, false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
