package io.github.tgtext;

/**
 * A node of the parsed tree. Every node knows where it stands in the input and accepts a
 * {@link Visitor}.
 */
public sealed interface Node permits ChannelHeader, PageTop, Post, ReplyPreview, MediaPlaceholder, Block, Echo,
        LinkPreview, Reaction, Footer, Unrecognised {

    /** @return where the node stands in the input */
    SourceSpan span();

    /**
     * Calls the visitor's method for this node's type.
     *
     * @param visitor the visitor
     */
    void accept(Visitor visitor);
}
