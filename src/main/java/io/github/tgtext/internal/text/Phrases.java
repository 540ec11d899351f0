package io.github.tgtext.internal.text;

import io.github.tgtext.internal.grammar.TgTextLexer;

/**
 * The fixed phrases of the format, taken from the grammar's tokens so that they are written
 * down once, in {@code grammar/TgTextLexer.g4}.
 */
public final class Phrases {

    public static final String FORWARDED_FROM = literal(TgTextLexer.FORWARDED_FROM);
    public static final String MEDIA_TOO_BIG = literal(TgTextLexer.MEDIA_TOO_BIG);
    public static final String VIDEO_NOT_SUPPORTED = literal(TgTextLexer.VIDEO_NOT_SUPPORTED);
    public static final String OPEN_IN_TELEGRAM = literal(TgTextLexer.OPEN_IN_TELEGRAM);
    public static final String VIEW_IN_TELEGRAM = literal(TgTextLexer.VIEW_IN_TELEGRAM);
    public static final String DOWNLOAD_TELEGRAM = literal(TgTextLexer.DOWNLOAD_TELEGRAM);

    /**
     * The verified badge below a channel's title, in a copy of the whole page. It is not a token of
     * the grammar: the lexer reads it as an emoji, like any other "✔" (a bullet's marker); only
     * its place below the title makes it the badge.
     */
    public static final String VERIFIED_MARK = "\u2714";

    private Phrases() {
    }

    private static String literal(int tokenType) {
        String quoted = TgTextLexer.VOCABULARY.getLiteralName(tokenType);
        return quoted.substring(1, quoted.length() - 1);
    }
}
