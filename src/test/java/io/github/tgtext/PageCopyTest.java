package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A copy of the whole page: the page's own lines after the header, the channel's name above each
 * post, the footer below it. The inputs are cut from the corpus's page of @durov (SOURCES.md),
 * the long lines shortened.
 */
class PageCopyTest {

    /** The copy starts with a line of two spaces: the page's empty search box. */
    private static final String HEADER = "  \n" + """
            Pavel Durov
            ✔
            @durov
            10.1M subscribers
            93 photos
            39 videos
            177 links
            Founder of Telegram.
            Download Telegram
            About
            Blog
            Apps
            Platform
            Join\s
            Pavel Durov
            ✔
            10.1M subscribers
            """;

    private static final String POSTS = """
            Pavel Durov
            🇪🇺 The EU is trying to justify its push for more surveillance.

            I doubt anyone still takes these organizations seriously 🤡
            Please open Telegram to view this post
            VIEW IN TELEGRAM
            26.7K44.2K25.4K11.1K3.86K
            2.19M viewsPavel Durov,\u00A0edited \u00A022:36
            Pavel Durov
            Group admins can assign tags to users — or embrace the chaos. 🔥
            0:09
            This media is not supported in your browser
            VIEW IN TELEGRAM
            Please open Telegram to view this post
            VIEW IN TELEGRAM
            3.76K22.5K6.46K4.96K3.05K
            1.75M viewsPavel Durov,\u00A001:20
            """;

    @Test
    void theHeaderTakesTheBadgeTheUsernameAndThePagesOwnLines() {
        ChannelExport export = TgText.parse(HEADER + POSTS);

        ChannelHeader header = export.header().orElseThrow();
        assertThat(header.title()).isEqualTo("Pavel Durov");
        assertThat(header.verified()).isTrue();
        assertThat(header.username()).contains("@durov");
        assertThat(header.subscribers().orElseThrow().value()).isEqualTo(10_100_000);
        assertThat(header.description()).containsExactly("Founder of Telegram.");
        assertThat(header.pageTop()).hasValueSatisfying(top -> {
            assertThat(top.links()).containsExactly("About", "Blog", "Apps", "Platform", "Join ");
            assertThat(top.topBar()).isTrue();
            assertThat(top.span().firstLine()).isEqualTo(11);
            assertThat(top.span().lastLine()).isEqualTo(18);
        });
        assertThat(header.span().firstLine()).as("the blank line before the title").isEqualTo(1);
        assertThat(export.posts().get(0).span().firstLine()).isEqualTo(19);
        assertThat(export.diagnostics()).isEmpty();
    }

    @Test
    void everyPostRunsFromTheChannelsNameToItsFooter() {
        ChannelExport export = TgText.parse(HEADER + POSTS);

        assertThat(export.posts()).extracting(p -> p.span().firstLine() + "-" + p.span().lastLine())
                .containsExactly("19-26", "27-35");
        assertThat(export.posts()).extracting(Post::author).containsOnly(Optional.of("Pavel Durov"));
        assertThat(export.posts().get(0).text()).startsWith("🇪🇺 The EU");
        assertThat(export.layout()).isEqualTo(Layout.SPACED);
    }

    @Test
    void theFooterGivesViewsSignatureEditedAndTime() {
        List<Post> posts = TgText.parse(HEADER + POSTS).posts();

        Footer first = posts.get(0).footer().orElseThrow();
        assertThat(first.views().value()).isEqualTo(2_190_000);
        assertThat(first.signature()).contains("Pavel Durov");
        assertThat(first.edited()).isTrue();
        assertThat(first.time()).isEqualTo(LocalTime.of(22, 36));
        assertThat(first.span().firstLine()).isEqualTo(26);
        assertThat(posts.get(1).footer().orElseThrow().edited()).isFalse();
    }

    @Test
    void aFooterWithoutSignatureReadsViewsEditedAndTime() {
        // From the corpus's page of @bbcpersian: no signature, and no space after "views".
        Post post = TgText.parse("A post.\n23.5K viewsedited \u00A012:56\nNext post.\n").posts().get(0);

        assertThat(post.footer()).hasValueSatisfying(footer -> {
            assertThat(footer.views().text()).isEqualTo("23.5K");
            assertThat(footer.signature()).isEmpty();
            assertThat(footer.edited()).isTrue();
            assertThat(footer.time()).isEqualTo(LocalTime.of(12, 56));
        });
        assertThat(post.span().lastLine()).as("the footer ends the post").isEqualTo(2);
    }

    @Test
    void aVideoAfterTheTextBelongsToThePostThatShowsItsTextAboveItsMedia() {
        Post post = TgText.parse(HEADER + POSTS).posts().get(1);

        assertThat(post.textAboveMedia()).isTrue();
        assertThat(post.media()).extracting(MediaPlaceholder::kind)
                .containsExactly(MediaPlaceholder.Kind.VIDEO, MediaPlaceholder.Kind.UNSUPPORTED);
        assertThat(post.media().get(0).duration().orElseThrow().toSeconds()).isEqualTo(9);
    }

    @Test
    void theLinkPreviewAfterThePlaceholderRunsToTheReactionsParagraphsIncluded() {
        String post = """
                Pavel Durov
                🪙 MTONGA
                Please open Telegram to view this post
                VIEW IN TELEGRAM
                Telegram
                Pavel Durov
                🚀 The TON blockchain just got upgraded and is now 10× faster.

                ⚡️ Block rate increased 6×.
                8.13K19.9K9.67K7.18K2.8K
                2M viewsPavel Durov,\u00A0edited \u00A017:12
                """;

        Post parsed = TgText.parse(HEADER + post).posts().get(0);

        assertThat(parsed.linkPreview()).hasValueSatisfying(preview -> {
            assertThat(preview.siteName()).contains("Telegram");
            assertThat(preview.title()).contains("Pavel Durov");
            assertThat(preview.description()).contains(
                    "🚀 The TON blockchain just got upgraded and is now 10× faster.\n\n⚡️ Block rate increased 6×.");
        });
        assertThat(parsed.text()).isEqualTo("🪙 MTONGA");
        assertThat(parsed.reactions()).hasSize(5);
    }

    @Test
    void aReplyToTheChannelsOwnShortPostShowsItWholeWithoutACutMark() {
        // From the corpus's page of @nexta_live: the second post replies to the first.
        String posts = """
                NEXTA Live
                Strike on the city: six people were injured.
                🤬2.18K😢366
                96.9K views13:57
                NEXTA Live
                NEXTA Live
                Strike on the city: six people were injured.
                Already 9 dead in the city.
                🤬838😢162
                28.8K views16:20
                """;

        List<Post> parsed = TgText.parse(HEADER.replace("Pavel Durov", "NEXTA Live") + posts).posts();

        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(1).replyTo()).hasValueSatisfying(reply -> {
            assertThat(reply.author()).isEqualTo("NEXTA Live");
            assertThat(reply.postIndex()).contains(0);
        });
        assertThat(parsed.get(1).text()).isEqualTo("Already 9 dead in the city.");
    }

    @Test
    void writingAPageCopyBackGivesItsLines() {
        String text = HEADER + POSTS;

        ChannelExport export = TgText.parse(text);

        assertThat(TgText.write(export, export.layout())).isEqualTo(text);
    }

    @Test
    void withoutThePagesHeaderTheChannelsNameIsText() {
        Post post = TgText.parse(POSTS).posts().get(0);

        assertThat(post.author()).isEmpty();
        assertThat(post.text()).startsWith("Pavel Durov\n🇪🇺 The EU");
        assertThat(post.footer()).as("the footer is still read").isPresent();
    }
}
