package io.github.tgtext.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Decodes UTF-8 bytes into chars, replacing each undecodable sequence with U+FFFD and
 * remembering where it was, in bytes and in chars, so that it can be reported.
 * {@link java.io.InputStreamReader} would replace silently.
 */
public final class Utf8Decoder extends Reader {

    /**
     * An undecodable byte sequence.
     *
     * @param byteOffset where it starts in the byte input
     * @param length     how many bytes it spans
     * @param charOffset where its replacement char stands in the decoded input
     */
    public record Malformed(long byteOffset, int length, long charOffset) {
    }

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private final Queue<Malformed> malformed = new ArrayDeque<>();
    private long bytesBeforeBuffer;
    private long charsBeforeBuffer;
    private boolean endOfInput;
    private boolean flushed;

    /** @param in the bytes; closed with this reader */
    public Utf8Decoder(InputStream in) {
        this.in = in;
    }

    /** @return the undecodable sequences found so far and not yet taken, oldest first */
    public Queue<Malformed> malformed() {
        return malformed;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        charsBeforeBuffer += chars.limit();
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            if (!bytes.hasRemaining() && !endOfInput) {
                readBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                if (chars.remaining() == 0) {
                    break;
                }
                malformed.add(new Malformed(bytesBeforeBuffer + bytes.position(), result.length(),
                        charsBeforeBuffer + chars.position()));
                bytes.position(bytes.position() + result.length());
                chars.put('\uFFFD');
            } else if (result.isUnderflow() && endOfInput) {
                decoder.flush(chars);
                flushed = true;
            } else if (result.isUnderflow()) {
                readBytes();
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
