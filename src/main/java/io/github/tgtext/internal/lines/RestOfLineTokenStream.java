package io.github.tgtext.internal.lines;

import io.github.tgtext.internal.grammar.TgLineParser;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A line's tokens, lexed only as far as the parser needs them. The rules {@code textLine},
 * {@code bulletText} and {@code source} take the rest of the line whatever it holds
 * ({@code ~EOF+}); when the parser enters one of them, the rest of the line becomes one token
 * instead of being lexed word by word. The rule's text is the same either way, because the
 * lexer's tokens cover every char of the line; only the work is saved, which was most of
 * the time spent on a long line.
 */
final class RestOfLineTokenStream extends CommonTokenStream {

    private final Lexer lexer;

    RestOfLineTokenStream(Lexer lexer) {
        super(lexer);
        this.lexer = lexer;
    }

    /** @return a listener that makes the rest of the line one token where a rule takes it all */
    ParseTreeListener collapser() {
        return new ParseTreeListener() {
            @Override
            public void enterEveryRule(ParserRuleContext ctx) {
                if (takesRestOfLine(ctx.getRuleIndex())) {
                    collapseFrom(ctx.getStart().getTokenIndex());
                }
            }

            @Override
            public void exitEveryRule(ParserRuleContext ctx) {
            }

            @Override
            public void visitTerminal(TerminalNode node) {
            }

            @Override
            public void visitErrorNode(ErrorNode node) {
            }
        };
    }

    private static boolean takesRestOfLine(int ruleIndex) {
        return ruleIndex == TgLineParser.RULE_textLine || ruleIndex == TgLineParser.RULE_bulletText
                || ruleIndex == TgLineParser.RULE_source;
    }

    private void collapseFrom(int index) {
        CommonToken first = (CommonToken) get(index);
        if (first.getType() == EOF) {
            return;
        }
        CharStream chars = lexer.getInputStream();
        CommonToken rest = new CommonToken(first);
        rest.setStopIndex(chars.size() - 1);
        tokens.subList(index, tokens.size()).clear();
        tokens.add(rest);
        fetchedEOF = false;
        chars.seek(chars.size());
    }
}
