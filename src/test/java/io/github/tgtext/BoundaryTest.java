package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where one post ends and the next begins in the spaced layout (docs/format.md). */
class BoundaryTest {

    private static java.util.List<String> firstLines(String text) {
        ChannelExport export = TgText.parse(text);
        assertThat(export.layout()).isEqualTo(Layout.SPACED);
        return export.posts().stream().map(p -> p.text().lines().findFirst().orElse("")).toList();
    }

    @Test
    void forwardedLineAlwaysStartsAPost() {
        assertThat(firstLines("Forwarded from A\nOne.\n\nTwo\nForwarded from B\nThree.\n"))
                .containsExactly("One.", "Three.");
    }

    @Test
    void trailingPlaceholderEndsThePostUnlessAnotherFollows() {
        String text = """
                Album post.

                More.
                Please open Telegram to view this post
                VIEW IN TELEGRAM
                Please open Telegram to view this post
                VIEW IN TELEGRAM
                Next post.
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).hasSize(2);
        assertThat(export.posts().get(0).media()).hasSize(2);
        assertThat(export.posts().get(1).text()).isEqualTo("Next post.");
    }

    @Test
    void linkLabelOrHashtagLineEndsThePostUnlessALabelFollows() {
        String text = """
                Briefing.

                📰 Read
                📺 Watch
                Next post after labels.

                Text.
                #RussiaAfrica
                Third post.
                """;

        assertThat(firstLines(text)).containsExactly("Briefing.", "Next post after labels.", "Third post.");
    }

    @Test
    void finishedProseThenEmojiStartsAPost() {
        String text = """
                #Announcement

                ❗️ Accreditation is open until 09.00 am on February 5.
                🔴 #LIVE: Lavrov's remarks
                """;

        assertThat(firstLines(text)).containsExactly("#Announcement", "🔴 #LIVE: Lavrov's remarks");
    }

    @Test
    void listsAndUnfinishedLinesStayInTheParagraph() {
        String text = """
                📞 In addition, President Putin received phone calls from
                🇰🇿 First President of Kazakhstan,
                🇰🇬 President of the Kyrgyz Republic.

                🔹 Tragedy in the airspace over Washington.
                🔹 Ukrainian crisis
                🕑 2.00 pm MSK
                🕚 11.00 am GMT
                """;

        assertThat(firstLines(text)).hasSize(1);
    }

    @Test
    void leadingPlaceholderStartsAPostUnlessItFollowsTheForwardedLine() {
        String text = """
                One.

                Two.
                Media is too big
                VIEW IN TELEGRAM
                Video post.
                Forwarded from A
                Media is too big
                VIEW IN TELEGRAM
                Forwarded video.
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).extracting(Post::text).containsExactly("One.\n\nTwo.", "Video post.",
                "Forwarded video.");
        assertThat(export.posts().get(2).forwardedFrom()).contains("A");
    }

    @Test
    void forwardedLineTakesSpaceOrNoBreakSpace() {
        ChannelExport export = TgText.parse("Forwarded from\u00A0Russian MFA 🇷🇺\nOne.\n\nTwo.\n"
                + "Forwarded from MoD Russia\nThree.\n");

        assertThat(export.posts()).extracting(p -> p.forwardedFrom().orElseThrow())
                .containsExactly("Russian MFA 🇷🇺", "MoD Russia");
    }

    /** Found by the locality-under-damage property: the stray line opened the next post. */
    @Test
    void strayViewInTelegramStaysWithThePostBeforeIt() {
        String text = """
                Text of the first post.

                #WeWereAllies
                VIEW IN TELEGRAM
                🔴 #LIVE: the next post

                🔴 Ruptly
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).extracting(p -> p.span().firstLine() + "-" + p.span().lastLine())
                .containsExactly("1-4", "5-7");
        assertThat(export.unrecognised()).singleElement()
                .satisfies(u -> assertThat(u.span().firstLine()).isEqualTo(4));
    }

    @Test
    void strayViewInTelegramEndsThePostAsTheTrailingPlaceholderItIsLeftOfWould() {
        String text = """
                🔴 #LIVE: remarks at the conference

                🔴 Ruptly
                VIEW IN TELEGRAM
                #Announcement

                Text of the next post.
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).extracting(p -> p.span().firstLine() + "-" + p.span().lastLine())
                .containsExactly("1-4", "5-7");
    }

    @Test
    void strayViewInTelegramAfterACompactEchoStaysWithThatPost() {
        String text = "Forwarded from A\nL1\nL2\nL2\nVIEW IN TELEGRAM\nOwn post.\nMore.\nMore.\n";

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).extracting(p -> p.span().firstLine() + "-" + p.span().lastLine())
                .containsExactly("1-5", "6-8");
    }
}
