package io.github.tgtext.internal.text;

import io.github.tgtext.internal.grammar.TgTextLexer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulator, remembering its DFA's transitions on every char and at the end of
 * the input, not only on ASCII chars.
 *
 * <p>ANTLR caches a DFA transition only for chars 0-127. At the end of the input, and on any
 * other char (Cyrillic, emoji, no-break space), it computes the transition again from the ATN,
 * through the grammar's large Unicode sets, every time. The lexer sees the end of its input
 * once per line, and exports are full of such chars: that recomputation was most of the time
 * spent lexing a short line. This simulator keeps those transitions in a
 * map shared by all lexers (the DFA itself is already shared). A transition depends only on
 * the DFA state and the char, so the cache changes no token; the lexer has a single mode, so
 * a state's number names it. The map is bounded by
 * {@link #MAX_WIDE_EDGES}; past it, transitions are computed as ANTLR does.
 */
public final class WideCharLexerSimulator extends LexerATNSimulator {

    /** The most transitions beyond ANTLR's own cache that are remembered (about 100 bytes each). */
    public static final int MAX_WIDE_EDGES = 100_000;

    private static final Map<Long, DFAState> WIDE_EDGES = new ConcurrentHashMap<>();

    private WideCharLexerSimulator(TgTextLexer lexer, LexerATNSimulator plain) {
        super(lexer, lexer.getATN(), plain.decisionToDFA, plain.getSharedContextCache());
    }

    /**
     * @param input the lexer's first input
     * @return a lexer of the format's tokens that uses this simulator
     */
    public static TgTextLexer newLexer(CharStream input) {
        TgTextLexer lexer = new TgTextLexer(input);
        lexer.setInterpreter(new WideCharLexerSimulator(lexer, lexer.getInterpreter()));
        return lexer;
    }

    @Override
    protected DFAState getExistingTargetState(DFAState state, int c) {
        if (c >= MIN_DFA_EDGE && c <= MAX_DFA_EDGE) {
            return super.getExistingTargetState(state, c);
        }
        return WIDE_EDGES.get(key(state, c));
    }

    @Override
    protected void addDFAEdge(DFAState from, int c, DFAState to) {
        if (c >= MIN_DFA_EDGE && c <= MAX_DFA_EDGE) {
            super.addDFAEdge(from, c, to);
        } else if (WIDE_EDGES.size() < MAX_WIDE_EDGES) {
            WIDE_EDGES.putIfAbsent(key(from, c), to);
        }
    }

    // Code points take 21 bits; the end of the input (-1) becomes 0x1FFFFF, which is no code point.
    // The product with an odd constant is one-to-one, so keys stay distinct; it spreads their bits
    // because the map hashes a Long by its halves, in which a few states and chars crowd few buckets.
    private static Long key(DFAState state, int c) {
        return (((long) state.stateNumber << 21) | (c & 0x1FFFFF)) * 0x9E3779B97F4A7C15L;
    }
}
