package io.github.tgtext.internal.text;

import io.github.tgtext.internal.grammar.TgTextLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The hashtags, mentions and URLs in a text, found by the grammar's own lexer so that they are
 * recognised exactly as on a hashtag line.
 *
 * @param hashtags hashtags, {@code #} included, in order
 * @param mentions mentions, {@code @} included, in order
 * @param urls     URLs, in order
 */
public record InlineEntities(List<String> hashtags, List<String> mentions, List<String> urls) {

    /** Copies the lists. */
    public InlineEntities {
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        urls = List.copyOf(urls);
    }

    /**
     * @param text any text, several lines allowed
     * @return the entities in it
     */
    public static InlineEntities of(String text) {
        List<String> hashtags = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            TgTextLexer lexer = new TgTextLexer(CharStreams.fromString(line));
            lexer.removeErrorListeners();
            for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
                switch (token.getType()) {
                    case TgTextLexer.HASHTAG -> hashtags.add(token.getText());
                    case TgTextLexer.MENTION -> mentions.add(token.getText());
                    case TgTextLexer.URL -> urls.add(token.getText());
                    default -> {
                    }
                }
            }
        }
        return new InlineEntities(hashtags, mentions, urls);
    }
}
