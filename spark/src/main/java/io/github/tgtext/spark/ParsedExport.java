package io.github.tgtext.spark;

import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.Queue;

/** A file, or a range of one, being parsed: its header and layout, then its posts one by one. */
interface ParsedExport extends Closeable {

    Optional<ChannelHeader> header();

    Layout layout();

    /**
     * @return the next post, or null at the end; the diagnostics about its lines are in
     *         {@link #heard()} by then
     * @throws IOException if the file cannot be read further
     */
    Post next() throws IOException;

    /** @return the diagnostics heard and not yet taken, in input order */
    Queue<Diagnostic> heard();
}
