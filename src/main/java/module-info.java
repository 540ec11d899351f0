/**
 * tgtext: parses the text export of a public Telegram channel into typed, immutable posts.
 * Start at {@link io.github.tgtext.TgText}.
 */
module io.github.tgtext {
    requires org.antlr.antlr4.runtime;

    // The command-line tool's libraries: optional, present only in the runnable jar.
    requires static info.picocli;
    requires static com.fasterxml.jackson.databind;
    requires static me.tongfei.progressbar;

    exports io.github.tgtext;

    opens io.github.tgtext.internal.cli to info.picocli;
}
