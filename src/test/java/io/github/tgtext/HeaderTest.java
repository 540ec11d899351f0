package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The channel header: title, counters in their order, description, "Download Telegram". */
class HeaderTest {

    private static final String HEADER = """
            Russian MFA 🇷🇺
            53.6K subscribers
            16.5K photos
            1.4K videos
            3 files
            17K links
            Official channel of the Russian MFA

            🔊 News channels:
            на русском - @MID_Russia
            Download Telegram
            """;

    @Test
    void readsTitleCountersAndDescription() {
        ChannelHeader header = TgText.parse(HEADER + "First post.\n").header().orElseThrow();

        assertThat(header.title()).isEqualTo("Russian MFA 🇷🇺");
        assertThat(header.subscribers()).hasValueSatisfying(c -> {
            assertThat(c.value()).isEqualTo(53_600);
            assertThat(c.text()).isEqualTo("53.6K");
        });
        assertThat(header.photos().orElseThrow().value()).isEqualTo(16_500);
        assertThat(header.videos().orElseThrow().value()).isEqualTo(1_400);
        assertThat(header.files().orElseThrow().value()).isEqualTo(3);
        assertThat(header.links().orElseThrow().value()).isEqualTo(17_000);
        assertThat(header.description()).containsExactly(
                "Official channel of the Russian MFA", "", "🔊 News channels:", "на русском - @MID_Russia");
        assertThat(header.span().firstLine()).isEqualTo(1);
        assertThat(header.span().lastLine()).isEqualTo(11);
    }

    @Test
    void counterMayBeAbsentAndSingular() {
        String text = """
                Tiny channel
                1 subscriber
                1 file
                Download Telegram
                """;

        ChannelHeader header = TgText.parse(text).header().orElseThrow();

        assertThat(header.subscribers().orElseThrow().value()).isEqualTo(1);
        assertThat(header.photos()).isEmpty();
        assertThat(header.videos()).isEmpty();
        assertThat(header.files().orElseThrow().value()).isEqualTo(1);
        assertThat(header.links()).isEmpty();
        assertThat(header.description()).isEmpty();
    }

    @Test
    void fileThatIsOnlyAHeaderHasNoPosts() {
        ChannelExport export = TgText.parse(HEADER);

        assertThat(export.header()).isPresent();
        assertThat(export.posts()).isEmpty();
        assertThat(export.diagnostics()).isEmpty();
    }

    @Test
    void fileWithoutHeaderStartsWithAPost() {
        ChannelExport export = TgText.parse("Forwarded from MoD Russia\n⚡️Welcome back!\n");

        assertThat(export.header()).isEmpty();
        assertThat(export.posts()).singleElement()
                .satisfies(p -> assertThat(p.forwardedFrom()).contains("MoD Russia"));
    }

    @Test
    void counterLinesAfterTheHeaderAreOrdinaryText() {
        ChannelExport export = TgText.parse(HEADER + "3 files\n");

        assertThat(export.posts()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("3 files"));
    }

    @Test
    void downloadTelegramFarBelowTheStartDoesNotMakeAHeader() {
        StringBuilder text = new StringBuilder("Some title\n");
        for (int i = 0; i < 100; i++) {
            text.append("line ").append(i).append('\n');
        }
        text.append("Download Telegram\n");

        ChannelExport export = TgText.parse(text.toString());

        assertThat(export.header()).isEmpty();
        assertThat(export.diagnostics()).anySatisfy(d -> assertThat(d.text()).isEqualTo("Download Telegram"));
    }

    /** Found by RobustnessProperties (locality under damage): a damaged header swallowed post 0. */
    @Test
    void damagedHeaderDoesNotRunOnIntoTheFirstPost() {
        String damagedHeader = HEADER.replace("3 files\n", "3 files\nVIEW IN TELEGRAM\n");

        ChannelExport export = TgText.parse(damagedHeader + "#HistoryOfDiplomacy\n\nFirst post.\n");

        assertThat(export.posts()).last().satisfies(post -> {
            assertThat(post.span().firstLine()).isEqualTo(13);
            assertThat(post.text()).isEqualTo("#HistoryOfDiplomacy\n\nFirst post.");
        });
        assertThat(export.diagnostics()).extracting(Diagnostic::text).contains("VIEW IN TELEGRAM", "Download Telegram");
    }
}
