package io.github.tgtext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.HostileText;
import io.github.tgtext.internal.grammar.TgTextLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** A text cut into plain runs and entities: nothing lost, and entities exactly as the grammar's lexer sees them. */
class InlineEntitiesTest {

    @Test
    void segmentsOfAnyTextAreTheTextWithTheLexersEntities() {
        Coverage coverage = new Coverage("inline entities");
        qt().withExamples(Coverage.examples()).forAll(HostileText.texts()).checkAssert(hostile -> {
            // Post text: lines joined by LF, no CR (the line reader cut there).
            String text = hostile.replace("\r\n", "\n").replace('\r', '\n');
            List<InlineEntities.Segment> segments = InlineEntities.segments(text);

            assertThat(segments.stream().map(InlineEntities.Segment::text).collect(Collectors.joining()))
                    .as("segments put together").isEqualTo(text);
            for (int i = 1; i < segments.size(); i++) {
                assertThat(segments.get(i - 1).kind() == InlineEntities.Kind.PLAIN
                        && segments.get(i).kind() == InlineEntities.Kind.PLAIN).as("adjacent plain runs at %d", i).isFalse();
            }
            assertThat(segments.stream().filter(s -> s.kind() != InlineEntities.Kind.PLAIN).toList())
                    .isEqualTo(entitiesByPlainAntlr(text));
            coverage.example();
            coverage.count("hashtags", segments.stream().anyMatch(s -> s.kind() == InlineEntities.Kind.HASHTAG));
            coverage.count("several lines", text.contains("\n"));
            coverage.count("non-ASCII", text.chars().anyMatch(c -> c > 127));
        });
        coverage.assertEnough();
    }

    @Test
    void entitiesOfAKindAreListedInOrder() {
        String text = "See x.com/mfa_russia and #UNGA79,\n@MID_Russia: #CIS https://mid.ru/en.";

        assertThat(InlineEntities.of(text, InlineEntities.Kind.HASHTAG)).containsExactly("#UNGA79", "#CIS");
        assertThat(InlineEntities.of(text, InlineEntities.Kind.MENTION)).containsExactly("@MID_Russia");
        assertThat(InlineEntities.of(text, InlineEntities.Kind.URL)).containsExactly("x.com/mfa_russia", "https://mid.ru/en");
    }

    private static List<InlineEntities.Segment> entitiesByPlainAntlr(String text) {
        List<InlineEntities.Segment> entities = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            TgTextLexer lexer = new TgTextLexer(CharStreams.fromString(line));
            lexer.removeErrorListeners();
            for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
                switch (token.getType()) {
                    case TgTextLexer.HASHTAG -> entities.add(new InlineEntities.Segment(InlineEntities.Kind.HASHTAG, token.getText()));
                    case TgTextLexer.MENTION -> entities.add(new InlineEntities.Segment(InlineEntities.Kind.MENTION, token.getText()));
                    case TgTextLexer.URL -> entities.add(new InlineEntities.Segment(InlineEntities.Kind.URL, token.getText()));
                    default -> { }
                }
            }
        }
        return entities;
    }
}
