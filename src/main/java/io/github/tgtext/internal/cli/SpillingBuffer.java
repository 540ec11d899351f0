package io.github.tgtext.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds one input's output while it waits for its turn: in memory up to
 * {@value #IN_MEMORY_BYTES} bytes, then in a temporary file, so that reading several large
 * inputs at once does not fill the heap.
 */
final class SpillingBuffer extends OutputStream {

    /** The most bytes held in memory; beyond them, the output goes to a temporary file. */
    static final int IN_MEMORY_BYTES = 8 * 1024 * 1024;

    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (fileOut == null && memory.size() + length > IN_MEMORY_BYTES) {
            file = Files.createTempFile("tgtext-output-", ".part");
            file.toFile().deleteOnExit();
            fileOut = Files.newOutputStream(file);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) {
            fileOut.write(bytes, offset, length);
        } else {
            memory.write(bytes, offset, length);
        }
    }

    /** Copies what was written to {@code out}, then frees the memory or deletes the file. */
    void moveTo(OutputStream out) throws IOException {
        if (fileOut == null) {
            memory.writeTo(out);
            memory = new ByteArrayOutputStream();
            return;
        }
        fileOut.close();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.flush();
        }
    }
}
