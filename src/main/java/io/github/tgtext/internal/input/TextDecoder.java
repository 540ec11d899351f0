package io.github.tgtext.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Decodes the bytes of an export into chars: UTF-8, or UTF-16 when the bytes start with its
 * byte-order mark (some Windows tools write text so). Each undecodable sequence is replaced with
 * U+FFFD and remembered, in bytes and in chars, so that it can be reported;
 * {@link java.io.InputStreamReader} would replace silently. A byte-order mark is decoded as
 * U+FEFF, which {@link LineReader} skips, so that char offsets count it whatever the encoding.
 */
public final class TextDecoder extends Reader {

    /**
     * An undecodable byte sequence.
     *
     * @param encoding   the encoding the bytes were read in, for messages
     * @param byteOffset where it starts in the byte input
     * @param length     how many bytes it spans
     * @param charOffset where its replacement char stands in the decoded input
     */
    public record Malformed(Charset encoding, long byteOffset, int length, long charOffset) {
    }

    /** The bytes it takes to tell the encoding: a UTF-16 byte-order mark. */
    public static final int MARK_BYTES = 2;

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private final Queue<Malformed> malformed = new ArrayDeque<>();
    private long bytesBeforeBuffer;
    private long charsBeforeBuffer;
    private boolean endOfInput;
    private boolean flushed;

    /** @param in the bytes; closed with this reader */
    public TextDecoder(InputStream in) {
        this.in = in;
    }

    /**
     * Decodes the rest of a UTF-8 input from a char's start on, reporting undecodable bytes at
     * their places in the whole input.
     *
     * @param in         the rest of the bytes; closed with this reader
     * @param byteOffset where they start in the whole input
     * @param charOffset where their first char stands in the whole decoded input
     */
    public TextDecoder(InputStream in, long byteOffset, long charOffset) {
        this.in = in;
        this.decoder = reporting(StandardCharsets.UTF_8);
        this.bytesBeforeBuffer = byteOffset;
        this.charsBeforeBuffer = charOffset;
    }

    /**
     * @param start  the first bytes of an input
     * @param length how many of them there are (fewer than {@link #MARK_BYTES} for a short input)
     * @return the encoding the input is read in: UTF-16 in the order its byte-order mark says,
     *         else UTF-8
     */
    public static Charset encodingOf(byte[] start, int length) {
        if (length >= MARK_BYTES && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= MARK_BYTES && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** @return a decoder that reports undecodable input instead of replacing it */
    public static CharsetDecoder reporting(Charset encoding) {
        return encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
        if (decoder == null) {
            while (bytes.remaining() < MARK_BYTES && !endOfInput) {
                readBytes();
            }
            decoder = reporting(encodingOf(bytes.array(), bytes.remaining()));
        }
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
                malformed.add(new Malformed(decoder.charset(), bytesBeforeBuffer + bytes.position(), result.length(),
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
