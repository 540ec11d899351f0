package io.github.tgtext.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tgtext.Corpus;
import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.HostileText;
import io.github.tgtext.internal.grammar.TgTextLexer;
import io.github.tgtext.internal.input.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The classifier's shortcuts give what the grammar, applied plainly, gives. */
class LineClassifierTest {

    private final LineClassifier fast = new LineClassifier(text -> false);
    private final LineClassifier plain = new LineClassifier(text -> false, false);

    @Test
    void everyCorpusLineIsClassifiedAsThePlainGrammarClassifiesIt() {
        int lines = 0;
        for (Path export : Corpus.exports()) {
            String[] texts = Corpus.read(export).split("\r?\n", -1);
            for (int i = 0; i < texts.length; i++) {
                Line line = new Line(i + 1, 0, texts[i]);
                assertThat(fast.classify(line)).as("%s line %d", export.getFileName(), i + 1)
                        .isEqualTo(plain.classify(line));
                lines++;
            }
        }
        assertThat(lines).as("corpus lines compared").isGreaterThan(800);
    }

    @Test
    void hostileLinesAreClassifiedAsThePlainGrammarClassifiesThem() {
        Coverage coverage = new Coverage("shortcut equivalence");
        qt().withExamples(Coverage.examples() * 4).forAll(HostileText.line()).checkAssert(text -> {
            Line line = new Line(1, 0, text);
            ClassifiedLine expected = plain.classify(line);
            assertThat(fast.classify(line)).isEqualTo(expected);
            Line again = new Line(2, 10, text);
            assertThat(fast.classify(again)).as("the same text again, on another line").isEqualTo(plain.classify(again));
            coverage.example();
            coverage.count("text lines", expected.kind() == LineKind.TEXT);
            coverage.count("bullets", expected.kind() == LineKind.BULLET);
            coverage.count("other kinds", expected.kind() != LineKind.TEXT && expected.kind() != LineKind.BULLET);
            coverage.count("non-ASCII", text.chars().anyMatch(c -> c > 127));
        });
        coverage.assertEnough();
    }

    @Test
    void shortLinesSeenAgainAreClassifiedAsTheFirstTimeThoughTheMemoIsFull() {
        List<String> forms = List.of("👍%d", "Forwarded from Source %d", "#tag%d #UNGA%d", "🔹 item %d", "%d files",
                "Text %d.", "%d", "👉 Read in full%s", "");
        List<String> texts = new ArrayList<>();
        for (int i = 0; texts.size() < ShortLineMemo.SLOTS * 4; i++) {
            for (String form : forms) {
                texts.add(String.format(Locale.ROOT, form, i, i));
            }
        }
        Random random = new Random(7);
        int compared = 0;
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(texts, random);
            for (String text : texts) {
                Line line = new Line(compared + 1, compared, text);
                assertThat(fast.classify(line)).as("round %d: %s", round, text).isEqualTo(plain.classify(line));
                compared++;
            }
        }
        assertThat(texts).allMatch(text -> text.length() <= ShortLineMemo.MAX_LENGTH, "short enough to be remembered");
    }

    @Test
    void shortLinesWithTheSameHashAreNotTakenForOneAnother() {
        // (e + 1) * 31 + (a - 31) = e * 31 + a: the same String hash, another text
        String label = "Read";
        String word = "RfBd";
        assertThat(word.hashCode()).as("the texts' hashes").isEqualTo(label.hashCode());

        List<LineKind> kinds = new ArrayList<>();
        for (String text : List.of(label, word, label, word)) {
            kinds.add(fast.classify(new Line(kinds.size() + 1, 0, text)).kind());
        }

        assertThat(kinds).containsExactly(LineKind.LINK, LineKind.TEXT, LineKind.LINK, LineKind.TEXT);
    }

    @Test
    void onlyWordsUrlsUnitsCommasAndOtherCharsOpenNothingButText() {
        Set<String> openers = IntStream.rangeClosed(1, TgTextLexer.VOCABULARY.getMaxTokenType())
                .filter(TextOnlyOpeners::contains).mapToObj(TgTextLexer.VOCABULARY::getSymbolicName)
                .collect(Collectors.toSet());

        // A mention can open a username line ("@durov"); "edited" stands only inside a footer.
        assertThat(openers).containsExactlyInAnyOrderElementsOf(Arrays.asList("WORD", "URL", "OTHER", "COMMA",
                "EDITED", "SUBSCRIBERS", "PHOTOS", "VIDEOS", "FILES", "LINKS"));
    }
}
