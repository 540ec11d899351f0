package io.github.tgtext.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Output waiting for its turn: in memory while small, in a temporary file beyond that. */
class SpillingBufferTest {

    @Test
    void smallOutputIsMovedOutWhole() throws IOException {
        byte[] bytes = randomBytes(1000);
        SpillingBuffer buffer = new SpillingBuffer();
        buffer.write(bytes, 0, bytes.length);
        buffer.close();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.moveTo(out);

        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void outputBeyondTheMemoryLimitGoesThroughATemporaryFileThatIsDeletedAfterwards() throws IOException {
        byte[] bytes = randomBytes(SpillingBuffer.IN_MEMORY_BYTES + 12_345);
        long partsBefore = partFiles();
        SpillingBuffer buffer = new SpillingBuffer();
        for (int offset = 0; offset < bytes.length; offset += 4096) {
            buffer.write(bytes, offset, Math.min(4096, bytes.length - offset));
        }
        buffer.close();
        assertThat(partFiles()).as("a temporary file while waiting").isEqualTo(partsBefore + 1);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.moveTo(out);

        assertThat(out.toByteArray()).isEqualTo(bytes);
        assertThat(partFiles()).as("temporary file deleted").isEqualTo(partsBefore);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static long partFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("tgtext-output-")).count();
        }
    }
}
