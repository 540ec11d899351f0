package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.HostileText;
import org.junit.jupiter.api.Test;

/** The drift watcher's word count and shape of a line are those its regular expressions gave. */
class RecurringLinesTest {

    @Test
    void wordsAndShapesAreThoseOfTheRegularExpressions() {
        Coverage coverage = new Coverage("recurring line shapes");
        qt().withExamples(Coverage.examples()).forAll(HostileText.texts()).checkAssert(hostile -> {
            String text = hostile.strip();
            assertThat(RecurringLines.shape(text)).as("shape of %s", text).isEqualTo(text.replaceAll("[0-9]+", "0"));
            if (!text.isEmpty()) {
                assertThat(RecurringLines.words(text)).as("words of %s", text).isEqualTo(text.split("\\s+").length);
            }
            coverage.example();
            coverage.count("digits", text.chars().anyMatch(Character::isDigit));
            coverage.count("several words", text.split("\\s+").length > 1);
        });
        coverage.assertEnough();
    }
}
