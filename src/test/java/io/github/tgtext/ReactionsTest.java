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

        assertThat(post.reactions()).extracting(r -> r.emoji() + "=" + r.count().value())
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

    @Test
    void emojiWithTextAfterItIsNotAReactionsLine() {
        Post post = TgText.parse("Forwarded from A\nText.\n👍1 great\n").posts().get(0);

        assertThat(post.reactions()).isEmpty();
        assertThat(post.blocks()).last().isInstanceOf(Block.Bullet.class);
    }
}
