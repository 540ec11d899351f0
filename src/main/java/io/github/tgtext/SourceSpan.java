package io.github.tgtext;

/**
 * Where a node stands in the input.
 *
 * <p>Lines are 1-based and inclusive. Offsets are 0-based indexes into the decoded input, in
 * UTF-16 chars, a byte-order mark included: {@code input.substring((int) span.startOffset(),
 * (int) span.endOffset())} is the node's text, without the final line break.
 *
 * <pre>{@code
 * SourceSpan span = post.span();
 * System.out.println("post on lines " + span.firstLine() + "-" + span.lastLine());
 * }</pre>
 *
 * @param firstLine   first line, 1-based
 * @param lastLine    last line, inclusive
 * @param startOffset offset of the first char
 * @param endOffset   offset just past the last char
 */
public record SourceSpan(int firstLine, int lastLine, long startOffset, long endOffset) {
    /**
     * Checks the components.
     *
     * @param firstLine see the record's description of {@code firstLine}
     * @param lastLine see the record's description of {@code lastLine}
     * @param startOffset see the record's description of {@code startOffset}
     * @param endOffset see the record's description of {@code endOffset}
     */
    public SourceSpan {
        if (firstLine < 1 || lastLine < firstLine || startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException(
                    "bad span: lines " + firstLine + "-" + lastLine + ", offsets " + startOffset + "-" + endOffset);
        }
    }

    /**
     * The smallest span covering this one and {@code other}.
     *
     * @param other a span that ends at or after this one
     * @return the covering span
     */
    public SourceSpan to(SourceSpan other) {
        return new SourceSpan(
                Math.min(firstLine, other.firstLine), Math.max(lastLine, other.lastLine),
                Math.min(startOffset, other.startOffset), Math.max(endOffset, other.endOffset));
    }

    /** @return how many lines the span covers */
    public int lineCount() {
        return lastLine - firstLine + 1;
    }
}
