package io.github.tgtext.internal.structure;

import io.github.tgtext.internal.lines.ClassifiedLine;

/**
 * The most a post may hold before it is ended where it stands. Telegram caps a post's text at
 * 4,096 chars, so a real post, echo and frame lines included, has fewer than 8,300 lines and
 * about 10,000 chars; an input with no boundary for longer is no export as Telegram writes it
 * (a log, a concatenation, a damaged file). Without a limit such an input was one post, held
 * whole while it was read: memory grew with the input, and each collection copied the post read
 * so far (docs/decisions.md, ADR 5).
 *
 * <p>Lines are counted as the structure grammar's tokens, so a run of blank lines counts once
 * (it takes no room, {@link LineToken#through}). A single line is never cut, however long.
 */
final class PostSizeLimit {

    static final int MAX_LINES = 16_384;
    static final int MAX_CHARS = 1 << 20;

    private long chars;

    /** Starts counting a new post. */
    void reset() {
        chars = 0;
    }

    /** Counts a line the post took. */
    void count(ClassifiedLine line) {
        chars += line.text().length();
    }

    /** @return true if a post of {@code tokens} tokens and the chars counted is full */
    boolean reached(int tokens) {
        return tokens >= MAX_LINES || chars >= MAX_CHARS;
    }

    /** @return the limit that a post of {@code tokens} tokens, ended at the limit, reached, for a message */
    static String reachedBy(int tokens) {
        return tokens >= MAX_LINES ? MAX_LINES + " lines" : MAX_CHARS + " chars";
    }
}
