package io.github.tgtext.internal.text;

import io.github.tgtext.internal.grammar.TgTextLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Cuts a text into runs of plain text, hashtags, mentions and URLs, using the grammar's own
 * lexer so that an entity is recognised exactly as on a hashtag line.
 */
public final class InlineEntities {

    /** What a run of text is. */
    public enum Kind {
        PLAIN, HASHTAG, MENTION, URL
    }

    /**
     * A run of text.
     *
     * @param kind what it is
     * @param text the text
     */
    public record Segment(Kind kind, String text) {
    }

    private InlineEntities() {
    }

    /**
     * @param text any text, several lines allowed
     * @return runs covering the whole text in order; adjacent plain runs are merged
     */
    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        String[] lines = text.split("\n", -1);
        LineCharStream chars = new LineCharStream();
        TgTextLexer lexer = WideCharLexerSimulator.newLexer(chars);
        lexer.removeErrorListeners();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                plain.append('\n');
            }
            chars.reset(lines[i]);
            lexer.reset();
            for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
                Kind kind = switch (token.getType()) {
                    case TgTextLexer.HASHTAG -> Kind.HASHTAG;
                    case TgTextLexer.MENTION -> Kind.MENTION;
                    case TgTextLexer.URL -> Kind.URL;
                    default -> Kind.PLAIN;
                };
                if (kind == Kind.PLAIN) {
                    plain.append(token.getText());
                } else {
                    flush(plain, segments);
                    segments.add(new Segment(kind, token.getText()));
                }
            }
        }
        flush(plain, segments);
        return segments;
    }

    /**
     * @param text any text
     * @param kind the kind of entity
     * @return the entities of that kind, in order
     */
    public static List<String> of(String text, Kind kind) {
        return segments(text).stream().filter(s -> s.kind() == kind).map(Segment::text).toList();
    }

    private static void flush(StringBuilder plain, List<Segment> segments) {
        if (plain.length() > 0) {
            segments.add(new Segment(Kind.PLAIN, plain.toString()));
            plain.setLength(0);
        }
    }
}
