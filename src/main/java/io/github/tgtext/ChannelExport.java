package io.github.tgtext;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole parsed export: the channel header if there was one, the posts, and what could not be
 * read.
 *
 * <pre>{@code
 * ChannelExport export = TgText.parse(Path.of("channel.txt"));
 * System.out.println(export.posts().size() + " posts, layout " + export.layout());
 * export.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * @param header       the channel header, absent when the file starts in the middle of a channel
 * @param posts        the posts in input order; {@code posts().get(i).index() == i}
 * @param layout       the layout the file was read in (detected, or forced by the parser's options)
 * @param unrecognised lines that are in neither the header nor a post, each with a diagnostic
 * @param diagnostics  errors and warnings, in input order
 * @param recurringLines short lines that are not prose and recur unrecognised: candidate new
 *                     elements of the format, most frequent first
 */
public record ChannelExport(Optional<ChannelHeader> header, List<Post> posts, Layout layout,
        List<Unrecognised> unrecognised, List<Diagnostic> diagnostics, List<RecurringLine> recurringLines) {
    /**
     * Checks the components and copies the lists.
     *
     * @param header see the record's description of {@code header}
     * @param posts see the record's description of {@code posts}
     * @param layout see the record's description of {@code layout}
     * @param unrecognised see the record's description of {@code unrecognised}
     * @param diagnostics see the record's description of {@code diagnostics}
     * @param recurringLines see the record's description of {@code recurringLines}
     */
    public ChannelExport {
        Objects.requireNonNull(header, "header");
        posts = List.copyOf(posts);
        Objects.requireNonNull(layout, "layout");
        unrecognised = List.copyOf(unrecognised);
        diagnostics = List.copyOf(diagnostics);
        recurringLines = List.copyOf(recurringLines);
    }

    /** @return true if some diagnostic is an error */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /**
     * Walks the tree: the visitor's {@link Visitor#visit(ChannelExport)} and, by default, every
     * node below.
     *
     * @param visitor the visitor
     */
    public void accept(Visitor visitor) {
        visitor.visit(this);
    }
}
