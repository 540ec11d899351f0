package io.github.tgtext.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.Post;
import io.github.tgtext.TgText;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.structure.FileRanges;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file larger than {@code maxPartitionBytes} is split into ranges parsed by tasks of their own,
 * and gives the posts of an unsplit parse: the same posts, spans, text and every field, the same
 * indexes, and the same reply links, within a range and across ranges. The file is generated: a real page copy
 * from the corpus (tginfoen-page-2026-01.txt, which has replies) with its posts repeated, about
 * 1 MB, read with ranges of 64 KB.
 */
class SplitFileTest extends SparkTest {

    static final long RANGE_BYTES = 64 * 1024;

    @TempDir
    static Path tmp;
    static Path large;
    static ChannelExport unsplit;

    @BeforeAll
    static void generate() throws Exception {
        List<String> page = Files.readAllLines(CORPUS.resolve("tginfoen-page-2026-01.txt"), StandardCharsets.UTF_8);
        // The posts start below the page's top bar ("Join"), at the first author line.
        int firstPost = page.indexOf("Join ") + 1;
        List<String> lines = new ArrayList<>(page);
        while (lines.size() < 30 * page.size()) {
            lines.addAll(page.subList(firstPost, page.size()));
        }
        large = Files.write(tmp.resolve("large.txt"), lines, StandardCharsets.UTF_8);
        unsplit = TgText.parse(large);
        assertThat(Files.size(large)).isGreaterThan(10 * RANGE_BYTES);
    }

    private static Dataset<Row> readSplit() {
        return spark.read().format("tgtext").option("maxPartitionBytes", String.valueOf(RANGE_BYTES))
                .load(large.toString());
    }

    /** @return the index, in the unsplit parse, of the first post of each range, from the library's range parsing */
    private static List<Integer> firstIndexOfEachRange() throws Exception {
        ParserOptions options = new ParserOptions(Optional.empty(), false, Set.of(), 1);
        List<Integer> firsts = new ArrayList<>();
        for (long from = 0; from < Files.size(large); from += RANGE_BYTES) {
            ChannelExport range = FileRanges.parseRange(large, options, from, from + RANGE_BYTES);
            if (!range.posts().isEmpty()) {
                int firstLine = range.posts().get(0).span().firstLine();
                firsts.add(unsplit.posts().stream().filter(p -> p.span().firstLine() == firstLine)
                        .findFirst().orElseThrow().index());
            }
        }
        return firsts;
    }

    @Test
    void theFileIsReadInManyPartitions() {
        assertThat(readSplit().rdd().getNumPartitions()).isGreaterThan(10);
    }

    @Test
    void aSplitFileGivesThePostsOfAnUnsplitParseWithTheirIndexes() throws Exception {
        List<Row> rows = readSplit().collectAsList();
        assertThat(rows).hasSize(unsplit.posts().size());
        for (int i = 0; i < rows.size(); i++) {
            Post post = unsplit.posts().get(i);
            assertThat(rows.get(i).<Integer>getAs("index")).isEqualTo(post.index());
            CorpusReadTest.assertRowIsPostApartFromIndexes(rows.get(i), post, unsplit, "post " + i);
        }
    }

    @Test
    void replyLinksAreThoseOfAnUnsplitParseWithinAndAcrossRanges() throws Exception {
        List<Integer> firsts = firstIndexOfEachRange();
        List<Row> rows = readSplit().select("index", "reply_to").collectAsList();
        int withinRange = 0;
        int acrossRanges = 0;
        for (Post post : unsplit.posts()) {
            Optional<Integer> quoted = post.replyTo().flatMap(r -> r.postIndex());
            Row reply = rows.get(post.index()).getAs("reply_to");
            assertThat(reply == null ? null : reply.<Integer>getAs("post_index")).as("post " + post.index())
                    .isEqualTo(quoted.orElse(null));
            if (quoted.isPresent()) {
                int rangeStart = firsts.stream().filter(first -> first <= post.index()).reduce((a, b) -> b)
                        .orElseThrow();
                if (quoted.get() >= rangeStart) {
                    withinRange++;
                } else {
                    acrossRanges++;
                }
            }
        }
        // Both kinds occur, so both ways of linking are compared: the library's within a range,
        // and the data source's (ReplyContext) across ranges.
        assertThat(withinRange).as("replies to a post of the same range").isPositive();
        assertThat(acrossRanges).as("replies to a post of an earlier range").isPositive();
    }

    @Test
    void theLibraryAloneLeavesRepliesAcrossRangesUnresolved() throws Exception {
        // Why the data source resolves them itself: what the library's range parsing gives.
        ParserOptions options = new ParserOptions(Optional.empty(), false, Set.of(), 1);
        long unresolvedInRanges = 0;
        for (long from = RANGE_BYTES; from < Files.size(large); from += RANGE_BYTES) {
            unresolvedInRanges += FileRanges.parseRange(large, options, from, from + RANGE_BYTES).posts().stream()
                    .filter(p -> p.replyTo().isPresent() && p.replyTo().get().postIndex().isEmpty()).count();
        }
        long unresolvedUnsplit = unsplit.posts().stream()
                .filter(p -> p.replyTo().isPresent() && p.replyTo().get().postIndex().isEmpty()).count();
        assertThat(unresolvedInRanges).isGreaterThan(unresolvedUnsplit);
    }

    @Test
    void aQueryWithoutIndexesCountsTheSamePosts() {
        assertThat(readSplit().select("source", "forwarded_from").count()).isEqualTo(unsplit.posts().size());
    }
}
