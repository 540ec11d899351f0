package io.github.tgtext;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The channel's header at the top of an export: title, counters, description; in a copy of the
 * whole page also the channel's badge and username, and the page's own lines that follow.
 *
 * <pre>{@code
 * export.header().ifPresent(h ->
 *     System.out.println(h.title() + ": " + h.subscribers().map(Count::value).orElse(0L) + " subscribers"));
 * }</pre>
 *
 * @param blankLines   the blank lines before the title, as written (a copy of the whole page can
 *                     start with some)
 * @param title        the channel's name ({@code Russian MFA 🇷🇺})
 * @param verifiedMark the verified badge's line below the title as written ({@code ✔}, maybe
 *                     after a space), present for a verified channel
 * @param username     the channel's username ({@code @durov})
 * @param subscribers  the subscriber counter, if shown
 * @param photos       the photo counter, if shown
 * @param videos       the video counter, if shown
 * @param files        the file counter, if shown
 * @param links        the link counter, if shown
 * @param description  the description's lines as written, blank lines included
 * @param pageTop      the page's links and top bar after {@code Download Telegram}, in a copy of the whole page
 * @param span         from the title (or blank lines before it) to {@code Download Telegram}, or to the page top's end
 */
public record ChannelHeader(List<String> blankLines, String title, Optional<String> verifiedMark, Optional<String> username,
        Optional<Count> subscribers, Optional<Count> photos, Optional<Count> videos, Optional<Count> files,
        Optional<Count> links, List<String> description, Optional<PageTop> pageTop, SourceSpan span)
        implements Node {
    /**
     * Checks the components and copies the lists.
     *
     * @param blankLines see the record's description of {@code blankLines}
     * @param title see the record's description of {@code title}
     * @param verifiedMark see the record's description of {@code verifiedMark}
     * @param username see the record's description of {@code username}
     * @param subscribers see the record's description of {@code subscribers}
     * @param photos see the record's description of {@code photos}
     * @param videos see the record's description of {@code videos}
     * @param files see the record's description of {@code files}
     * @param links see the record's description of {@code links}
     * @param description see the record's description of {@code description}
     * @param pageTop see the record's description of {@code pageTop}
     * @param span see the record's description of {@code span}
     */
    public ChannelHeader {
        blankLines = List.copyOf(blankLines);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(verifiedMark, "verifiedMark");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(subscribers, "subscribers");
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(videos, "videos");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(links, "links");
        description = List.copyOf(description);
        Objects.requireNonNull(pageTop, "pageTop");
        Objects.requireNonNull(span, "span");
    }

    /** @return true if the page marks the channel as verified */
    public boolean verified() {
        return verifiedMark.isPresent();
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
