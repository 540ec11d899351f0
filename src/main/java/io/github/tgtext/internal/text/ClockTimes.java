package io.github.tgtext.internal.text;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes what the page shows as a clock: a video's duration ({@code 0:14},
 * {@code 1:02:05}) and the time a post was sent ({@code 22:36}), both written as the lexer's
 * {@code CLOCK_TIME}.
 */
public final class ClockTimes {

    private static final Pattern SHAPE = Pattern.compile("([0-9]+):([0-5][0-9])(?::([0-5][0-9]))?");

    private ClockTimes() {
    }

    /**
     * @param text {@code m:ss} or {@code h:mm:ss}
     * @return the duration, or empty if the text is not one or is too long to read
     */
    public static Optional<Duration> duration(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches() || m.group(1).length() > 6) {
            return Optional.empty();
        }
        long first = Long.parseLong(m.group(1));
        long second = Long.parseLong(m.group(2));
        return Optional.of(m.group(3) == null ? Duration.ofSeconds(first * 60 + second)
                : Duration.ofSeconds(first * 3600 + second * 60 + Long.parseLong(m.group(3))));
    }

    /**
     * @param text {@code hh:mm}
     * @return the time of day, or empty if the text is not one
     */
    public static Optional<LocalTime> timeOfDay(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches() || m.group(3) != null || m.group(1).length() > 2 || Integer.parseInt(m.group(1)) > 23) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** @return the time of day as the page shows it: {@code hh:mm} */
    public static String shown(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** @return the duration as the page shows it: {@code m:ss} below an hour, else {@code h:mm:ss} */
    public static String shown(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 3600 ? String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
