package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lenient parsing reports; strict parsing throws one exception carrying the same diagnostics. */
class StrictModeTest {

    private static final String DAMAGED = "Forwarded from A\nOne.\nVIEW IN TELEGRAM\nTwo.\nDownload Telegram\n";

    @Test
    void lenientParsingReportsWithLineAndColumn() {
        ChannelExport export = TgText.parse(DAMAGED);

        assertThat(export.hasErrors()).isTrue();
        assertThat(export.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.text())
                .containsExactly("3:1 VIEW IN TELEGRAM", "5:1 Download Telegram");
    }

    @Test
    void strictParsingThrowsWithTheSameDiagnostics() {
        ChannelExport lenient = TgText.parse(DAMAGED);

        assertThatThrownBy(() -> TgText.parser().strict(true).build().parse(DAMAGED))
                .isInstanceOfSatisfying(TgTextParseException.class, e -> {
                    assertThat(e.diagnostics()).isEqualTo(lenient.diagnostics());
                    assertThat(e.getMessage()).contains("2 errors").contains("3:1");
                });
    }

    @Test
    void strictParsingOfCleanInputDoesNotThrow() {
        assertThatCode(() -> TgText.parser().strict(true).build().parse("Forwarded from A\nFine.\n"))
                .doesNotThrowAnyException();
    }

    @Test
    void warningsDoNotMakeStrictParsingThrow() {
        String cutOffInsideEcho = "A1\nA2\nA3\nA2";

        ChannelExport export = TgText.parser().strict(true).build().parse(cutOffInsideEcho);

        assertThat(export.diagnostics()).extracting(Diagnostic::severity).containsExactly(Diagnostic.Severity.WARNING);
    }

    @Test
    void lenientParsingNeverThrowsOnRandomInput() {
        Random random = new Random(20261122);
        String alphabet = "ab .#@\n\r\u00A0\uFEFF👍1K*<>…🇷🇺\uFE0F\u200D\t\u0000VIEW IN TELEGRAM\nForwarded from ";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> TgText.parse(text.toString())).as(text.toString()).doesNotThrowAnyException();
        }
    }
}
