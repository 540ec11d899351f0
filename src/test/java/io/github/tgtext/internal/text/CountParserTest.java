package io.github.tgtext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.generators.Coverage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Counts read with long arithmetic are those {@link java.math.BigDecimal} reads, value, text and precision. */
class CountParserTest {

    @Test
    void aCountReadInALongIsTheExactCount() {
        Coverage coverage = new Coverage("count parser");
        Gen<String> digits = in -> {
            StringBuilder run = new StringBuilder();
            for (int n = range(1, range(0, 4).generate(in) == 0 ? 16 : 4).generate(in); n > 0; n--) {
                run.append(pick(List.of("0", "1", "4", "5", "9", "3")).generate(in));
            }
            return run.toString();
        };
        // Mostly the shape (digits, maybe a decimal part, maybe K or M), a few times broken.
        Gen<String> texts = in -> {
            String text = digits.generate(in) + (range(0, 1).generate(in) == 0 ? "." + digits.generate(in) : "")
                    + pick(List.of("", "", "K", "M")).generate(in);
            if (range(0, 5).generate(in) == 0) {
                int at = range(0, text.length()).generate(in);
                text = text.substring(0, at) + pick(List.of(".", "K", "x", "")).generate(in) + text.substring(at);
            }
            return text;
        };
        qt().withExamples(Coverage.examples() * 4).forAll(texts).checkAssert(text -> {
            assertThat(CountParser.parse(text)).as("count %s", text).isEqualTo(CountParser.exactly(text));
            coverage.example();
            coverage.count("read in a long", CountParser.inLong(text) != null);
            coverage.count("rounded", CountParser.inLong(text) != null && text.contains(".")
                    && text.length() - text.indexOf('.') - 1 > (text.endsWith("K") ? 4 : text.endsWith("M") ? 7 : 0));
            coverage.count("too long for a long, read exactly", CountParser.inLong(text) == null
                    && CountParser.exactly(text).isPresent());
        });
        coverage.assertEnough();
    }
}
