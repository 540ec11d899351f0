package io.github.tgtext.internal.lines;

import io.github.tgtext.internal.grammar.TgLineParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The token types that can open only a text line: a line whose first token is one of them
 * ("The", "В", "(", "https://…") is plain text whatever follows, so its other tokens need not
 * be lexed. Most lines of an export are such lines, and lexing every token of them was most
 * of the parser's time.
 *
 * <p>The set is read off the grammar, not written down here: it is what can start the rule
 * {@code line}'s {@code textLine} alternative and none of the others. A change to the grammar
 * changes it with no change to this class.
 */
final class TextOnlyOpeners {

    private static final IntervalSet TYPES = compute();

    private TextOnlyOpeners() {
    }

    /**
     * @param tokenType the type of a line's first token
     * @return true if a line opened by that token can only be a text line
     */
    static boolean contains(int tokenType) {
        return TYPES.contains(tokenType);
    }

    private static IntervalSet compute() {
        ATN atn = TgLineParser._ATN;
        ATNState decision = atn.ruleToStartState[TgLineParser.RULE_line].transition(0).target;
        IntervalSet text = null;
        IntervalSet others = new IntervalSet();
        for (int alt = 0; alt < decision.getNumberOfTransitions(); alt++) {
            ATNState alternative = decision.transition(alt).target;
            IntervalSet first = atn.nextTokens(alternative);
            if (invokedRule(alternative) == TgLineParser.RULE_textLine) {
                text = first;
            } else {
                others.addAll(first);
            }
        }
        if (text == null) {
            throw new IllegalStateException("the rule line has no textLine alternative");
        }
        IntervalSet openers = text.subtract(others);
        openers.remove(Token.EOF);
        return openers;
    }

    private static int invokedRule(ATNState alternative) {
        for (Transition t : alternative.getTransitions()) {
            if (t instanceof RuleTransition call) {
                return call.ruleIndex;
            }
        }
        return -1;
    }
}
