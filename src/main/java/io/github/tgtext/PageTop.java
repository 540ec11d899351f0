package io.github.tgtext;

import java.util.List;
import java.util.Objects;

/**
 * In a copy of the whole page, the page's own lines after the channel's info: its links
 * ({@code About}, {@code Blog}, {@code Apps}, {@code Platform}, {@code Join}) and its top bar,
 * which names the channel again (title, badge, subscribers).
 *
 * @param links  the links' lines as written, in order
 * @param topBar true if the top bar follows them
 * @param span   where these lines stand
 */
public record PageTop(List<String> links, boolean topBar, SourceSpan span) implements Node {
    /**
     * Checks the components and copies the lists.
     *
     * @param links see the record's description of {@code links}
     * @param topBar see the record's description of {@code topBar}
     * @param span see the record's description of {@code span}
     */
    public PageTop {
        links = List.copyOf(links);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
