package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to hurt: each must simply finish, with every line placed, and without a stack
 * overflow or quadratic work. How long they take is measured by the benchmarks, not here.
 */
class PathologicalInputsTest {

    private static ChannelExport parsedWithoutLoss(String text) {
        ChannelExport export = TgText.parse(text);
        NoLossTest.assertCoversEveryLineOnce(export, NoLossTest.linesOf(text));
        return export;
    }

    @Test
    void fiveMegabyteSingleLine() {
        String line = "word, and #tag ".repeat(350_000);

        ChannelExport export = parsedWithoutLoss(line);

        assertThat(export.posts()).singleElement().satisfies(p -> assertThat(p.text()).hasSize(line.length()));
    }

    @Test
    void twoHundredThousandBlankLines() {
        String text = "First.\n" + "\n".repeat(200_000) + "Last.\n";

        ChannelExport export = parsedWithoutLoss(text);

        assertThat(export.layout()).isEqualTo(Layout.SPACED);
        assertThat(export.posts()).singleElement()
                .satisfies(p -> assertThat(p.blocks()).extracting(Block::blankLinesBefore).containsExactly(0, 200_000));
    }

    @Test
    void hundredThousandIdenticalLinesAreTheEchoDetectorsWorstCase() {
        String text = "same line\n".repeat(100_000);

        ChannelExport export = parsedWithoutLoss(text);

        assertThat(export.posts().stream().mapToInt(p -> p.span().lineCount()).sum()).isEqualTo(100_000);
    }

    @Test
    void hundredThousandForwardedLinesInARow() {
        String text = "Forwarded from Russian MFA 🇷🇺\n".repeat(100_000);

        ChannelExport export = parsedWithoutLoss(text);

        assertThat(export.posts()).hasSize(100_000)
                .allSatisfy(p -> assertThat(p.forwardedFrom()).contains("Russian MFA 🇷🇺"));
    }

    @Test
    void tenMegabytePostWithNoBoundary() {
        String text = IntStream.range(0, 200_000)
                .mapToObj(i -> "Line " + i + " of one very long post that never ends, and never repeats itself")
                .collect(Collectors.joining("\n"));

        ChannelExport export = parsedWithoutLoss(text);

        assertThat(text.length()).isGreaterThan(10_000_000);
        assertThat(export.posts()).singleElement().satisfies(p -> {
            assertThat(p.echo()).isEmpty();
            assertThat(p.span().lineCount()).isEqualTo(200_000);
        });
    }
}
