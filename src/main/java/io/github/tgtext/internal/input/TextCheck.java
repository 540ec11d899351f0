package io.github.tgtext.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are text as the parser reads them (UTF-8, or UTF-16 with a byte-order mark),
 * and if not, why, in the words the command-line tool and the Spark data source both report:
 * {@code binary file (NUL byte at offset 1234)}, {@code invalid UTF-8 at byte offset 99}.
 */
public final class TextCheck {

    private static final int BUFFER = 64 * 1024;

    private TextCheck() {
    }

    /**
     * @param file a whole file, from its first byte; not closed
     * @return why it is not text, or null if it is
     */
    public static String problemWithFile(InputStream file) throws IOException {
        byte[] mark = file.readNBytes(TextDecoder.MARK_BYTES);
        return problemWith(file, mark, 0, TextDecoder.encodingOf(mark, mark.length));
    }

    /**
     * @param in       the bytes after {@code head}; not closed
     * @param head     the first bytes, already read
     * @param offset   where {@code head} starts in the file, for messages
     * @param encoding the file's encoding
     * @return why the bytes are not text, or null if they are
     */
    public static String problemWith(InputStream in, byte[] head, long offset, Charset encoding) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        bytes.put(head);
        long charsBefore = 0;
        CharsetDecoder decoder = TextDecoder.reporting(encoding);
        // A NUL is one zero byte in UTF-8, and a zero char of two bytes in UTF-16.
        boolean utf8 = encoding.equals(StandardCharsets.UTF_8);
        int unchecked = 0;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            bytes.position(bytes.position() + Math.max(n, 0));
            for (int i = unchecked; utf8 && i < bytes.position(); i++) {
                if (bytes.get(i) == 0) {
                    return "binary file (NUL byte at offset " + (offset + i) + ")";
                }
            }
            bytes.flip();
            CoderResult result;
            do {
                chars.clear();
                result = decoder.decode(bytes, chars, end);
                for (int i = 0; !utf8 && i < chars.position(); i++) {
                    if (chars.get(i) == 0) {
                        return "binary file (NUL char at byte offset " + 2 * (charsBefore + i) + ")";
                    }
                }
                charsBefore += chars.position();
            } while (result.isOverflow());
            if (result.isError()) {
                return "invalid " + encoding.name() + " at byte offset " + (offset + bytes.position());
            }
            offset += bytes.position();
            bytes.compact();
            unchecked = bytes.position();
        }
        return null;
    }
}
