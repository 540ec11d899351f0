package io.github.tgtext.internal.structure;

import java.util.List;

/**
 * A post-sized piece of the input, as lines typed for the structure grammar.
 *
 * @param tokens       the lines
 * @param echoComplete false if the piece ends inside an echo because the input ended
 * @param cut          true if the piece ends because it reached the {@link PostSizeLimit}, not at a boundary
 */
record Chunk(List<LineToken> tokens, boolean echoComplete, boolean cut) {

    /** @return a post that ends where a boundary rule says */
    static Chunk atBoundary(List<LineToken> tokens) {
        return new Chunk(tokens, true, false);
    }

    /** @return a post that ends because it reached the size limit */
    static Chunk atSizeLimit(List<LineToken> tokens) {
        return new Chunk(tokens, true, true);
    }
}
