package io.github.tgtext.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check of a range of a split UTF-8 file, on generated text of one- to four-byte chars cut
 * at every offset: a valid file passes in every range, and a bad byte is reported first by the range
 * it falls in, at the offset the whole-file check reports. (A range after it may report the same
 * damage again, when the bad byte cut a char short: a job fails at the first.)
 */
class InputCheckTest {

    private static final byte[] TEXT = "Привет, мир! 👋 ok\n€ Ünïcödé 🇷🇺 text\n".repeat(3)
            .getBytes(StandardCharsets.UTF_8);

    /** @return the problems the ranges of {@code size} bytes report, each checked on its own */
    private static List<String> problemsOfRanges(byte[] file, int size) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int from = 0; from < file.length; from += size) {
            String problem = InputCheck.problemWithUtf8Range(new ByteArrayInputStream(file, from, file.length - from),
                    from, Math.min(file.length, from + size));
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    @Test
    void aValidFilePassesInEveryRangeWhereverItIsCut() throws IOException {
        assertThat(InputCheck.problemWithFile(new ByteArrayInputStream(TEXT))).isNull();
        for (int size = 1; size < TEXT.length; size++) {
            assertThat(problemsOfRanges(TEXT, size)).as("ranges of %d bytes", size).isEmpty();
        }
    }

    @Test
    void aBadByteIsReportedByOneRangeAtItsOffsetInTheFile() throws IOException {
        for (int at = 0; at < TEXT.length; at += 7) {
            byte[] file = TEXT.clone();
            file[at] = (byte) 0xFF;
            String whole = InputCheck.problemWithFile(new ByteArrayInputStream(file));
            assertThat(whole).startsWith("invalid UTF-8 at byte offset ");
            for (int size : new int[] {1, 5, 16, 33}) {
                assertThat(problemsOfRanges(file, size)).as("0xFF at %d, ranges of %d bytes", at, size)
                        .first().isEqualTo(whole);
            }
        }
    }

    @Test
    void aNulByteIsReportedAtItsOffset() throws IOException {
        byte[] file = TEXT.clone();
        file[40] = 0;
        assertThat(InputCheck.problemWithUtf8Range(new ByteArrayInputStream(file, 33, file.length - 33), 33, 66))
                .isEqualTo("binary file (NUL byte at offset 40)");
    }
}
