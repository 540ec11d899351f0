package io.github.tgtext.generators;

import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.Count;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.quicktheories.core.Gen;

/** Emoji, bullet markers, link labels and counts as the format shows them. */
public final class MarkerGenerators {

    static final List<String> FLAGS = List.of("🇷🇺", "🇷🇺🇨🇳", "🇺🇳", "🇦🇿", "🇰🇿🇰🇬");
    /** Markers with flags, keycaps, VS16, ZWJ sequences, skin tones, and plain bullet symbols. */
    static final List<String> MARKERS = List.of("🔹", "•", "▪️", "🇷🇺", "🇷🇺🇨🇳", "8️⃣", "8️⃣0️⃣", "⚡️", "❗️",
            "✅", "💬", "📍", "👨‍👩‍👧", "👍🏽", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "☝️", "⬆️⬆️⬆️", "◦");
    static final List<String> REACTION_EMOJI = List.of("👍", "❤", "❤️", "👏", "🔥", "👍🏻", "🙏", "😁", "👨‍👩‍👧");
    static final List<String> LINK_LABELS = List.of("Read in full", "READ IN FULL", "Learn more", "WATCH IN FULL",
            "Read", "Watch", "Facebook", "read more");
    static final List<String> LINK_MARKERS = List.of("👉", "➡️", "📰", "📺", "🔴");

    private MarkerGenerators() {
    }

    public static Gen<String> markers() {
        return pick(MARKERS);
    }

    /** @return the white space between a marker and its text */
    public static Gen<String> gaps() {
        return in -> switch (range(0, 9).generate(in)) {
            case 0 -> "";
            case 1 -> "\u00A0";
            default -> " ";
        };
    }

    /** @return a link label line, maybe behind an emoji */
    public static Gen<String> linkLabels() {
        return in -> {
            String label = pick(LINK_LABELS).generate(in);
            return range(0, 2).generate(in) == 0 ? pick(LINK_MARKERS).generate(in) + " " + label : label;
        };
    }

    public static Gen<String> reactionEmoji() {
        return pick(REACTION_EMOJI);
    }

    /** @return a count as Telegram shows it: exact below 1,000, else K or M with 0 to 2 decimals */
    public static Gen<Count> counts() {
        return in -> {
            long value = switch (range(0, 3).generate(in)) {
                case 0 -> range(0, 999).generate(in);
                case 1 -> range(1_000, 999_999).generate(in);
                default -> range(1_000_000, 999_999_999).generate(in);
            };
            return count(value, range(0, 2).generate(in), RoundingMode.DOWN);
        };
    }

    /**
     * Formats a number the way Telegram shows it, independently of the parser's reading.
     *
     * @param value    the number
     * @param decimals how many decimals an abbreviated number shows
     * @param rounding how the shown digits are rounded
     * @return the count, with the value the text stands for and its precision
     */
    public static Count count(long value, int decimals, RoundingMode rounding) {
        if (value < 1_000) {
            return new Count(value, Long.toString(value), 0);
        }
        int exponent = value < 1_000_000 ? 3 : 6;
        String suffix = exponent == 3 ? "K" : "M";
        BigDecimal shown = BigDecimal.valueOf(value).movePointLeft(exponent).setScale(decimals, rounding)
                .stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        long stands = shown.movePointRight(exponent).longValueExact();
        long precision = BigDecimal.ONE.movePointRight(exponent - shown.scale()).longValueExact();
        return new Count(stands, shown.toPlainString() + suffix, precision);
    }
}
