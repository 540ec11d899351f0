package io.github.tgtext;

/**
 * A number as Telegram shows it, abbreviated or not: {@code 646}, {@code 53.6K}, {@code 1.2M}.
 *
 * <pre>{@code
 * Count subscribers = header.subscribers().orElseThrow();
 * subscribers.value();     // 53600
 * subscribers.text();      // "53.6K"
 * subscribers.precision(); // 100: the true number lies within 53600 ± 100
 * }</pre>
 *
 * @param value     the number the text stands for
 * @param text      the text as shown
 * @param precision how far the true number may be from {@code value}: 0 for an exact count, else
 *                  one unit of the last digit shown ({@code 53.6K} is ±100, {@code 7K} is ±1000)
 */
public record Count(long value, String text, long precision) {
    /**
     * Checks the components.
     *
     * @param value see the record's description of {@code value}
     * @param text see the record's description of {@code text}
     * @param precision see the record's description of {@code precision}
     */
    public Count {
        if (value < 0 || precision < 0) {
            throw new IllegalArgumentException("negative count: " + value + " ±" + precision);
        }
        java.util.Objects.requireNonNull(text, "text");
    }

    /** @return true if the count is shown in full, not abbreviated */
    public boolean isExact() {
        return precision == 0;
    }
}
