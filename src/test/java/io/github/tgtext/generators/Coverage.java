package io.github.tgtext.generators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tgtext.Block;
import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Layout;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Post;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts which features the generated examples held, reports the counts, and fails if a
 * feature turned up in too few examples: a generator that silently stops making a feature
 * would otherwise leave its property untested.
 */
public final class Coverage {

    /** The least share of examples each feature must appear in. */
    public static final double MINIMUM_SHARE = 0.05;

    private final String property;
    private final java.util.Set<String> notApplicable;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int examples;

    /**
     * @param property      the property's name, for the report
     * @param notApplicable features the property's examples cannot hold by construction
     *                      (the other layout, a header where none is generated)
     */
    public Coverage(String property, String... notApplicable) {
        this.property = property;
        this.notApplicable = java.util.Set.copyOf(java.util.Arrays.asList(notApplicable));
    }

    /** @return the features an export in this layout cannot hold */
    public static String[] notIn(Layout layout) {
        return layout == Layout.SPACED ? new String[] {"compact layout", "echo"}
                : new String[] {"spaced layout", "page copy", "footer", "text above media", "poll", "document"};
    }

    /** Records one generated export and the features it holds. */
    public synchronized void record(ChannelExport export) {
        example();
        count("spaced layout", export.layout() == Layout.SPACED);
        count("compact layout", export.layout() == Layout.COMPACT);
        count("header", export.header().isPresent());
        count("forwarded post", export.posts().stream().anyMatch(p -> p.forwardedFrom().isPresent()));
        count("own post", export.posts().stream().anyMatch(p -> p.forwardedFrom().isEmpty()));
        count("echo", export.posts().stream().anyMatch(p -> p.echo().isPresent()));
        count("reply in the export", export.posts().stream()
                .anyMatch(p -> p.replyTo().flatMap(r -> r.postIndex()).isPresent()));
        count("reply to elsewhere", export.posts().stream()
                .anyMatch(p -> p.replyTo().isPresent() && p.replyTo().get().postIndex().isEmpty()));
        count("too_big placeholder", export.posts().stream().anyMatch(p -> p.media().stream()
                .anyMatch(m -> m.kind() == MediaPlaceholder.Kind.TOO_BIG)));
        count("unsupported placeholder", export.posts().stream().anyMatch(p -> p.media().stream()
                .anyMatch(m -> m.kind() == MediaPlaceholder.Kind.UNSUPPORTED)));
        count("reactions", export.posts().stream().anyMatch(p -> !p.reactions().isEmpty()));
        count("reaction with no emoji shown", export.posts().stream()
                .anyMatch(p -> p.reactions().stream().anyMatch(r -> r.emoji().isEmpty())));
        count("video", hasMedia(export, MediaPlaceholder.Kind.VIDEO));
        count("round video", hasMedia(export, MediaPlaceholder.Kind.ROUND_VIDEO));
        count("duration", export.posts().stream().anyMatch(p -> p.media().stream().anyMatch(m -> m.duration().isPresent())));
        count("album", export.posts().stream().anyMatch(p -> p.media().stream().filter(m -> m.kind().opensPost()).count() > 1));
        count("link preview", export.posts().stream().anyMatch(p -> p.linkPreview().isPresent()));
        count("page copy", export.header().flatMap(ChannelHeader::pageTop).isPresent());
        count("footer", export.posts().stream().anyMatch(p -> p.footer().isPresent()));
        count("text above media", export.posts().stream().anyMatch(Post::textAboveMedia));
        count("poll", has(export, Block.Poll.class));
        count("document", has(export, Block.Document.class));
        count("bullet", has(export, Block.Bullet.class));
        count("link label", has(export, Block.LinkLabel.class));
        count("hashtag line", has(export, Block.HashtagLine.class));
        count("separator", has(export, Block.Separator.class));
        count("omission", has(export, Block.Omission.class));
    }

    /** Counts one example; {@link #record} does this itself. */
    public synchronized void example() {
        examples++;
    }

    /** Records that the current example did or did not hold a feature. */
    public synchronized void count(String feature, boolean present) {
        if (!notApplicable.contains(feature)) {
            counts.merge(feature, present ? 1 : 0, Integer::sum);
        }
    }

    /** Prints what was covered and fails if a feature fell short. */
    public void assertEnough() {
        String report = counts.entrySet().stream()
                .map(e -> String.format("  %-24s %5d of %d (%.0f%%)", e.getKey(), e.getValue(), examples,
                        100.0 * e.getValue() / examples))
                .collect(Collectors.joining("\n"));
        System.out.println(property + " covered:\n" + report);
        assertThat(counts).as("features generated in fewer than %.0f%% of %d examples of %s",
                        100 * MINIMUM_SHARE, examples, property)
                .allSatisfy((feature, count) -> assertThat(count).as(feature)
                        .isGreaterThanOrEqualTo((int) Math.ceil(MINIMUM_SHARE * examples)));
    }

    private static boolean hasMedia(ChannelExport export, MediaPlaceholder.Kind kind) {
        return export.posts().stream().anyMatch(p -> p.media().stream().anyMatch(m -> m.kind() == kind));
    }

    private static boolean has(ChannelExport export, Class<? extends Block> type) {
        return export.posts().stream().anyMatch(p -> p.blocks().stream().anyMatch(type::isInstance));
    }

    /** @return how many examples a property runs: 500, or the system property tgtext.examples */
    public static int examples() {
        return Integer.getInteger("tgtext.examples", 500);
    }
}
