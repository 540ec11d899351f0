package io.github.tgtext.internal.structure;

/**
 * Whether a line reads as a name rather than prose: a reply preview's author, a link preview's
 * site. A name is short and does not end like a sentence or a clause.
 */
final class NameLines {

    /** A name is a short line; anything longer is text. */
    static final int MAX_LENGTH = 64;

    private static final String PROSE_ENDS = ".:;,!?…";

    private NameLines() {
    }

    static boolean readsAsName(String text) {
        String name = text.strip();
        return !name.isEmpty() && name.length() <= MAX_LENGTH && PROSE_ENDS.indexOf(name.charAt(name.length() - 1)) < 0;
    }
}
