package io.github.tgtext.internal.text;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * One line as ANTLR's lexer reads it, read from the line's {@code String} in place. One stream
 * serves line after line ({@link #reset(String)}), so a line costs no copy and no allocation;
 * {@code CharStreams.fromString} copied every line into a code point buffer, which was a seventh
 * of a parse.
 *
 * <p>The lexer sees the code points {@code CharStreams.fromString} would give it: a surrogate
 * pair is one code point, a lone surrogate one of its own. Indexes count {@code char}s, not
 * code points, so a token's start and stop are positions in the line's text and its text is a
 * substring of the line.
 */
public final class LineCharStream implements CharStream {

    private String text = "";
    private int index;
    /** The code point at {@link #index}: the lexer asks for it and then consumes it, char by char. */
    private int current = IntStream.EOF;

    /**
     * @param line the next line to read, without its line break
     * @return this stream, at the start of the line
     */
    public LineCharStream reset(String line) {
        text = line;
        seek(0);
        return this;
    }

    @Override
    public int LA(int i) {
        if (i == 1) {
            return current;
        }
        int at = index;
        if (i > 0) {
            for (int k = 1; k < i && at < text.length(); k++) {
                at += Character.charCount(text.codePointAt(at));
            }
            return codePointAt(at);
        }
        if (i < 0) {
            for (int k = -1; k > i && at > 0; k--) {
                at -= Character.charCount(text.codePointBefore(at));
            }
            return at > 0 ? text.codePointBefore(at) : IntStream.EOF;
        }
        return 0;
    }

    @Override
    public void consume() {
        if (current == IntStream.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index += Character.charCount(current);
        current = codePointAt(index);
    }

    private int codePointAt(int at) {
        if (at >= text.length()) {
            return IntStream.EOF;
        }
        char c = text.charAt(at);
        return Character.isHighSurrogate(c) ? text.codePointAt(at) : c;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = Math.max(0, Math.min(index, text.length()));
        current = codePointAt(this.index);
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(interval.b, text.length() - 1);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    /** The whole line is always at hand: marks need no buffering. */
    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
