package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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

    /** The documented limit (docs/format.md, "Where one post ends"): no Telegram post comes near it. */
    private static final int MAX_POST_LINES = 16_384;
    private static final int MAX_POST_CHARS = 1 << 20;

    @Test
    void tenMegabytesWithNoBoundaryAreCutIntoPostsOfAMegabyteOfCharsWithAWarningAtEachCut() {
        List<String> lines = IntStream.range(0, 200_000)
                .mapToObj(i -> "Line " + i + " of one very long post that never ends, and never repeats itself").toList();
        String text = String.join("\n", lines);

        ChannelExport export = parsedWithoutLoss(text);

        assertThat(text.length()).isGreaterThan(10_000_000);
        List<Integer> cuts = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < lines.size(); i++) {
            chars += lines.get(i).length();
            if (chars >= MAX_POST_CHARS) {
                cuts.add(i + 1);
                chars = 0;
            }
        }
        assertThat(export.posts()).extracting(p -> p.span().lastLine()).as("the last line of each post")
                .containsExactlyElementsOf(Stream.concat(cuts.stream(), Stream.of(200_000)).toList());
        assertThat(export.posts()).noneMatch(p -> p.echo().isPresent());
        assertThat(export.diagnostics()).extracting(Diagnostic::severity).containsOnly(Diagnostic.Severity.WARNING);
        assertThat(export.diagnostics()).extracting(Diagnostic::line).as("where the warnings stand").isEqualTo(cuts);
        assertThat(export.diagnostics().get(0).message()).contains("starts on line 1 ", "no boundary",
                "reached 1048576 chars").doesNotContain("lines");
    }

    @Test
    void shortLinesWithNoBoundaryAreCutIntoPostsOfTheMostLines() {
        String text = IntStream.range(0, 100_000).mapToObj(i -> "Line " + i).collect(Collectors.joining("\n"));

        ChannelExport export = parsedWithoutLoss(text);

        assertThat(export.layout()).isEqualTo(Layout.COMPACT);
        List<Integer> cuts = IntStream.rangeClosed(1, 100_000 / MAX_POST_LINES).mapToObj(n -> n * MAX_POST_LINES).toList();
        assertThat(export.posts()).extracting(p -> p.span().lastLine()).as("the last line of each post")
                .containsExactlyElementsOf(Stream.concat(cuts.stream(), Stream.of(100_000)).toList());
        assertThat(export.diagnostics()).extracting(Diagnostic::line).as("where the warnings stand").isEqualTo(cuts);
        assertThat(export.diagnostics().get(0).message()).contains("reached 16384 lines").doesNotContain("chars");
    }

    @Test
    void aPostWithNoBoundaryInTheSpacedLayoutCountsARunOfBlankLinesOnce() {
        String text = IntStream.range(0, 20_000).mapToObj(i -> "Line " + i + " goes on").collect(Collectors.joining("\n\n\n"));

        ChannelExport export = parsedWithoutLoss(text);

        assertThat(export.layout()).isEqualTo(Layout.SPACED);
        assertThat(export.posts()).extracting(p -> p.blocks().size()).as("paragraphs per post")
                .containsExactly((MAX_POST_LINES + 1) / 2, (MAX_POST_LINES + 1) / 2, 20_000 - 2 * ((MAX_POST_LINES + 1) / 2));
    }

    @Test
    void aPostCutAtTheLimitIsAWarningSoStrictParsingGoesOn() {
        String text = IntStream.rangeClosed(1, MAX_POST_LINES + 1).mapToObj(i -> "Line " + i + " goes on")
                .collect(Collectors.joining("\n"));

        ChannelExport export = TgText.parser().strict(true).build().parse(text);

        assertThat(export.posts()).extracting(p -> p.span().lineCount()).containsExactly(MAX_POST_LINES, 1);
        assertThat(export.diagnostics()).extracting(Diagnostic::line).containsExactly(MAX_POST_LINES);
    }
}
