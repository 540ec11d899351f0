package io.github.tgtext.internal.structure;

import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A post-sized piece of lines as the structure grammar's tokens, one token a line, followed by
 * EOF. All of a piece's lines are known before it is parsed, so the stream is an array: ANTLR's
 * {@code CommonTokenStream} pulls tokens from a source one at a time and skips hidden channels,
 * bookkeeping that cost a tenth of a parse.
 *
 * <p>A token's index is its line's position in the piece; its text is the line's text.
 */
final class LineTokenStream implements TokenStream {

    /** Asked only for its token factory, by error recovery; our tokens come from the piece. */
    private static final TokenSource NO_SOURCE = new ListTokenSource(List.of());

    private Token[] tokens = new Token[0];
    private int size;
    private Token eof;
    private int position;

    /** Starts over with the lines of another piece; the previous piece's tokens are let go. */
    void reset(List<LineToken> lines) {
        size = lines.size();
        tokens = new Token[size];
        for (int i = 0; i < size; i++) {
            LineToken line = lines.get(i);
            tokens[i] = token(line.type(), line.line().text(), i, line.line().line().number());
        }
        int lastLine = size == 0 ? 1 : tokens[size - 1].getLine();
        eof = token(Token.EOF, "<EOF>", size, lastLine);
        position = 0;
    }

    private static Token token(int type, String text, int index, int line) {
        CommonToken token = new CommonToken(type, text);
        token.setTokenIndex(index);
        token.setLine(line);
        token.setCharPositionInLine(0);
        return token;
    }

    @Override
    public Token LT(int k) {
        if (k == 0) {
            return null;
        }
        int i = k > 0 ? position + k - 1 : position + k;
        return i < 0 ? null : get(Math.min(i, size));
    }

    @Override
    public int LA(int k) {
        Token token = LT(k);
        return token == null ? Token.INVALID_TYPE : token.getType();
    }

    @Override
    public Token get(int index) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("token " + index + " of " + (size + 1));
        }
        return index == size ? eof : tokens[index];
    }

    @Override
    public void consume() {
        if (position >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = Math.max(0, Math.min(index, size));
    }

    /** @return the number of tokens, EOF included */
    @Override
    public int size() {
        return size + 1;
    }

    /** All tokens are at hand: marks need no buffering. */
    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public TokenSource getTokenSource() {
        return NO_SOURCE;
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, interval.a); i <= Math.min(interval.b, size - 1); i++) {
            text.append(tokens[i].getText());
        }
        return text.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, size - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return ctx.getText();
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
