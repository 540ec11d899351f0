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
        LineCharStream chars = new LineCharStream();
        TgTextLexer lexer = WideCharLexerSimulator.newLexer(chars);
        lexer.removeErrorListeners();
        // Plain runs are cut from the text between entities, not put together token by token.
        int plainStart = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            chars.reset(line);
            lexer.reset();
            for (Token token = mayHoldEntities(line) ? lexer.nextToken() : null; token != null
                    && token.getType() != Token.EOF; token = lexer.nextToken()) {
                Kind kind = switch (token.getType()) {
                    case TgTextLexer.HASHTAG -> Kind.HASHTAG;
                    case TgTextLexer.MENTION -> Kind.MENTION;
                    case TgTextLexer.URL -> Kind.URL;
                    default -> Kind.PLAIN;
                };
                if (kind != Kind.PLAIN) {
                    int start = lineStart + token.getStartIndex();
                    if (start > plainStart) {
                        segments.add(new Segment(Kind.PLAIN, text.substring(plainStart, start)));
                    }
                    segments.add(new Segment(kind, token.getText()));
                    plainStart = lineStart + token.getStopIndex() + 1;
                }
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (plainStart < text.length()) {
            segments.add(new Segment(Kind.PLAIN, text.substring(plainStart)));
        }
        return segments;
    }

    /**
     * Whether a line can hold an entity at all: a hashtag needs its {@code #}, a mention its
     * {@code @}, and a URL (lexer rule {@code URL}) either a {@code /} (of its scheme or its path)
     * or its {@code www.}. Most lines of a post hold none, and lexing them was most of the time
     * these views took. The grammar still decides which of the others hold entities
     * (InlineEntitiesTest compares with the plain lexer).
     */
    private static boolean mayHoldEntities(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' || c == '@' || c == '/') {
                return true;
            }
        }
        return line.contains("www.");
    }

    /**
     * @param text any text
     * @param kind the kind of entity
     * @return the entities of that kind, in order
     */
    public static List<String> of(String text, Kind kind) {
        return segments(text).stream().filter(s -> s.kind() == kind).map(Segment::text).toList();
    }
}
