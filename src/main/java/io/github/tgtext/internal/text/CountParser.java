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

    private CountParser() {
    }

    /**
     * @param text the number as shown ({@code 646}, {@code 1.38K}, {@code 1.2M})
     * @return the count, or empty if the text is not such a number or is too large for a long
     */
    public static Optional<Count> parse(String text) {
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
