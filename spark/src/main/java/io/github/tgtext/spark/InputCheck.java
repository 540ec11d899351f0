package io.github.tgtext.spark;

import io.github.tgtext.internal.input.TextCheck;
import io.github.tgtext.internal.input.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are text as the parser reads them (UTF-8, or UTF-16 with a byte-order mark),
 * told in the command-line tool's words: {@code binary file (NUL byte at offset 1234)},
 * {@code invalid UTF-8 at byte offset 99}: the library's {@code TextCheck}, which the tool uses
 * too, so that a file Spark refuses is a file {@code tgtext parse} refuses, with the same words.
 *
 * <p>A range of a split UTF-8 file is checked on its own: its bytes from the first char that
 * starts in it to the end of the last char that starts in it, so that each char of the file is
 * checked by exactly one range and offsets are the file's.
 */
final class InputCheck {

    private InputCheck() {
    }

    /** @return the encoding a file whose first bytes these are is read in */
    static Charset encodingOf(InputStream fileStart) throws IOException {
        byte[] mark = fileStart.readNBytes(TextDecoder.MARK_BYTES);
        return TextDecoder.encodingOf(mark, mark.length);
    }

    /**
     * @param file a whole file, from its first byte
     * @return why it is not text, or null if it is
     */
    static String problemWithFile(InputStream file) throws IOException {
        return TextCheck.problemWithFile(file);
    }

    /**
     * @param range a UTF-8 file from byte {@code from} on
     * @param from  where the range starts
     * @param to    where it ends (the next range's start), or the file's length
     * @return why the range's chars are not text, or null if they are
     */
    static String problemWithUtf8Range(InputStream range, long from, long to) throws IOException {
        byte[] first = new byte[1];
        long start = from;
        int n = range.read(first);
        // A char that starts before the range is the previous range's: skip its continuation
        // bytes (at most three). At the file's start there is no such char.
        while (from > 0 && n == 1 && isContinuation(first[0]) && start - from < 3) {
            start++;
            n = range.read(first);
        }
        if (n < 1 || start >= to) {
            return null;
        }
        return TextCheck.problemWith(new RangeEnd(range, to - start - 1), first, start, StandardCharsets.UTF_8);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * The bytes of a range up to its end, then the continuation bytes of a char that starts
     * before the end and runs past it (at most three), then nothing.
     */
    private static final class RangeEnd extends InputStream {

        private final InputStream in;
        private long beforeEnd;
        private int tail = -1;
        private boolean over;

        RangeEnd(InputStream in, long beforeEnd) {
            this.in = in;
            this.beforeEnd = beforeEnd;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (beforeEnd > 0) {
                int n = in.read(buffer, offset, (int) Math.min(length, beforeEnd));
                if (n > 0) {
                    beforeEnd -= n;
                }
                return n;
            }
            if (over || tail >= 3) {
                return -1;
            }
            int b = in.read();
            if (b < 0 || !isContinuation((byte) b)) {
                over = true;
                return -1;
            }
            tail = tail < 0 ? 1 : tail + 1;
            buffer[offset] = (byte) b;
            return 1;
        }
    }
}
