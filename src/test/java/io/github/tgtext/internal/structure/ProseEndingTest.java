package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines read as finished prose (the spaced layout's prose-then-emoji boundary). */
class ProseEndingTest {

    @ParameterizedTest(name = "[{0}] finished: {1}")
    @CsvSource(delimiter = '|', value = {
        "❗️ Accreditation is open until 09.00 am on February 5.   | true",
        "Really?                                                   | true",
        "To be continued…                                          | true",
        "He said \"no\"                                            | true",
        "«The UN must recover its central role»                    | true",
        "🕖 7.00 pm CST (Beijing)                                   | true",
        "📞 In addition, President Putin received phone calls from | false",
        "🇰🇿 First President of Kazakhstan,                        | false",
        "🔹 Ukrainian crisis                                       | false",
        "''                                                        | false",
    })
    void readsFinished(String line, boolean finished) {
        assertThat(ProseEnding.readsFinished(line.strip())).isEqualTo(finished);
    }

    @org.junit.jupiter.api.Test
    void longLineReadsFinishedWhateverItsEnd() {
        assertThat(ProseEnding.readsFinished("x".repeat(ProseEnding.LONG_LINE - 1))).isFalse();
        assertThat(ProseEnding.readsFinished("x".repeat(ProseEnding.LONG_LINE))).isTrue();
    }
}
