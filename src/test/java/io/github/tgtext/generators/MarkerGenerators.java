package io.github.tgtext.generators;

import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.Count;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Reaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * @return a reactions line's reactions in the page's order: counts that do not increase, maybe
     *         after a paid star's (no emoji) first; a reaction whose emoji is not shown (a custom one)
     *         only after a count ending in K or M, so that where one count ends is plain
     */
    public static Gen<List<Reaction>> reactions() {
        return in -> {
            List<Count> counts = new ArrayList<>();
            int many = range(1, 5).generate(in);
            for (int i = 0; i < many; i++) {
                counts.add(counts().generate(in));
            }
            counts.sort(Comparator.comparingLong(Count::value).reversed());
            boolean paid = range(0, 3).generate(in) == 0;
            if (paid) {
                counts.add(0, abbreviated().generate(in));
            }
            List<Reaction> reactions = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < counts.size(); i++) {
                boolean afterAbbreviated = i > 0 && isAbbreviated(counts.get(i - 1));
                boolean custom = i == 0 ? paid : afterAbbreviated && counts.get(i).value() > 0
                        && range(0, 1).generate(in) == 0;
                // A custom first count is a paid star's; the next one then needs an emoji or an end in K or M.
                if (custom && i == 0 && !isAbbreviated(counts.get(0))) {
                    custom = false;
                }
                String emoji = custom ? null : reactionEmoji().generate(in);
                if (emoji == null || seen.add(emoji)) {
                    reactions.add(new Reaction(Optional.ofNullable(emoji), counts.get(i), Spanless.NONE));
                }
            }
            return reactions;
        };
    }

    private static boolean isAbbreviated(Count count) {
        return count.text().endsWith("K") || count.text().endsWith("M");
    }

    /** @return a count of 1,000 or more, as Telegram shows it: K or M */
    public static Gen<Count> abbreviated() {
        return in -> count(range(1_000, 999_999_999).generate(in), range(0, 2).generate(in), RoundingMode.DOWN);
    }

    /**
     * @return a media item shown above a post's text: too big or a video, maybe with its duration,
     *         or a round video, which shows its duration after the placeholder
     */
    public static Gen<MediaPlaceholder> mediaItems() {
        return in -> {
            MediaPlaceholder.Kind kind = pick(List.of(MediaPlaceholder.Kind.TOO_BIG, MediaPlaceholder.Kind.VIDEO,
                    MediaPlaceholder.Kind.ROUND_VIDEO)).generate(in);
            boolean shown = kind == MediaPlaceholder.Kind.ROUND_VIDEO || range(0, 2).generate(in) > 0;
            Optional<Duration> duration = shown ? Optional.of(Duration.ofSeconds(range(0, 3 * 3600).generate(in)))
                    : Optional.empty();
            return new MediaPlaceholder(kind, duration, Spanless.NONE);
        };
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
