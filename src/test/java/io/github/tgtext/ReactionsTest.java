package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reactions line: emoji (whole grapheme clusters) and counts; it ends the post. */
class ReactionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "❤1       | ❤=1",
        "❤️12     | ❤️=12",
        "👍🏻3     | 👍🏻=3",
        "👍1.2K   | 👍=1200",
        "👍8❤3👏2 | 👍=8,❤=3,👏=2",
        "👨‍👩‍👧5     | 👨‍👩‍👧=5",
    })
    void readsEmojiAndCounts(String line, String expected) {
        Post post = TgText.parse("Forwarded from A\nSome text.\n" + line + "\n").posts().get(0);

        assertThat(post.reactions()).extracting(r -> r.emoji().orElseThrow() + "=" + r.count().value())
                .containsExactlyElementsOf(List.of(expected.split(",")));
        assertThat(post.span().lastLine()).isEqualTo(3);
    }

    @Test
    void reactionsLineEndsThePost() {
        ChannelExport export = TgText.parse("Own post one.\n👍1\nOwn post two.\n");

        assertThat(export.posts()).extracting(Post::text).containsExactly("Own post one.", "Own post two.");
        assertThat(export.posts().get(0).reactions()).hasSize(1);
    }

    @Test
    void reactionSpansPointAtEachPair() {
        String text = "Hi.\n👍8❤3\n";

        Post post = TgText.parse(text).posts().get(0);

        assertThat(post.reactions()).extracting(r -> text.substring((int) r.span().startOffset(),
                (int) r.span().endOffset())).containsExactly("👍8", "❤3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Custom emoji: counts only, each K or M ends a count.
        "26.7K44.2K25.4K11.1K3.86K | ?=26700,?=44200,?=25400,?=11100,?=3860",
        // A paid star first (no emoji), then emoji in the page's order.
        "1👍2.4K😁514❤206       | ?=1,👍=2400,😁=514,❤=206",
        // After 1.2K, 345 is one count: reading 34 and 5 would assume a reaction more.
        "🔥1.2K345              | 🔥=1200,?=345",
        // 21 after ❤3 would break the page's order: 👏2 and a custom emoji's 1.
        "❤3👏21                 | ❤=3,👏=2,?=1",
        // A count the page would abbreviate (1234 is shown as 1.23K) is two counts.
        "👍1234                 | 👍=123,?=4",
        // The page's order is broken whatever the split: each number is one count.
        "❤1👍3                  | ❤=1,👍=3",
    })
    void readsReactionsWhoseEmojiIsNotShownAsTheirCountAlone(String line, String expected) {
        ChannelExport export = TgText.parse("Forwarded from A\nSome text.\n" + line + "\nNext post.\n");
        Post post = export.posts().get(0);

        assertThat(post.reactions()).extracting(r -> r.emoji().orElse("?") + "=" + r.count().value())
                .containsExactlyElementsOf(List.of(expected.split(",")));
        assertThat(post.span().lastLine()).as("the reactions line ends the post").isEqualTo(3);
        assertThat(export.diagnostics()).isEmpty();
    }

    @Test
    void countsThatSplitMoreThanOneWayAreReadOneWayWithAWarningNamingTheLine() {
        ChannelExport export = TgText.parse("Forwarded from A\nSome text.\n5321\n");

        assertThat(export.posts().get(0).reactions()).extracting(r -> r.emoji().orElse("?") + "=" + r.count().text())
                .as("the longest counts first").containsExactly("?=532", "?=1");
        assertThat(export.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("more than one way").contains("?532 ?1");
        });
    }

    @Test
    void aReactionWithoutEmojiSpansItsCount() {
        String text = "Hi.\n1👍2.4K3\n";

        Post post = TgText.parse(text).posts().get(0);

        assertThat(post.reactions()).extracting(r -> text.substring((int) r.span().startOffset(),
                (int) r.span().endOffset())).containsExactly("1", "👍2.4K", "3");
    }

    @Test
    void emojiWithTextAfterItIsNotAReactionsLine() {
        Post post = TgText.parse("Forwarded from A\nText.\n👍1 great\n").posts().get(0);

        assertThat(post.reactions()).isEmpty();
        assertThat(post.blocks()).last().isInstanceOf(Block.Bullet.class);
    }
}
