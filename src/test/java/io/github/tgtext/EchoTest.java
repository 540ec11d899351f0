package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compact layout's echo: lines 2..n repeated after line n; it ends the post. */
class EchoTest {

    @Test
    void echoEndsThePostAndIsNotPartOfItsText() {
        String text = """
                Forwarded from Russian MFA 🇷🇺
                Title line
                Second line.
                Third line.
                Second line.
                Third line.
                👍2
                Own post after the echo.
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.layout()).isEqualTo(Layout.COMPACT);
        Post first = export.posts().get(0);
        assertThat(first.text()).isEqualTo("Title line\nSecond line.\nThird line.");
        assertThat(first.echo()).hasValueSatisfying(echo -> {
            assertThat(echo.lineCount()).isEqualTo(2);
            assertThat(echo.complete()).isTrue();
            assertThat(echo.span().firstLine()).isEqualTo(5);
            assertThat(echo.span().lastLine()).isEqualTo(6);
        });
        assertThat(first.reactions()).hasSize(1);
        assertThat(export.posts().get(1).text()).isEqualTo("Own post after the echo.");
        assertThat(export.posts().get(1).forwardedFrom()).isEmpty();
    }

    @Test
    void ownPostMayFollowAnEchoDirectly() {
        String text = "A1\nA2\nA2\nB1\nB2\nB3\nB2\nB3\n";

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).extracting(Post::text).containsExactly("A1\nA2", "B1\nB2\nB3");
        assertThat(export.posts()).allSatisfy(p -> assertThat(p.echo()).isPresent());
    }

    @Test
    void postWithTrailingPlaceholderNeedsNoEcho() {
        String text = """
                Forwarded from Russian MFA 🇷🇺
                🔴 #LIVE: Lavrov chairs a debate
                🔴 Ruptly
                🔴 Facebook
                Please open Telegram to view this post
                VIEW IN TELEGRAM
                Forwarded from Russian MFA 🇷🇺
                Next.
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).hasSize(2);
        assertThat(export.posts().get(0).echo()).isEmpty();
        assertThat(export.posts().get(0).media()).extracting(MediaPlaceholder::kind)
                .containsExactly(MediaPlaceholder.Kind.UNSUPPORTED);
    }

    @Test
    void inputCutOffInsideAnEchoKeepsTheLinesAndWarns() {
        String text = "Forwarded from A\nL1\nL2\nL3\nL4\nL2\nL3";

        ChannelExport export = TgText.parse(text);

        Post post = export.posts().get(0);
        assertThat(post.text()).isEqualTo("L1\nL2\nL3\nL4");
        assertThat(post.echo()).hasValueSatisfying(echo -> {
            assertThat(echo.complete()).isFalse();
            assertThat(echo.lineCount()).isEqualTo(2);
        });
        assertThat(post.span().lastLine()).isEqualTo(7);
        assertThat(export.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.message()).contains("cut off");
        });
    }

    @Test
    void echoAfterALeadingPlaceholderRepeatsTheTextOnly() {
        String text = """
                Forwarded from Russian MFA 🇷🇺
                Media is too big
                VIEW IN TELEGRAM
                April 2 marks International Fact-Checking Day!
                🇷🇺 Russia leads.
                We advocate.
                🇷🇺 Russia leads.
                We advocate.
                👍4❤1
                """;

        Post post = TgText.parse(text).posts().get(0);

        assertThat(post.media()).extracting(MediaPlaceholder::kind).containsExactly(MediaPlaceholder.Kind.TOO_BIG);
        assertThat(post.echo().orElseThrow().lineCount()).isEqualTo(2);
        assertThat(post.reactions()).extracting(Reaction::emoji)
                .containsExactly(Optional.of("👍"), Optional.of("❤"));
    }
}
