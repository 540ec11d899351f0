package io.github.tgtext;

/**
 * Receives what a streaming parse finds besides the posts: the header, the layout, diagnostics
 * and unrecognised lines, each as soon as it is found. Every method does nothing by default.
 *
 * <pre>{@code
 * ExportHandler handler = new ExportHandler() {
 *     public void diagnostic(Diagnostic d) { System.err.println(d); }
 * };
 * try (Stream<Post> posts = TgText.parser().build().stream(reader, handler)) { ... }
 * }</pre>
 */
public interface ExportHandler {

    /** A handler that ignores everything. */
    ExportHandler IGNORE = new ExportHandler() {
    };

    /**
     * Called once, before any post, with the header if the input starts with one.
     *
     * @param header the channel header
     */
    default void header(ChannelHeader header) {
    }

    /**
     * Called once, before any post.
     *
     * @param layout the layout the input is read in
     */
    default void layout(Layout layout) {
    }

    /**
     * Called for each diagnostic, in input order (line, then column): those about the header's
     * lines before any post, those about a post's lines just before the post is yielded.
     *
     * @param diagnostic the diagnostic
     */
    default void diagnostic(Diagnostic diagnostic) {
    }

    /**
     * Called once, after the last post, with the short lines that recurred unrecognised: candidate
     * new elements of the format (see {@link RecurringLine}).
     *
     * @param lines the candidates, most frequent first; empty if there are none
     */
    default void recurringLines(java.util.List<RecurringLine> lines) {
    }

    /**
     * Called for each run of lines that could not be placed.
     *
     * @param region the lines
     */
    default void unrecognised(Unrecognised region) {
    }
}
