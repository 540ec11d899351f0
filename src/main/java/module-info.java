/**
 * tgtext: parses the text export of a public Telegram channel into typed, immutable posts.
 * Start at {@link io.github.tgtext.TgText}.
 */
module io.github.tgtext {
    requires org.antlr.antlr4.runtime;

    exports io.github.tgtext;
}
