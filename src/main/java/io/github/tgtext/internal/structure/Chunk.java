package io.github.tgtext.internal.structure;

import java.util.List;

/**
 * A post-sized piece of the input, as lines typed for the structure grammar.
 *
 * @param tokens       the lines
 * @param echoComplete false if the piece ends inside an echo because the input ended
 */
record Chunk(List<LineToken> tokens, boolean echoComplete) {
}
