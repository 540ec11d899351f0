package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which layout a file is read in: spaced if blank lines stand between its lines, compact if not. */
class LayoutTest {

    private static final String COMPACT_POSTS = """
            Forwarded from Russian MFA
            Talks in Moscow.
            The Ministers discussed trade.
            They agreed to meet again.
            The Ministers discussed trade.
            They agreed to meet again.
            👍1
            Forwarded from Russian MFA
            A briefing.
            Questions were answered.
            Read in full
            Questions were answered.
            Read in full
            """;

    @Test
    void fileWithoutBlankLinesIsCompact() {
        assertThat(TgText.parse(COMPACT_POSTS).layout()).isEqualTo(Layout.COMPACT);
    }

    @Test
    void aSingleStrayBlankLineInACompactFileWhoseTextEchoesLeavesItCompact() {
        String stray = COMPACT_POSTS.replace("👍1\n", "👍1\n\n");

        ChannelExport export = TgText.parse(stray);

        assertThat(export.layout()).isEqualTo(Layout.COMPACT);
        assertThat(export.posts()).filteredOn(p -> !p.blocks().isEmpty())
                .as("the posts around the blank line keep their echoes")
                .extracting(p -> p.echo().isPresent()).containsExactly(true, true);
        assertThat(export.diagnostics()).as("the blank line is a post of its own, with a warning").singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(8));
    }

    @Test
    void aSingleBlankLineInAFileWhoseTextDoesNotRepeatMakesItSpaced() {
        String text = "A post.\n\nIts second paragraph.\n👍1\nAnother post.\n";

        assertThat(TgText.parse(text).layout()).isEqualTo(Layout.SPACED);
    }

    @Test
    void twoBlankLinesMakeAFileSpacedEvenIfItsTextRepeats() {
        String text = COMPACT_POSTS.replace("Talks in Moscow.\n", "Talks in Moscow.\n\n")
                .replace("A briefing.\n", "A briefing.\n\n");

        assertThat(TgText.parse(text).layout()).isEqualTo(Layout.SPACED);
    }
}
