package io.github.tgtext.internal.input;

import io.github.tgtext.SourceSpan;

/**
 * One physical line of the input, without its line break.
 *
 * @param number      1-based line number
 * @param startOffset offset of the line's first char in the decoded input (BOM included)
 * @param text        the line's text
 */
public record Line(int number, long startOffset, String text) {

    /** @return the offset just past the line's last char */
    public long endOffset() {
        return startOffset + text.length();
    }

    /** @return the line's span */
    public SourceSpan span() {
        return new SourceSpan(number, number, startOffset, endOffset());
    }
}
