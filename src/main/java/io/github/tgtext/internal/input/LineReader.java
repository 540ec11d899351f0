package io.github.tgtext.internal.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Cuts decoded input into {@link Line}s, one at a time. A line ends at LF, CRLF or CR; a final
 * line break does not start another line; a byte-order mark at the very start is not part of
 * the first line's text (but counts in offsets).
 */
public final class LineReader implements AutoCloseable {

    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long bufferOffset;
    private int lineNumber;
    private boolean atStart = true;
    private final StringBuilder text = new StringBuilder();

    /** @param in the decoded input; closed with this reader */
    public LineReader(Reader in) {
        this(in, 0, 0);
    }

    /**
     * Reads a part of an input that starts at a line's start, numbering and placing its lines
     * as in the whole input.
     *
     * @param in          the decoded part; closed with this reader
     * @param linesBefore how many lines of the whole input come before the part
     * @param offset      the offset of the part's first char in the whole decoded input
     */
    public LineReader(Reader in, int linesBefore, long offset) {
        this.in = in;
        this.lineNumber = linesBefore;
        this.bufferOffset = offset;
        // Only the whole input's first char can be a byte-order mark.
        this.atStart = offset == 0;
    }

    /**
     * @return the next line, or null at the end of the input
     * @throws UncheckedIOException if the input cannot be read
     */
    public Line next() {
        if (atStart) {
            atStart = false;
            if (peek() == BOM) {
                position++;
            }
        }
        if (peek() < 0) {
            return null;
        }
        long start = bufferOffset + position;
        int end = lineEnd();
        if (end < limit) {
            // The whole line is in the buffer: its text is made from it directly, the usual case.
            String line = new String(buffer, position, end - position);
            position = end;
            skipLineBreak();
            return new Line(++lineNumber, start, line);
        }
        // The line runs past the buffer: collect it piece by piece until a line break or the end.
        text.setLength(0);
        text.append(buffer, position, end - position);
        position = end;
        while (position == limit && refill()) {
            end = lineEnd();
            text.append(buffer, position, end - position);
            position = end;
        }
        if (position < limit) {
            skipLineBreak();
        }
        return new Line(++lineNumber, start, text.toString());
    }

    /** @return the index of the first line break from the position on, or the limit */
    private int lineEnd() {
        int end = position;
        while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        return end;
    }

    private void skipLineBreak() {
        char c = buffer[position++];
        if (c == '\r' && peek() == '\n') {
            position++;
        }
    }

    private int peek() {
        if (position == limit && !refill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean refill() {
        try {
            bufferOffset += limit;
            position = 0;
            limit = 0;
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
