package io.github.tgtext.internal.lines;

import java.util.function.Function;

/**
 * Remembers how short lines were classified, by their text. The lines that repeat all through
 * an export are short: blank lines, the placeholders' lines, "Forwarded from" lines, link labels,
 * separators, hashtag lines, reactions; in the corpus, most lines that are not plain text repeat
 * an earlier line's text. Remembering them spares the grammar's parser, which a plain text line
 * does not need anyway ({@link TextOnlyOpeners}).
 *
 * <p>Bounded: {@value #SLOTS} slots, each holding the last line of at most
 * {@value #MAX_LENGTH} chars whose text hashed to it, so about a megabyte at most. In the
 * corpus exports, 63-76% of the short lines repeat one still remembered; in a long archive,
 * sources, reactions and hashtags also repeat thousands of lines apart, which a smaller table
 * forgets. Not thread-safe: one per classifier.
 */
final class ShortLineMemo {

    /** Longer lines are content, which rarely repeats; they are classified every time. */
    static final int MAX_LENGTH = 64;

    static final int SLOTS = 1 << 12;

    private final int[] hashes = new int[SLOTS];
    private final String[] texts = new String[SLOTS];
    private final Classification[] classifications = new Classification[SLOTS];
    private final Function<String, Classification> classify;

    /** @param classify classifies a text; must depend on the text alone */
    ShortLineMemo(Function<String, Classification> classify) {
        this.classify = classify;
    }

    /** @return the text's classification, remembered or made now */
    Classification classify(String text) {
        if (text.length() > MAX_LENGTH) {
            return classify.apply(text);
        }
        int hash = text.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        // The hash is compared first: most misses end there, without reading the remembered text.
        if (hashes[slot] == hash && text.equals(texts[slot])) {
            return classifications[slot];
        }
        Classification classification = classify.apply(text);
        hashes[slot] = hash;
        texts[slot] = text;
        classifications[slot] = classification;
        return classification;
    }
}
