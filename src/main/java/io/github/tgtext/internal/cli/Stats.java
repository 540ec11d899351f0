package io.github.tgtext.internal.cli;

import io.github.tgtext.Diagnostic;
import io.github.tgtext.Layout;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.RecurringLine;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The numbers {@code tgtext stats} reports for one input or for all of them together. */
final class Stats {

    /** How reactions whose emoji the text does not show are listed. */
    static final String EMOJI_NOT_SHOWN = "(not shown)";

    /** How many top sources and hashtags are listed. */
    static final int TOP = 5;

    final String name;
    Layout layout;
    long posts;
    long forwarded;
    long echoes;
    long errors;
    long warnings;
    final Map<MediaPlaceholder.Kind, Long> postsWithMedia = new TreeMap<>();
    final Map<String, Long> sources = new TreeMap<>();
    final Map<String, Long> hashtags = new TreeMap<>();
    final Map<String, Long> reactions = new TreeMap<>();
    /** One input's candidate new elements; a total lists none, as line numbers are per input. */
    List<RecurringLine> recurringLines = List.of();

    Stats(String name) {
        this.name = name;
    }

    void add(Post post) {
        posts++;
        post.forwardedFrom().ifPresent(source -> {
            forwarded++;
            sources.merge(source, 1L, Long::sum);
        });
        post.echo().ifPresent(echo -> echoes++);
        post.media().stream().map(MediaPlaceholder::kind).distinct()
                .forEach(kind -> postsWithMedia.merge(kind, 1L, Long::sum));
        post.hashtags().forEach(tag -> hashtags.merge(tag, 1L, Long::sum));
        for (Reaction reaction : post.reactions()) {
            reactions.merge(reaction.emoji().orElse(EMOJI_NOT_SHOWN), reaction.count().value(), Long::sum);
        }
    }

    void add(Diagnostic diagnostic) {
        if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
    }

    void addAll(Stats other) {
        layout = layout == null || layout == other.layout ? other.layout : null;
        posts += other.posts;
        forwarded += other.forwarded;
        echoes += other.echoes;
        errors += other.errors;
        warnings += other.warnings;
        other.postsWithMedia.forEach((k, v) -> postsWithMedia.merge(k, v, Long::sum));
        other.sources.forEach((k, v) -> sources.merge(k, v, Long::sum));
        other.hashtags.forEach((k, v) -> hashtags.merge(k, v, Long::sum));
        other.reactions.forEach((k, v) -> reactions.merge(k, v, Long::sum));
    }

    double forwardedShare() {
        return posts == 0 ? 0 : (double) forwarded / posts;
    }

    long postsWith(MediaPlaceholder.Kind kind) {
        return postsWithMedia.getOrDefault(kind, 0L);
    }

    /** @return the {@link #TOP} most frequent entries, most frequent first, ties by name */
    static List<Map.Entry<String, Long>> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).toList();
    }

    /** @return reactions by emoji, most given first */
    Map<String, Long> reactionsByCount() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        reactions.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
