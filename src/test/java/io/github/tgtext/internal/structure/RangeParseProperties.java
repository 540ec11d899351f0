package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.Corpus;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Post;
import io.github.tgtext.ReplyPreview;
import io.github.tgtext.Unrecognised;
import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.ExportGenerators;
import io.github.tgtext.generators.HostileText;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.input.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte ranges that tile a file, each parsed on its own ({@link FileRanges#parseRange}), give each
 * post of the whole file exactly once, in order, with its span and every field, and between them
 * every diagnostic and unrecognised line once, in order; the header in every range. What a range
 * cannot know it leaves out, as documented: its indexes start at 0, and a reply preview that quotes
 * a post of an earlier range is not linked.
 */
class RangeParseProperties {

    private static final ParserOptions OPTIONS = new ParserOptions(Optional.empty(), false, Set.of(), 1);

    @TempDir
    Path dir;

    @Test
    void generatedExportsCutIntoRangesGiveEachPostOnce() {
        Coverage coverage = new Coverage("range parse, generated");
        qt().withExamples(Coverage.examples() / 2).forAll(ExportGenerators.longChannelTexts(), range(1, 12), range(0, Integer.MAX_VALUE))
                .checkAssert((text, ranges, seed) -> {
                    Path file = write(text.getBytes(StandardCharsets.UTF_8));
                    Tiling tiling = assertRangesTileTheWholeParse(file, cuts(file, ranges, seed));
                    coverage.example();
                    coverage.count("a range with posts after the first", tiling.laterRangesWithPosts() > 0);
                    coverage.count("an empty range", tiling.emptyRanges() > 0);
                    coverage.count("a reply left unlinked by its range", tiling.unlinkedReplies() > 0);
                });
        coverage.assertEnough();
    }

    static List<Path> corpus() {
        return Corpus.exports();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusExportCutIntoRangesGivesEachPostOnce(Path export) {
        for (int seed = 0; seed < 4; seed++) {
            assertRangesTileTheWholeParse(export, cuts(export, 3 + 4 * seed, seed));
        }
        long size = size(export);
        assertThat(parseRange(export, size / 2, size).posts())
                .as("posts of the second half of %s", export.getFileName()).isNotEmpty();
    }

    @Test
    void hostileBytesCutIntoRangesGiveEachLineOnce() {
        Coverage coverage = new Coverage("range parse, hostile");
        qt().withExamples(Coverage.examples() / 2).forAll(HostileText.bytesAroundReactions(), range(1, 8), range(0, Integer.MAX_VALUE))
                .checkAssert((input, ranges, seed) -> {
                    Path file = write(input);
                    Tiling tiling = assertRangesTileTheWholeParse(file, cuts(file, ranges, seed));
                    coverage.example();
                    coverage.count("a range with posts after the first", tiling.laterRangesWithPosts() > 0);
                });
        coverage.assertEnough();
    }

    @Test
    void aFileWithAByteOrderMarkIsCutAfterIt() throws IOException {
        Path export = Corpus.exports().get(0);
        byte[] text = Files.readAllBytes(export);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        Path file = write(marked);
        Tiling tiling = assertRangesTileTheWholeParse(file, List.of(1L, (long) marked.length / 3,
                2L * marked.length / 3));
        assertThat(tiling.laterRangesWithPosts()).as("ranges after the first that hold posts").isPositive();
    }

    /** What the ranges of a tiling held. */
    private record Tiling(int laterRangesWithPosts, int emptyRanges, int unlinkedReplies) {
    }

    /**
     * Parses the file whole and in the ranges between the cuts, and checks that the ranges give
     * what the whole parse gives.
     */
    private static Tiling assertRangesTileTheWholeParse(Path file, List<Long> cuts) {
        ChannelExport whole = wholeParse(file);
        List<Long> bounds = new ArrayList<>();
        bounds.add(0L);
        bounds.addAll(cuts);
        bounds.add(size(file));
        List<Post> posts = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Unrecognised> unrecognised = new ArrayList<>();
        int laterRangesWithPosts = 0;
        int emptyRanges = 0;
        int unlinkedReplies = 0;
        for (int r = 0; r + 1 < bounds.size(); r++) {
            String name = String.format("%s, range %d of %s", file.getFileName(), r, bounds);
            ChannelExport range = parseRange(file, bounds.get(r), bounds.get(r + 1));
            assertThat(range.header()).as("header of %s", name).isEqualTo(whole.header());
            assertThat(range.layout()).as("layout of %s", name).isEqualTo(whole.layout());
            int first = posts.size();
            for (Post post : range.posts()) {
                assertThat(post.index()).as("index of a post of %s, counted in its range", name)
                        .isEqualTo(posts.size() - first);
                Post expected = posts.size() < whole.posts().size() ? whole.posts().get(posts.size()) : null;
                assertThat(post).as("post %d of the file, in %s", posts.size(), name)
                        .isEqualTo(expected == null ? null : asInRange(expected, first));
                unlinkedReplies += expected != null && quotes(expected).filter(quoted -> quoted < first).isPresent()
                        ? 1 : 0;
                posts.add(post);
            }
            laterRangesWithPosts += r > 0 && !range.posts().isEmpty() ? 1 : 0;
            emptyRanges += range.posts().isEmpty() ? 1 : 0;
            diagnostics.addAll(range.diagnostics());
            unrecognised.addAll(range.unrecognised());
        }
        assertThat(posts).as("posts of all the ranges of %s", file.getFileName()).hasSameSizeAs(whole.posts());
        assertThat(diagnostics).as("diagnostics of all the ranges of %s", file.getFileName())
                .isEqualTo(whole.diagnostics());
        assertThat(unrecognised).as("unrecognised lines of all the ranges of %s", file.getFileName())
                .isEqualTo(whole.unrecognised());
        return new Tiling(laterRangesWithPosts, emptyRanges, unlinkedReplies);
    }

    /** The post as a range starting at post {@code first} of the file gives it. */
    private static Post asInRange(Post post, int first) {
        Post local = Posts.withIndex(post, post.index() - first);
        if (quotes(post).isEmpty()) {
            return local;
        }
        ReplyPreview reply = post.replyTo().get();
        int quoted = quotes(post).get();
        Optional<Integer> inRange = quoted >= first ? Optional.of(quoted - first) : Optional.empty();
        return Posts.withReplyTo(local, new ReplyPreview(reply.author(), reply.snippet(), inRange, reply.span()));
    }

    private static Optional<Integer> quotes(Post post) {
        return post.replyTo().flatMap(ReplyPreview::postIndex);
    }

    private static ChannelExport parseRange(Path file, long from, long to) {
        try {
            return FileRanges.parseRange(file, OPTIONS, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChannelExport wholeParse(Path file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Unrecognised> unrecognised = new ArrayList<>();
        try (ExportReader reader = new ExportReader(new TextDecoder(Files.newInputStream(file)), OPTIONS,
                diagnostics::add, unrecognised::add)) {
            List<Post> posts = new ArrayList<>();
            for (Post post = reader.next(); post != null; post = reader.next()) {
                posts.add(post);
            }
            unrecognised.sort(java.util.Comparator.comparingInt(u -> u.span().firstLine()));
            return new ChannelExport(reader.header(), posts, reader.layout(), unrecognised, diagnostics,
                    reader.recurringLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} cut offsets, sorted, anywhere in the file (some may fall together). */
    private static List<Long> cuts(Path file, int count, int seed) {
        java.util.Random random = new java.util.Random(seed);
        long size = size(file);
        TreeSet<Long> cuts = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            cuts.add(size == 0 ? 0 : (long) (random.nextDouble() * size));
        }
        return new ArrayList<>(cuts);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(dir, "range", ".txt"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
