package io.github.tgtext.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Post;
import io.github.tgtext.TgText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users do with the rows: select a few columns, save them as Parquet, query them in SQL. */
class QueriesTest extends SparkTest {

    @TempDir
    static Path tmp;

    private static long corpusPosts() throws Exception {
        long posts = 0;
        for (Path file : corpusFiles()) {
            posts += TgText.parse(file).posts().size();
        }
        return posts;
    }

    @Test
    void selectingSourceAndForwardedFromReadsOnlyThoseAndBuildsNoText() throws Exception {
        Dataset<Row> query = read(CORPUS.toString()).select("source", "forwarded_from");
        assertThat(query.collectAsList()).hasSize((int) corpusPosts());
        assertThat(scan(query).schema().fieldNames()).containsExactly("source", "forwarded_from");
        assertThat(scanMetric(query, ReadMetrics.TEXT_VIEWS_BUILT)).isZero();
    }

    @Test
    void selectingATextColumnBuildsEachPostsTextOnce() throws Exception {
        Dataset<Row> query = read(CORPUS.toString()).select("source", "text", "hashtags", "urls");
        assertThat(query.collectAsList()).hasSize((int) corpusPosts());
        assertThat(scanMetric(query, ReadMetrics.TEXT_VIEWS_BUILT)).isEqualTo(corpusPosts());
    }

    @Test
    void postsWrittenToParquetBySparkReadBackTheSame() {
        String parquet = tmp.resolve("posts.parquet").toString();
        Dataset<Row> posts = read(CORPUS.toString());
        posts.write().parquet(parquet);
        List<Row> original = posts.orderBy("source", "index").collectAsList();
        List<Row> back = spark.read().parquet(parquet).orderBy("source", "index").collectAsList();
        assertThat(spark.read().parquet(parquet).schema()).isEqualTo(posts.schema().asNullable());
        assertThat(back).hasSize(original.size()).isEqualTo(original);
    }

    /** The query docs/spark.md shows: each channel's three most forwarded sources. */
    static final String TOP_FORWARDED_SOURCES = """
            SELECT channel_title, forwarded_from, posts FROM (
              SELECT channel_title, forwarded_from, count(*) AS posts,
                     row_number() OVER (PARTITION BY channel_title
                                        ORDER BY count(*) DESC, forwarded_from) AS rank
              FROM posts
              WHERE forwarded_from IS NOT NULL
              GROUP BY channel_title, forwarded_from)
            WHERE rank <= 3
            ORDER BY channel_title, rank
            """;

    @Test
    void theDocsTopForwardedSourcesQueryGivesTheLibrarysNumbers() throws Exception {
        spark.sql("CREATE TEMPORARY VIEW posts USING tgtext OPTIONS (path '" + CORPUS + "')");
        List<String> rows = spark.sql(TOP_FORWARDED_SOURCES).collectAsList().stream()
                .map(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(2)).toList();

        // The same numbers from the library: per channel, forwarded posts counted by source.
        Map<String, Map<String, Long>> counts = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Path file : corpusFiles()) {
            ChannelExport export = TgText.parse(file);
            String channel = export.header().map(ChannelHeader::title).orElse(null);
            for (Post post : export.posts()) {
                post.forwardedFrom().ifPresent(source -> counts.computeIfAbsent(channel, c -> new TreeMap<>())
                        .merge(source, 1L, Long::sum));
            }
        }
        List<String> expected = new ArrayList<>();
        counts.forEach((channel, bySource) -> bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .forEach(e -> expected.add(channel + " | " + e.getKey() + " | " + e.getValue())));
        assertThat(expected).as("the corpus has forwarded posts in several channels").hasSizeGreaterThan(3);
        assertThat(rows).isEqualTo(expected);
    }
}
