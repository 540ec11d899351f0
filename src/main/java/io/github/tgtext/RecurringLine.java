package io.github.tgtext;

import java.util.List;
import java.util.Objects;

/**
 * A short line that is not prose and recurs through an export without being any element the
 * parser knows: a candidate new element of the format (a signature such as {@code @BBCPersian}
 * under every post, the footer of a page copy tgtext does not read yet). Its lines are still
 * parsed as text; this only tells that the format may have drifted.
 *
 * <pre>{@code
 * export.recurringLines().forEach(r -> System.err.println(r.count() + "× " + r.example() + " " + r.lines()));
 * }</pre>
 *
 * @param shape   what the lines have in common: their text with every run of digits written as 0
 * @param example the first such line, as written
 * @param count   how many lines have that shape
 * @param lines   the first of them (at most {@value #LINES_KEPT}), 1-based
 */
public record RecurringLine(String shape, String example, int count, List<Integer> lines) {

    /** How many line numbers are kept. */
    public static final int LINES_KEPT = 5;

    /**
     * Checks the components and copies the lists.
     *
     * @param shape see the record's description of {@code shape}
     * @param example see the record's description of {@code example}
     * @param count see the record's description of {@code count}
     * @param lines see the record's description of {@code lines}
     */
    public RecurringLine {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(example, "example");
        lines = List.copyOf(lines);
    }
}
