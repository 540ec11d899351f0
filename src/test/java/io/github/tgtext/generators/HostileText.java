package io.github.tgtext.generators;

import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Text no exporter would write: pieces of the format (the page copy's too) out of place, line ends of every kind,
 * byte-order marks, controls, lone surrogates and halves of emoji, and any code point at all.
 */
public final class HostileText {

    /** Pieces of hostile input: line ends of every kind, BOMs, controls, emoji parts, format phrases. */
    public static final List<String> PIECES = List.of("\n", "\r", "\r\n", "\n\n\n", "\u00A0", "\uFEFF", "\t",
            "\u0000", "\u0007", "\u001B", " ", "a", "Word", "Слово", "#", "#CIS", "@MID", "👍", "1", "1.2K", "🇷",
            "🇺", "\uFE0F", "\u200D", "\u20E3", "\uD83C", "…", ".", "Forwarded from ", "Forwarded from\u00A0",
            "Media is too big", "VIEW IN TELEGRAM", "Please open Telegram to view this post", "Download Telegram",
            "***", "<...>", "Read in full", "53.6K subscribers", "3 files", "🔹 ", "• ", "❤1👍1",
            "This media is not supported in your browser", "0:14", "1:02:05", "26.7K44.2K", "1👍2.4K", "5321",
            "2.19M viewsPavel Durov,\u00A0edited \u00A022:36", "19.4K views12:30", "1.15K voters", "About", "Join ",
            "@durov", " ✔", "✔", "Anonymous Poll", "28%", "2.1 MB", "25:99");

    private HostileText() {
    }

    /** @return hostile text: either a run of pieces, or whole lines of them */
    public static Gen<String> texts() {
        return in -> range(0, 1).generate(in) == 0 ? pieces().generate(in) : lines().generate(in);
    }

    /**
     * @return hostile text around two reactions lines (points where a file can be cut), in UTF-8
     *         or UTF-16, a third of them with one byte that is not UTF-8
     */
    public static Gen<byte[]> bytesAroundReactions() {
        return in -> {
            String text = texts().generate(in) + "\n👍1\n" + texts().generate(in) + "\n👍2\n" + texts().generate(in);
            byte[] encoded = text.getBytes(pick(List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE))
                    .generate(in));
            if (range(0, 3).generate(in) == 0 && encoded.length > 0) {
                encoded[range(0, encoded.length - 1).generate(in)] = (byte) 0xFF;
            }
            return encoded;
        };
    }

    /** @return one line of hostile text: pieces or a format line, with no line break in it */
    public static Gen<String> line() {
        return in -> (range(0, 3).generate(in) == 0 ? pieces().generate(in) : pick(PIECES).generate(in))
                .replaceAll("[\\r\\n]", "");
    }

    /** Whole lines, many of them format lines out of place, joined by any line end. */
    private static Gen<String> lines() {
        return in -> {
            StringBuilder text = new StringBuilder();
            int lines = range(0, 40).generate(in);
            for (int i = 0; i < lines; i++) {
                text.append(range(0, 3).generate(in) == 0 ? pieces().generate(in) : pick(PIECES).generate(in))
                        .append(pick(List.of("\n", "\r\n", "\r")).generate(in));
            }
            return text.toString();
        };
    }

    private static Gen<String> pieces() {
        return in -> {
            StringBuilder text = new StringBuilder();
            int pieces = range(0, 60).generate(in);
            for (int i = 0; i < pieces; i++) {
                text.append(range(0, 9).generate(in) == 0 ? Character.toString(range(0, 0x10FFFF).generate(in))
                        : pick(PIECES).generate(in));
            }
            return text.toString();
        };
    }
}
