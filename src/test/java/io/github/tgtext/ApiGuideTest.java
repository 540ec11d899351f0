package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples of docs/api.md, run as they are written there. */
class ApiGuideTest {

    private final Path path = Corpus.folder().resolve("embassy-usa-forwards.txt");

    @Test
    void parseAFileAndWalkThePosts() throws IOException {
        // docs/api.md: Parse a file
        ChannelExport export = TgText.parse(path);
        export.header().ifPresent(h -> System.out.println(h.title() + ", "
                + h.subscribers().map(Count::value).orElse(0L) + " subscribers"));
        for (Post post : export.posts()) {
            System.out.printf("#%d lines %d-%d from %s: %s%n", post.index(),
                    post.span().firstLine(), post.span().lastLine(),
                    post.forwardedFrom().orElse("(own post)"),
                    post.text().lines().findFirst().orElse(""));
        }

        assertThat(export.posts()).hasSize(15);
    }

    @Test
    void parseManyFilesAtOnce() throws IOException {
        // docs/api.md: Parse many files at once
        Path folder = Corpus.folder();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<ChannelExport> exports = TgText.parser().build().parseAll(files);
        long posts = exports.stream().mapToLong(e -> e.posts().size()).sum();

        assertThat(posts).isEqualTo(expectedPostsOfTheCorpus());
    }

    @Test
    void countPostsPerForwardedSource() throws IOException {
        // docs/api.md: Count posts per forwarded source
        Map<String, Long> perSource = TgText.parse(path).posts().stream()
                .collect(Collectors.groupingBy(p -> p.forwardedFrom().orElse("(own)"), TreeMap::new,
                        Collectors.counting()));

        assertThat(perSource).containsExactly(Map.entry("Russian MFA 🇷🇺", 15L));
    }

    @Test
    void streamALargeFile() throws IOException {
        // docs/api.md: Stream a large file
        TgTextParser parser = TgText.parser().build();
        long withReactions;
        try (Stream<Post> posts = parser.stream(path)) {
            withReactions = posts.filter(p -> !p.reactions().isEmpty()).count();
        }

        assertThat(withReactions).isZero();
    }

    @Test
    void strictModeAndDiagnostics() {
        // docs/api.md: Strict mode and diagnostics
        String damaged = "Forwarded from A\nText.\nVIEW IN TELEGRAM\n";
        ChannelExport lenient = TgText.parse(damaged);
        lenient.diagnostics().forEach(d -> System.err.println(d));

        TgTextParser strict = TgText.parser().strict(true).build();
        try {
            strict.parse(damaged);
        } catch (TgTextParseException e) {
            System.err.println(e.getMessage());
            assertThat(e.diagnostics()).isEqualTo(lenient.diagnostics());
            return;
        }
        throw new AssertionError("strict parsing should have thrown");
    }

    @Test
    void visitTheTree() throws IOException {
        // docs/api.md: Visit the tree
        class LinkCounter implements Visitor {
            int links;

            @Override
            public void visit(Block.LinkLabel link) {
                links++;
            }
        }
        LinkCounter counter = new LinkCounter();
        TgText.parse(path).accept(counter);

        assertThat(counter.links).isEqualTo(4);
    }

    private static long expectedPostsOfTheCorpus() throws IOException {
        long posts = 0;
        for (Path export : Corpus.exports()) {
            posts += new com.fasterxml.jackson.databind.ObjectMapper().readTree(Corpus.expectationsOf(export).toFile())
                    .get("posts").size();
        }
        return posts;
    }
}
