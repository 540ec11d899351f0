package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tgtext.Corpus;
import io.github.tgtext.Layout;
import io.github.tgtext.TgText;
import io.github.tgtext.generators.HostileText;
import io.github.tgtext.internal.grammar.TgExportParser;
import io.github.tgtext.internal.grammar.TgLineParser;
import io.github.tgtext.internal.grammar.TgTextLexer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/**
 * Both grammars are parsed in SLL prediction mode, which never falls back to full-context (LL)
 * prediction. That is only right while SLL builds the trees LL would: every conflict between
 * alternatives must be a true ambiguity, which both modes resolve to the first alternative.
 * (In ANTLR's default LL mode, 40-68% of the lines of the bench inputs went to full-context
 * prediction, and so did up to 1.7 decisions a post: docs/performance.md.)
 */
class PredictionModeTest {

    @Test
    void everyCorpusLineAndHostileLineGetsTheTreeFullContextPredictionGives() {
        int lines = 0;
        for (Path export : Corpus.exports()) {
            for (String line : Corpus.read(export).split("\r?\n", -1)) {
                assertThat(lineTree(line, PredictionMode.SLL)).as("%s: %s", export.getFileName(), line)
                        .isEqualTo(lineTree(line, PredictionMode.LL));
                lines++;
            }
        }
        assertThat(lines).as("corpus lines compared").isGreaterThan(800);
        qt().forAll(HostileText.line()).checkAssert(line -> assertThat(lineTree(line, PredictionMode.SLL))
                .as(line).isEqualTo(lineTree(line, PredictionMode.LL)));
    }

    @Test
    void everyCorpusPostAndHostilePostGetsTheTreeFullContextPredictionGives() {
        int posts = 0;
        for (Path export : Corpus.exports()) {
            String text = Corpus.read(export);
            posts += comparePosts(text, TgText.parse(text).layout(), export.getFileName().toString());
        }
        assertThat(posts).as("corpus posts compared").isGreaterThan(50);
        qt().forAll(HostileText.texts()).checkAssert(text -> {
            for (Layout layout : Layout.values()) {
                comparePosts(text, layout, layout + " layout");
            }
        });
    }

    /** @return how many posts were compared */
    private static int comparePosts(String text, Layout layout, String source) {
        List<Chunk> chunks = Chunks.of(text, layout, diagnostic -> { });
        for (Chunk chunk : chunks) {
            assertThat(postTree(chunk, PredictionMode.SLL))
                    .as("%s, the post at line %d", source, chunk.tokens().get(0).line().line().number())
                    .isEqualTo(postTree(chunk, PredictionMode.LL));
        }
        return chunks.size();
    }

    private static String lineTree(String line, PredictionMode mode) {
        TgTextLexer lexer = new TgTextLexer(CharStreams.fromString(line));
        lexer.removeErrorListeners();
        TgLineParser parser = new TgLineParser(new CommonTokenStream(lexer));
        return treeOf(parser, mode, parser::line);
    }

    private static String postTree(Chunk chunk, PredictionMode mode) {
        LineTokenStream tokens = new LineTokenStream();
        tokens.reset(chunk.tokens());
        TgExportParser parser = new TgExportParser(tokens);
        return treeOf(parser, mode, parser::post);
    }

    private static String treeOf(Parser parser, PredictionMode mode,
            Supplier<? extends ParserRuleContext> rule) {
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(mode);
        try {
            return rule.get().toStringTree(parser);
        } catch (ParseCancellationException e) {
            // SLL may fail where LL does not: that too is a difference.
            return "a syntax error at token " + parser.getCurrentToken().getTokenIndex();
        }
    }
}
