package io.github.tgtext;

import io.github.tgtext.internal.render.ExportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * The entry point: parse an export with the default settings, configure a parser, or write an
 * export back to text.
 *
 * <pre>{@code
 * ChannelExport export = TgText.parse(Path.of("channel.txt"));
 * for (Post post : export.posts()) {
 *     System.out.println(post.forwardedFrom().orElse("(own)") + ": " + post.text().lines().findFirst().orElse(""));
 * }
 * }</pre>
 *
 * The default parser is lenient: it never throws for any input and reports what it could not
 * read in {@link ChannelExport#diagnostics()}.
 */
public final class TgText {

    private static final TgTextParser DEFAULT = TgTextParser.builder().build();

    private TgText() {
    }

    /**
     * @param text the whole export
     * @return the parsed export
     */
    public static ChannelExport parse(String text) {
        return DEFAULT.parse(text);
    }

    /**
     * @param path a UTF-8 file (or UTF-16 with a byte-order mark)
     * @return the parsed export
     * @throws IOException if the file cannot be read; the message names the path
     */
    public static ChannelExport parse(Path path) throws IOException {
        return DEFAULT.parse(path);
    }

    /**
     * @param in the decoded export; not closed
     * @return the parsed export
     * @throws IOException if the reader fails
     */
    public static ChannelExport parse(Reader in) throws IOException {
        return DEFAULT.parse(in);
    }

    /**
     * @param in UTF-8 bytes (or UTF-16 with a byte-order mark); not closed
     * @return the parsed export
     * @throws IOException if the bytes cannot be read
     */
    public static ChannelExport parse(InputStream in) throws IOException {
        return DEFAULT.parse(in);
    }

    /** @return a builder for a parser with other settings */
    public static TgTextParser.Builder parser() {
        return TgTextParser.builder();
    }

    /**
     * Renders an export in a layout. A parsed export rendered in its own layout gives back the
     * lines it was parsed from: {@code TgText.parse(TgText.write(e, e.layout()))} has the same
     * posts as {@code e}.
     *
     * @param export the export
     * @param layout the layout to write in
     * @return the text, each line ended by {@code \n}
     */
    public static String write(ChannelExport export, Layout layout) {
        return ExportWriter.write(export, layout);
    }
}
