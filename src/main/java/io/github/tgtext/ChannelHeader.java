package io.github.tgtext;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The channel's header at the top of an export: title, counters, description.
 *
 * <pre>{@code
 * export.header().ifPresent(h ->
 *     System.out.println(h.title() + ": " + h.subscribers().map(Count::value).orElse(0L) + " subscribers"));
 * }</pre>
 *
 * @param title       the channel's name ({@code Russian MFA 🇷🇺})
 * @param subscribers the subscriber counter, if shown
 * @param photos      the photo counter, if shown
 * @param videos      the video counter, if shown
 * @param files       the file counter, if shown
 * @param links       the link counter, if shown
 * @param description the description's lines as written, blank lines included
 * @param span        from the title to {@code Download Telegram}
 */
public record ChannelHeader(String title, Optional<Count> subscribers, Optional<Count> photos,
        Optional<Count> videos, Optional<Count> files, Optional<Count> links, List<String> description,
        SourceSpan span) implements Node {
    /**
     * Checks the components and copies the lists.
     *
     * @param title see the record's description of {@code title}
     * @param subscribers see the record's description of {@code subscribers}
     * @param photos see the record's description of {@code photos}
     * @param videos see the record's description of {@code videos}
     * @param files see the record's description of {@code files}
     * @param links see the record's description of {@code links}
     * @param description see the record's description of {@code description}
     * @param span see the record's description of {@code span}
     */
    public ChannelHeader {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subscribers, "subscribers");
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(videos, "videos");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(links, "links");
        description = List.copyOf(description);
        Objects.requireNonNull(span, "span");
    }

    /** @return the description's lines joined by {@code \n} */
    public String descriptionText() {
        return String.join("\n", description);
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
