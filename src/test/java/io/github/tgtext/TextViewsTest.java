package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The derived views of a post: text, hashtags, mentions, URLs, link labels. */
class TextViewsTest {

    private static final String POST = """
            Forwarded from Russian MFA 🇷🇺
            Talks with #Azerbaijan, see x.com/mfa_russia and https://mid.ru/en/press.

            Follow @MID_Russia!
            <...>
            ***
            #RussiaAzerbaijan #CIS
            """;

    @Test
    void textKeepsParagraphsAndLines() {
        Post post = TgText.parse(POST).posts().get(0);

        assertThat(post.text()).isEqualTo("""
                Talks with #Azerbaijan, see x.com/mfa_russia and https://mid.ru/en/press.

                Follow @MID_Russia!
                <...>
                ***
                #RussiaAzerbaijan #CIS""");
        assertThat(post.blocks()).extracting(b -> b.getClass().getSimpleName()).containsExactly(
                "Paragraph", "Paragraph", "Omission", "Separator", "HashtagLine");
        assertThat(post.blocks()).extracting(Block::blankLinesBefore).containsExactly(0, 1, 0, 0, 0);
    }

    @Test
    void blankLinesOfAnyWhiteSpaceCountOnceEach() {
        String text = "First.\n\n\n \n \n\n\t\n\u00A0\nSecond.\n";

        Post post = TgText.parse(text).posts().get(0);

        assertThat(post.blocks()).extracting(Block::blankLinesBefore).containsExactly(0, 7);
        assertThat(post.blocks().get(1).span().firstLine()).isEqualTo(9);
        assertThat(post.span().lineCount()).isEqualTo(9);
    }

    @Test
    void entitiesAreFoundInline() {
        Post post = TgText.parse(POST).posts().get(0);

        assertThat(post.hashtags()).containsExactly("#Azerbaijan", "#RussiaAzerbaijan", "#CIS");
        assertThat(post.mentions()).containsExactly("@MID_Russia");
        assertThat(post.urls()).containsExactly("x.com/mfa_russia", "https://mid.ru/en/press");
        assertThat(((Block.HashtagLine) post.blocks().get(4)).hashtags()).containsExactly("#RussiaAzerbaijan", "#CIS");
    }

    @Test
    void treeIsImmutable() {
        Post post = TgText.parse(POST).posts().get(0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> post.blocks().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
