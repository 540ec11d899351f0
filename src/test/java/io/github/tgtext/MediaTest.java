package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Media placeholders: too big, videos with their durations, albums, and the trailing kind. */
class MediaTest {

    @Test
    void videoWithItsDurationOpensThePost() {
        String text = """
                Earlier post.
                👍3
                0:14
                This media is not supported in your browser
                VIEW IN TELEGRAM
                Strike on the city: six people were injured.
                🤬2.18K😢366
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).hasSize(2);
        Post post = export.posts().get(1);
        assertThat(post.media()).singleElement().satisfies(video -> {
            assertThat(video.kind()).isEqualTo(MediaPlaceholder.Kind.VIDEO);
            assertThat(video.duration()).contains(Duration.ofSeconds(14));
            assertThat(video.span().firstLine()).as("the duration is part of the placeholder").isEqualTo(3);
            assertThat(video.span().lastLine()).isEqualTo(5);
        });
        assertThat(post.text()).isEqualTo("Strike on the city: six people were injured.");
        assertThat(export.diagnostics()).isEmpty();
    }

    @Test
    void tooBigVideoShowsItsDurationInHoursMinutesAndSeconds() {
        Post post = TgText.parse("1:02:05\nMedia is too big\nVIEW IN TELEGRAM\nThe whole briefing.\n").posts().get(0);

        assertThat(post.media()).extracting(MediaPlaceholder::kind, MediaPlaceholder::duration)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MediaPlaceholder.Kind.TOO_BIG,
                        Optional.of(Duration.ofSeconds(3725))));
    }

    @Test
    void leadingMediaItemsOfAnAlbumStayInOnePost() {
        String text = """
                Forwarded from LUXTA
                0:06
                This media is not supported in your browser
                VIEW IN TELEGRAM
                3:28
                Media is too big
                VIEW IN TELEGRAM
                A man climbed onto the roof of a shop.
                😢452😁155
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).singleElement().satisfies(post -> {
            assertThat(post.forwardedFrom()).contains("LUXTA");
            assertThat(post.media()).extracting(MediaPlaceholder::kind)
                    .containsExactly(MediaPlaceholder.Kind.VIDEO, MediaPlaceholder.Kind.TOO_BIG);
            assertThat(post.media()).extracting(m -> m.duration().orElseThrow().toSeconds()).containsExactly(6L, 208L);
        });
    }

    @Test
    void mediaItemAfterThePostsTextOpensTheNextPost() {
        String text = """
                First post, text only.
                0:10
                This media is not supported in your browser
                VIEW IN TELEGRAM
                Second post.
                """;

        assertThat(TgText.parse(text).posts()).extracting(Post::text)
                .containsExactly("First post, text only.", "Second post.");
    }

    @Test
    void aLineShapedLikeADurationIsTextWhereNoPlaceholderFollowsIt() {
        String text = "The meeting starts at\n12:30\nin the main hall.\n👍1\n";

        Post post = TgText.parse(text).posts().get(0);

        assertThat(post.media()).isEmpty();
        assertThat(post.text()).isEqualTo("The meeting starts at\n12:30\nin the main hall.");
    }

    @Test
    void trailingPlaceholdersCloseThePostAfterItsText() {
        String text = """
                3:12
                Media is too big
                VIEW IN TELEGRAM
                Armenia wants to join the EU.
                Please open Telegram to view this post
                VIEW IN TELEGRAM
                Please open Telegram to view this post
                VIEW IN TELEGRAM
                1👍2.4K
                """;

        Post post = TgText.parse(text).posts().get(0);

        assertThat(post.media()).extracting(MediaPlaceholder::kind).containsExactly(MediaPlaceholder.Kind.TOO_BIG,
                MediaPlaceholder.Kind.UNSUPPORTED, MediaPlaceholder.Kind.UNSUPPORTED);
        assertThat(post.media().get(1).duration()).isEmpty();
        assertThat(post.span().lastLine()).isEqualTo(9);
    }

    @Test
    void writingBackGivesTheDurationAndPlaceholderLines() {
        String text = "0:47\nMedia is too big\nVIEW IN TELEGRAM\nNo parade in Crimea.\n😁978\n"
                + "0:06\nThis media is not supported in your browser\nVIEW IN TELEGRAM\nNext.\n";

        ChannelExport export = TgText.parse(text);

        assertThat(TgText.write(export, export.layout())).isEqualTo(text);
    }

    @Test
    void aRoundVideoShowsItsDurationBelowItsPlaceholder() {
        // From a post of @bolshiepushki.
        String text = """
                This media is not supported in your browser
                VIEW IN TELEGRAM
                0:44
                54.2K views12:35
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts().get(0).media()).singleElement().satisfies(video -> {
            assertThat(video.kind()).isEqualTo(MediaPlaceholder.Kind.ROUND_VIDEO);
            assertThat(video.duration()).contains(Duration.ofSeconds(44));
            assertThat(video.span().lastLine()).isEqualTo(3);
        });
        assertThat(TgText.write(export, export.layout())).isEqualTo(text);
    }

    @Test
    void aDocumentShowsItsNameAndSize() {
        // From a post of @oper_goblin.
        String text = """
                Forwarded from Кремлёвская прачка
                Оппозиционные медиапроекты.pdf
                2.1 MB
                Центр изучения новых коммуникаций.

                Второй абзац.
                171.9K views22:31
                """;

        Post post = TgText.parse(text).posts().get(0);

        assertThat(post.blocks().get(0)).isInstanceOfSatisfying(Block.Document.class, document -> {
            assertThat(document.name()).isEqualTo("Оппозиционные медиапроекты.pdf");
            assertThat(document.size()).isEqualTo("2.1 MB");
        });
        assertThat(post.blocks().get(1).text()).isEqualTo("Центр изучения новых коммуникаций.");
    }
}
