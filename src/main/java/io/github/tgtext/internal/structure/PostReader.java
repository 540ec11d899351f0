package io.github.tgtext.internal.structure;

import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.RecurringLine;
import java.util.List;
import java.util.Optional;

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
    void close() throws java.io.IOException;
}
