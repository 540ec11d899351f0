package io.github.tgtext;

import java.util.Objects;
import java.util.Optional;

/**
 * The preview of a web page that a post links to, as the page shows it after the post's text:
 * the site's name, the page's title and a description, one line each (the description may run
 * over several), any of them missing.
 *
 * <pre>{@code
 * post.linkPreview().ifPresent(p -> System.out.println(p.siteName().orElse("?") + ": " + p.title().orElse("")));
 * }</pre>
 *
 * @param siteName    the site's name ({@code 9to5Mac})
 * @param title       the linked page's title
 * @param description the page's description, its lines joined by {@code \n}
 * @param span        where the preview's lines stand
 */
public record LinkPreview(Optional<String> siteName, Optional<String> title, Optional<String> description,
        SourceSpan span) implements Node {
    /**
     * Checks the components.
     *
     * @param siteName see the record's description of {@code siteName}
     * @param title see the record's description of {@code title}
     * @param description see the record's description of {@code description}
     * @param span see the record's description of {@code span}
     */
    public LinkPreview {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
