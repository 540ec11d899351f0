package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A link preview, outside a copy of the whole page: the lines after a post's trailing
 * placeholders (or its echo) that the reactions follow. Lines from the @durov probe.
 */
class LinkPreviewTest {

    private static final String PLACEHOLDER = "Please open Telegram to view this post\nVIEW IN TELEGRAM\n";

    @Test
    void threeLinesBetweenThePlaceholderAndTheReactionsAreSiteTitleAndDescription() {
        String text = "So Telegram's Secret Chats design is the only solution.\n" + PLACEHOLDER + """
                9to5Mac
                FBI used iPhone notification data to retrieve deleted Signal messages [Update] - 9to5Mac
                The FBI was able to recover deleted Signal messages from an iPhone.
                29.3K38.2K11.3K8.84K7.8K
                Next post.
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).hasSize(2);
        Post post = export.posts().get(0);
        assertThat(post.linkPreview()).hasValueSatisfying(preview -> {
            assertThat(preview.siteName()).contains("9to5Mac");
            assertThat(preview.title()).hasValueSatisfying(t -> assertThat(t).startsWith("FBI used iPhone"));
            assertThat(preview.description()).hasValueSatisfying(d -> assertThat(d).startsWith("The FBI was able"));
            assertThat(preview.span().firstLine()).isEqualTo(4);
            assertThat(preview.span().lastLine()).isEqualTo(6);
        });
        assertThat(post.reactions()).hasSize(5);
        assertThat(post.text()).doesNotContain("9to5Mac");
    }

    @Test
    void aPreviewOfFewerLinesIsReadFromItsSiteOn() {
        Post post = TgText.parse("Text.\n" + PLACEHOLDER + "www.libertyprize.org\n👍5\n").posts().get(0);

        assertThat(post.linkPreview()).hasValueSatisfying(preview -> {
            assertThat(preview.siteName()).contains("www.libertyprize.org");
            assertThat(preview.title()).isEmpty();
            assertThat(preview.description()).isEmpty();
        });
    }

    @Test
    void linesAfterThePlaceholderThatNoReactionsFollowAreTheNextPost() {
        ChannelExport export = TgText.parse("Text.\n" + PLACEHOLDER + "Next post.\nIts second line.\n");

        assertThat(export.posts()).hasSize(2);
        assertThat(export.posts().get(0).linkPreview()).isEmpty();
        assertThat(export.posts().get(1).text()).startsWith("Next post.");
    }

    @Test
    void moreThanThreeLinesBeforeTheReactionsAreNoPreview() {
        ChannelExport export = TgText.parse("Text.\n" + PLACEHOLDER + "One\nTwo\nThree\nFour\n👍5\n");

        assertThat(export.posts().get(0).linkPreview()).isEmpty();
        assertThat(export.posts().get(1).text()).isEqualTo("One\nTwo\nThree\nFour");
    }

    @Test
    void writingBackGivesThePreviewsLines() {
        String text = "Text.\n" + PLACEHOLDER + "CNBC\nJustice Department refuses\nMusk faces questions.\n13.1K25.5K\n";

        ChannelExport export = TgText.parse(text);

        assertThat(TgText.write(export, export.layout())).isEqualTo(text);
    }
}
