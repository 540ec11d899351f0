package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The echo detector on its own: squares, cut-off echoes, and hash collisions. */
class EchoDetectorTest {

    private static EchoDetector fed(String... lines) {
        EchoDetector detector = new EchoDetector();
        for (String line : lines) {
            detector.add(line);
        }
        return detector;
    }

    @Test
    void findsTheSquareWhenTheSecondHalfIsComplete() {
        assertThat(fed("a", "b", "c", "a", "b").square()).isZero();
        assertThat(fed("a", "b", "c", "a", "b", "c").square()).isEqualTo(3);
    }

    @Test
    void distinctLinesAreNoSquare() {
        assertThat(fed("a", "b").square()).isZero();
        assertThat(fed("a", "b", "c", "d").square()).isZero();
    }

    @Test
    void linesWithTheSameHashCodeAreNotMistakenForAnEcho() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        assertThat(fed("Aa", "BB").square()).isZero();
        assertThat(fed("Aa", "Aa").square()).isEqualTo(1);
    }

    @Test
    void cutOffEchoIsTheLongestStartThatAlsoEndsTheLines() {
        assertThat(fed("a", "b", "c", "a", "b").cutOffEcho()).isEqualTo(2);
        assertThat(fed("a", "b", "c", "d").cutOffEcho()).isZero();
        assertThat(fed("a").cutOffEcho()).isZero();
    }

    @Test
    void aResetDetectorSeesOnlyTheLinesFedSince() {
        EchoDetector afterShortPost = fed("a", "b", "c");
        EchoDetector afterLongPost = fed(java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "line " + i)
                .toArray(String[]::new));

        for (EchoDetector detector : List.of(afterShortPost, afterLongPost)) {
            detector.reset();
            List.of("x", "y", "x").forEach(detector::add);
            assertThat(detector.square()).isZero();
            assertThat(detector.cutOffEcho()).isEqualTo(1);
            detector.add("y");
            assertThat(detector.square()).isEqualTo(2);
        }
    }

    @Test
    void feedingManyLinesStaysCheap() {
        EchoDetector detector = new EchoDetector();
        List<String> lines = java.util.stream.IntStream.range(0, 200_000).mapToObj(i -> "line " + i).toList();
        for (String line : lines) {
            detector.add(line);
            assertThat(detector.square()).isZero();
        }
        lines.forEach(detector::add);

        assertThat(detector.square()).isEqualTo(200_000);
    }
}
