package io.github.tgtext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.HostileText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

/** The in-place line stream shows the lexer what ANTLR's own string stream shows it. */
class LineCharStreamTest {

    private final LineCharStream stream = new LineCharStream();

    @Test
    void anyLineReadsAsTheSameCodePointsAsAntlrsStringStream() {
        Coverage coverage = new Coverage("line stream");
        qt().withExamples(Coverage.examples() * 4).forAll(HostileText.line()).checkAssert(text -> {
            assertThat(walk(stream.reset(text))).as("code points seen walking %s", text)
                    .isEqualTo(walk(CharStreams.fromString(text)));
            coverage.example();
            coverage.count("surrogate pairs", text.codePoints().anyMatch(Character::isSupplementaryCodePoint));
            coverage.count("lone surrogates", text.codePoints().anyMatch(c -> Character.isSurrogate((char) c)
                    && c <= Character.MAX_VALUE));
        });
        coverage.assertEnough();
    }

    @Test
    void aTokensTextIsTheLineBetweenItsStartAndStopIndexes() {
        String line = "👍🏽8 Привет";
        stream.reset(line);
        stream.consume();
        int afterEmoji = stream.index();

        assertThat(afterEmoji).as("char index after a surrogate pair and its skin tone's pair").isEqualTo(2);
        assertThat(stream.getText(Interval.of(0, afterEmoji - 1))).isEqualTo("👍");
        assertThat(stream.getText(Interval.of(0, stream.size() - 1))).isEqualTo(line);
        assertThat(stream.getText(Interval.of(6, 100))).as("clamped to the line").isEqualTo("Привет");
    }

    @Test
    void oneStreamServesLineAfterLine() {
        stream.reset("first");
        stream.consume();

        stream.reset("x");

        assertThat(stream.index()).isZero();
        assertThat(stream.LA(1)).isEqualTo('x');
        assertThat(stream.LA(2)).isEqualTo(IntStream.EOF);
        assertThat(stream.size()).isEqualTo(1);
    }

    @Test
    void consumingPastTheEndIsRefusedAsAntlrRefusesIt() {
        stream.reset("");

        assertThatThrownBy(stream::consume).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(CharStreams.fromString("")::consume).isInstanceOf(IllegalStateException.class);
    }

    /** What the lexer can see at each position: LA(-2..3) while consuming to the end. */
    private static List<List<Integer>> walk(CharStream chars) {
        List<List<Integer>> seen = new ArrayList<>();
        while (true) {
            seen.add(List.of(chars.LA(-2), chars.LA(-1), chars.LA(1), chars.LA(2), chars.LA(3)));
            if (chars.LA(1) == IntStream.EOF) {
                return seen;
            }
            chars.consume();
        }
    }
}
