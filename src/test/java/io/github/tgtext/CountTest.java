package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts as Telegram shows them: value, shown text and precision. */
class CountTest {

    @ParameterizedTest(name = "{0} subscribers = {1} ± {2}")
    @CsvSource({
        "1, 1, 0",
        "646, 646, 0",
        "7K, 7000, 1000",
        "1.38K, 1380, 10",
        "2.91K, 2910, 10",
        "53.6K, 53600, 100",
        "1.2M, 1200000, 100000",
    })
    void headerCounterHasValueAndPrecision(String shown, long value, long precision) {
        String text = "Channel\n" + shown + " subscribers\nDownload Telegram\n";

        Count count = TgText.parse(text).header().orElseThrow().subscribers().orElseThrow();

        assertThat(count).isEqualTo(new Count(value, shown, precision));
        assertThat(count.isExact()).isEqualTo(precision == 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"99999999999999999999", "99999999999999999K"})
    void countTooLargeForALongIsADiagnosticNotAnException(String shown) {
        String text = "Channel\n" + shown + " subscribers\nDownload Telegram\n";

        ChannelExport export = TgText.parse(text);

        assertThat(export.header().orElseThrow().subscribers()).isEmpty();
        assertThat(export.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains(shown);
        });
    }
}
