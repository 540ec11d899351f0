package io.github.tgtext.internal.text;

import io.github.tgtext.Count;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as Telegram shows it: digits, maybe a decimal part, maybe a {@code K} (×1,000)
 * or {@code M} (×1,000,000) suffix. {@code 53.6K} is 53,600 give or take 100.
 */
public final class CountParser {

    /** The lexer's NUMBER: digits, maybe a decimal part, maybe K or M. */
    static final Pattern SHAPE = Pattern.compile("[0-9]+(\\.[0-9]+)?[KM]?");

    /** The most digits read with long arithmetic: times 10^6, they still fit. */
    private static final int LONG_DIGITS = 12;

    private static final long[] POWERS = new long[LONG_DIGITS + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private CountParser() {
    }

    /**
     * @param text the number as shown ({@code 646}, {@code 1.38K}, {@code 1.2M})
     * @return the count, or empty if the text is not such a number or is too large for a long
     */
    public static Optional<Count> parse(String text) {
        Count count = inLong(text);
        return count != null ? Optional.of(count) : exactly(text);
    }

    /**
     * The common count, a few digits, read without {@link BigDecimal}: what {@link #exactly}
     * gives, faster.
     *
     * @return the count, or null if the text is not a short count of the shape
     */
    static Count inLong(String text) {
        int length = text.length();
        if (length == 0) {
            return null;
        }
        char last = text.charAt(length - 1);
        int exponent = last == 'K' ? 3 : last == 'M' ? 6 : 0;
        int end = exponent == 0 ? length : length - 1;
        long whole = 0;
        long fraction = 0;
        int wholeDigits = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' && !point && wholeDigits > 0) {
                point = true;
            } else if (c >= '0' && c <= '9' && wholeDigits + fractionDigits < LONG_DIGITS) {
                if (point) {
                    fraction = fraction * 10 + (c - '0');
                    fractionDigits++;
                } else {
                    whole = whole * 10 + (c - '0');
                    wholeDigits++;
                }
            } else {
                return null;
            }
        }
        if (wholeDigits == 0 || point && fractionDigits == 0) {
            return null;
        }
        long value = whole * POWERS[exponent];
        if (fractionDigits <= exponent) {
            value += fraction * POWERS[exponent - fractionDigits];
        } else {
            long dropped = POWERS[fractionDigits - exponent];
            // Half up: what is dropped rounds up from one half on.
            value += fraction / dropped + (fraction % dropped * 2 >= dropped ? 1 : 0);
        }
        long precision = exponent == 0 ? 0 : fractionDigits >= exponent ? 1 : POWERS[exponent - fractionDigits];
        return new Count(value, text, precision);
    }

    /** Any count of the shape, read exactly with {@link BigDecimal}. */
    static Optional<Count> exactly(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        char last = text.charAt(text.length() - 1);
        int exponent = last == 'K' ? 3 : last == 'M' ? 6 : 0;
        String digits = exponent == 0 ? text : text.substring(0, text.length() - 1);
        try {
            BigDecimal shown = new BigDecimal(digits);
            long value = shown.movePointRight(exponent).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            int unitExponent = exponent - shown.scale();
            long precision = exponent == 0 ? 0 : BigDecimal.ONE.movePointRight(unitExponent)
                    .setScale(0, java.math.RoundingMode.CEILING).longValueExact();
            return Optional.of(new Count(value, text, precision));
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }
}
