package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Link labels: built-in ones in any case, behind an emoji or not, and labels the user adds. */
class LinkLabelTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Read in full", "READ IN FULL", "Learn more", "WATCH IN FULL", "👉 Read in full",
        "➡️ Read in full", "📰 Read", "📺 Watch", "🔴 Facebook"})
    void builtInLabelsAreLinks(String label) {
        Post post = TgText.parse("Text.\n" + label + "\n").posts().get(0);

        assertThat(post.links()).extracting(Block.LinkLabel::text).containsExactly(label);
    }

    @Test
    void labelInsideProseIsNotALink() {
        Post post = TgText.parse("Text.\nYou can read in full on the website.\n").posts().get(0);

        assertThat(post.links()).isEmpty();
    }

    @Test
    void userLabelsAreRecognisedInAnyCaseAndBehindAnEmoji() {
        TgTextParser parser = TgText.parser().linkLabels(List.of("Подробнее", "Full text")).build();

        Post post = parser.parse("Text.\nподробнее\n👉 FULL TEXT\nFull text here\n").posts().get(0);

        assertThat(post.links()).extracting(Block.LinkLabel::text).containsExactly("подробнее", "👉 FULL TEXT");
    }

    @Test
    void defaultParserDoesNotKnowUserLabels() {
        Post post = TgText.parse("Text.\nПодробнее\n").posts().get(0);

        assertThat(post.links()).isEmpty();
    }
}
