package io.github.tgtext;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of lenient parsing. In {@code mvn verify} it runs over the seeds in
 * {@code ParserFuzzTestInputs/} (the corpus exports and every crash found so far); see
 * docs/testing.md to fuzz for longer.
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void lenientParseIsTotalAndLosesNoLine(byte[] input) throws IOException {
        ChannelExport export = TgText.parse(new ByteArrayInputStream(input));

        // The parser replaces each undecodable sequence with U+FFFD, as String's decoder does.
        NoLossTest.assertCoversEveryLineOnce(export, NoLossTest.linesOf(new String(input, StandardCharsets.UTF_8)));
    }
}
