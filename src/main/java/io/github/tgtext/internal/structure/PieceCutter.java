package io.github.tgtext.internal.structure;

import io.github.tgtext.Layout;
import io.github.tgtext.internal.input.Line;
import io.github.tgtext.internal.lines.LineClassifier;
import io.github.tgtext.internal.lines.LineKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Cuts a UTF-8 input into pieces at points where a post always begins, so that each piece can be
 * parsed on its own and give the posts the whole input gives (docs/performance.md, "One export,
 * all cores"). Such a point is the start of a line that follows
 *
 * <ul>
 *   <li>a reactions line with an emoji (a reactions line always ends its post), unless a footer or
 *       a stray {@code VIEW IN TELEGRAM} follows it, which stay with that post;
 *   <li>a footer, unless a stray {@code VIEW IN TELEGRAM} follows it;
 * </ul>
 *
 * and, in the spaced layout outside a copy of the whole page, the start of a forwarded line.
 * (In the compact layout a post that ends before a forwarded line may hold an echo that the input's
 * end would cut off, so it ends there only by that line; in a page copy the channel's name
 * stands before the forwarded line.) Reading the bytes, the cutter counts lines and chars, so
 * that each piece knows where it stands in the whole input, and checks that they are UTF-8:
 * where they are not, or where no such point comes for {@value #MAX_PIECE_BYTES} bytes, the rest
 * of the input is one last piece to be read as a stream ({@link Piece#rest}).
 */
final class PieceCutter {

    /** A piece is cut at the first such point after this many bytes. */
    static final int PIECE_BYTES = 2 << 20;

    /**
     * A piece with no such point for this long ends the cutting: the rest is read as a stream.
     * The bytes read so far are held until then, in a buffer up to twice as large.
     */
    static final int MAX_PIECE_BYTES = 8 << 20;

    private static final int READ_BYTES = 1 << 20;

    /**
     * A piece of the input.
     *
     * @param bytes       its bytes, from index 0 to {@code length}; for the rest, those read so far
     * @param length      how many of them belong to the piece
     * @param linesBefore how many lines of the input come before it
     * @param byteOffset  where it starts in the input
     * @param charOffset  where its first char stands in the decoded input
     * @param rest        the input from here to its end, to be read as a stream; null for a piece
     *                    that ends where a post begins
     */
    record Piece(byte[] bytes, int length, int linesBefore, long byteOffset, long charOffset, InputStream rest) {
        boolean first() {
            return byteOffset == 0;
        }
    }

    private final InputStream in;
    private final LineClassifier classifier;
    private final boolean forwardedLinesCut;
    private final int pieceBytes;
    private byte[] buffer = new byte[READ_BYTES];
    /** Bytes of {@link #buffer} read from the input. */
    private int filled;
    private boolean endOfInput;
    /** The current piece's start in the buffer, and where the input stands there. */
    private int start;
    private long byteOffset;
    private long charOffset;
    private int linesBefore;
    private boolean done;
    /** In {@link #skipTo}, the kind of the line before the point it stopped at. */
    private LineKind previousKind;

    /**
     * @param in          the input, from its start; closed when the cutting is done
     * @param linkLabels  the parser's extra link labels
     * @param layout      the input's layout
     * @param pageCopy    true if the input is a copy of the whole page
     * @param pieceBytes  the size after which a piece is cut
     */
    PieceCutter(InputStream in, Predicate<String> linkLabels, Layout layout, boolean pageCopy, int pieceBytes) {
        this.in = in;
        this.classifier = new LineClassifier(linkLabels);
        this.forwardedLinesCut = layout == Layout.SPACED && !pageCopy;
        this.pieceBytes = pieceBytes;
    }

    /** @return the next piece, or null at the end of the input */
    Piece next() throws IOException {
        if (done) {
            return null;
        }
        keepOnlyThePiece();
        if (filled == 0) {
            fill();
        }
        if (filled == 0 && endOfInput) {
            done = true;
            in.close();
            return null;
        }
        int lines = 0;
        long chars = 0;
        int position = start;
        LineKind previous = null;
        while (true) {
            int end = lineEnd(position);
            if (end < 0) {
                return rest();
            }
            if (position == filled && endOfInput) {
                return last(lines, chars);
            }
            int lineChars = utf16Length(position, end);
            if (lineChars < 0 || position - start > MAX_PIECE_BYTES) {
                return rest();
            }
            int next = afterLineBreak(end);
            if (next < 0) {
                return rest();
            }
            // The line that reaches the size is classified too: a point right after it may be a cut.
            if (next - start >= pieceBytes) {
                LineKind kind = classify(position, end, linesBefore + lines + 1);
                if (position - start >= pieceBytes && previous != null && startsPost(previous, kind)) {
                    return cut(position, lines, chars);
                }
                previous = kind;
            }
            lines++;
            chars += lineChars + (next - end);
            position = next;
            if (position == filled && endOfInput) {
                return last(lines, chars);
            }
        }
    }

    /**
     * Where the input stands at a line's start: its offsets in bytes and in decoded chars, and the
     * lines before it.
     *
     * @param endOfInput true if this is the input's end, not a line's start
     */
    record Point(long byteOffset, long charOffset, int linesBefore, boolean endOfInput) {
        static final Point START = new Point(0, 0, 0, false);
    }

    /**
     * Skips to the first point where a post always begins at or after a byte offset, by the same
     * rule as {@link #next()} cuts pieces, so that points found for the offsets that tile an input
     * tile its posts. Nothing skipped is held. Calls go forward: each one starts where the last
     * one stopped.
     *
     * @param target a byte offset in the input; 0 is the input's start, always such a point
     * @return the point; the input's end if there is none after {@code target}, or if the bytes
     *         before it are not UTF-8 or hold a line too long to cut at (as {@link #next()} then
     *         gives the rest of the input as one piece)
     */
    Point skipTo(long target) throws IOException {
        if (target <= 0 && byteOffset == 0) {
            return Point.START;
        }
        LineKind previous = previousKind;
        while (true) {
            if (start > buffer.length / 2) {
                keepOnlyThePiece();
            }
            int position = start;
            int end = lineEnd(position);
            if (end == filled && position == filled && endOfInput) {
                return endOfInput();
            }
            int lineChars = end < 0 ? -1 : utf16Length(position, end);
            int next = lineChars < 0 ? -1 : afterLineBreak(end);
            if (next < 0) {
                return endOfInput();
            }
            LineKind kind = null;
            if (byteOffset + (next - position) >= target) {
                kind = classify(position, end, linesBefore + 1);
                if (byteOffset >= target && previous != null && startsPost(previous, kind)) {
                    previousKind = previous;
                    return new Point(byteOffset, charOffset, linesBefore, false);
                }
            }
            previous = kind;
            byteOffset += next - position;
            charOffset += lineChars + (next - end);
            linesBefore++;
            start = next;
        }
    }

    private Point endOfInput() throws IOException {
        done = true;
        in.close();
        return new Point(byteOffset, charOffset, linesBefore, true);
    }

    /** Closes the input, if the cutting did not get to its end. */
    void close() throws IOException {
        in.close();
    }

    private boolean startsPost(LineKind previous, LineKind next) {
        return previous == LineKind.REACTIONS && next != LineKind.FOOTER && next != LineKind.VIEW_IN_TELEGRAM
                || previous == LineKind.FOOTER && next != LineKind.VIEW_IN_TELEGRAM
                || forwardedLinesCut && next == LineKind.FORWARDED;
    }

    private LineKind classify(int from, int to, int number) {
        String text = new String(buffer, from, to - from, StandardCharsets.UTF_8);
        return classifier.classify(new Line(number, 0, text)).kind();
    }

    /** The piece from the start to {@code end}, which is where the next one begins. */
    private Piece cut(int end, int lines, long chars) {
        Piece piece = new Piece(Arrays.copyOfRange(buffer, start, end), end - start, linesBefore, byteOffset, charOffset,
                null);
        byteOffset += end - start;
        charOffset += chars;
        linesBefore += lines;
        start = end;
        return piece;
    }

    private Piece last(int lines, long chars) throws IOException {
        Piece piece = cut(filled, lines, chars);
        done = true;
        in.close();
        return piece;
    }

    /** The input from the current piece's start to its end, to be read as a stream. */
    private Piece rest() {
        done = true;
        // The cutting is over: the buffer is handed on, not copied.
        keepOnlyThePiece();
        return new Piece(buffer, filled, linesBefore, byteOffset, charOffset, in);
    }

    /**
     * @return the index of the line break that ends the line starting at {@code from}, or of the
     *         input's end; -1 if the line runs past what may be held
     */
    private int lineEnd(int from) throws IOException {
        int i = from;
        while (true) {
            while (i < filled) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    return i;
                }
                i++;
            }
            if (endOfInput) {
                return filled;
            }
            if (i - start > MAX_PIECE_BYTES) {
                return -1;
            }
            fill();
        }
    }

    /** @return where the next line starts after the line break at {@code end}, or -1 if too far */
    private int afterLineBreak(int end) throws IOException {
        if (end == filled) {
            return end;
        }
        if (buffer[end] == '\r') {
            if (end + 1 == filled && !endOfInput) {
                fill();
            }
            if (end + 1 < filled && buffer[end + 1] == '\n') {
                return end + 2;
            }
        }
        return end + 1;
    }

    /** Moves the current piece's bytes to the buffer's start; while it is scanned, they stay in place. */
    private void keepOnlyThePiece() {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
            start = 0;
        }
    }

    /** Reads more of the input after what the buffer holds. */
    private void fill() throws IOException {
        if (filled == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
            endOfInput = true;
        } else {
            filled += n;
        }
    }

    /**
     * @return how many UTF-16 chars the UTF-8 bytes from {@code from} to {@code to} decode to, or -1
     *         if they are not well-formed UTF-8 (as Java's decoder reads it: no overlong forms, no
     *         surrogates, nothing above U+10FFFF) or start with a byte-order mark of UTF-16
     */
    private int utf16Length(int from, int to) {
        if (from == 0 && byteOffset == 0 && to >= 2 && ((buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE
                || (buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF)) {
            return -1;
        }
        int chars = 0;
        int i = from;
        while (i < to) {
            int b = buffer[i] & 0xFF;
            if (b < 0x80) {
                i++;
                chars++;
                continue;
            }
            int length;
            int min;
            int max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = b == 0xE0 ? 0xA0 : 0x80;
                max = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = b == 0xF0 ? 0x90 : 0x80;
                max = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return -1;
            }
            if (i + length > to) {
                return -1;
            }
            int second = buffer[i + 1] & 0xFF;
            if (second < min || second > max) {
                return -1;
            }
            for (int k = 2; k < length; k++) {
                if ((buffer[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            chars += length == 4 ? 2 : 1;
            i += length;
        }
        return chars;
    }
}
