package io.github.tgtext.internal;

import io.github.tgtext.Layout;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parser's settings, as the public builder collected them.
 *
 * @param layout      the forced layout, or empty to detect it
 * @param strict      whether errors throw
 * @param linkLabels  extra link labels, compared without regard to case
 * @param parallelism how many files {@code parseAll} parses at once
 */
public record ParserOptions(Optional<Layout> layout, boolean strict, Set<String> linkLabels, int parallelism) {

    /** Normalises the labels for comparison. */
    public ParserOptions {
        linkLabels = linkLabels.stream().map(ParserOptions::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** @return true if {@code text} is one of the extra labels */
    public boolean isLinkLabel(String text) {
        return !linkLabels.isEmpty() && linkLabels.contains(normalise(text));
    }

    private static String normalise(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
