package io.github.tgtext.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.TgText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus folder read through the data source gives, file by file, the posts, spans and fields
 * that the library gives for that file.
 */
class CorpusReadTest extends SparkTest {

    static Map<String, List<Row>> rowsByFile;

    @BeforeAll
    static void readCorpus() {
        List<Row> rows = read(CORPUS.toString()).collectAsList();
        rowsByFile = rows.stream().collect(Collectors.groupingBy(SparkTest::fileName));
    }

    @Test
    void everyCorpusFileIsRead() throws Exception {
        assertThat(rowsByFile.keySet()).containsExactlyInAnyOrderElementsOf(
                corpusFiles().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void eachFileGivesTheLibrarysPostsWithEveryField() throws Exception {
        int posts = 0;
        for (Path file : corpusFiles()) {
            ChannelExport export = TgText.parse(file);
            List<Row> rows = rowsByFile.get(file.getFileName().toString());
            assertThat(rows).as(file.toString()).hasSize(export.posts().size());
            for (int i = 0; i < rows.size(); i++) {
                assertRowIsPost(rows.get(i), export.posts().get(i), export, file);
                posts++;
            }
        }
        assertThat(posts).as("posts in the corpus").isGreaterThan(150);
    }

    @Test
    void theCorpusHasWhatTheComparisonMustCover() {
        List<Row> all = rowsByFile.values().stream().flatMap(List::stream).toList();
        assertThat(all).anySatisfy(r -> assertThat((Object) r.getAs("forwarded_from")).isNotNull());
        assertThat(all).anySatisfy(r -> assertThat(r.<Row>getAs("reply_to")).isNotNull());
        assertThat(all).anySatisfy(r -> assertThat(r.<List<?>>getList(r.fieldIndex("media"))).isNotEmpty());
        assertThat(all).anySatisfy(r -> assertThat(r.<List<?>>getList(r.fieldIndex("reactions"))).isNotEmpty());
        assertThat(all).anySatisfy(r -> assertThat(r.<Row>getAs("echo")).isNotNull());
        assertThat(all).anySatisfy(r -> assertThat(r.<Row>getAs("link_preview")).isNotNull());
        assertThat(all).anySatisfy(r -> assertThat(r.<List<?>>getList(r.fieldIndex("hashtags"))).isNotEmpty());
        assertThat(all).anySatisfy(r -> assertThat(r.<String>getAs("layout")).isEqualTo("compact"));
        assertThat(all).anySatisfy(r -> assertThat(r.<String>getAs("layout")).isEqualTo("spaced"));
    }

    /**
     * The check the issue asks for: posts per file through {@code spark.read.format("tgtext")}, as
     * {@code tgtext stats} (the command-line tool, run in-process on the same folder) counts them.
     */
    @Test
    void postsPerFileEqualTgtextStats() throws Exception {
        Map<String, Long> spark = read(CORPUS.toString()).groupBy("source").count().collectAsList().stream()
                .collect(Collectors.toMap(SparkTest::fileName, r -> r.<Long>getAs("count")));
        Cli.Run stats = Cli.run("stats", "--format", "json", CORPUS.toString());
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        Map<String, Long> cli = new java.util.TreeMap<>();
        for (JsonNode input : new ObjectMapper().readTree(stats.out()).get("inputs")) {
            cli.put(Path.of(input.get("source").asText()).getFileName().toString(), input.get("posts").asLong());
        }
        assertThat(cli).hasSize(corpusFiles().size());
        assertThat(new java.util.TreeMap<>(spark)).isEqualTo(cli);
    }

    /** Compares a row with the library's post, field by field, from the library's own objects. */
    static void assertRowIsPost(Row row, Post post, ChannelExport export, Path file) {
        String where = file.getFileName() + " post " + post.index();
        assertThat(row.<String>getAs("source")).as(where).endsWith("/" + file.getFileName());
        assertThat(row.<String>getAs("layout")).as(where).isEqualTo(export.layout().name().toLowerCase(Locale.ROOT));
        assertThat(row.<String>getAs("channel_title")).as(where)
                .isEqualTo(export.header().map(ChannelHeader::title).orElse(null));
        assertThat(row.<Long>getAs("channel_subscribers")).as(where)
                .isEqualTo(export.header().flatMap(ChannelHeader::subscribers).map(Count::value).orElse(null));
        assertThat(row.<Integer>getAs("index")).as(where).isEqualTo(post.index());
        assertRowIsPostApartFromIndexes(row, post, export, where);
        assertThat(row.<Row>getAs("reply_to") == null ? null : row.<Row>getAs("reply_to").<Integer>getAs("post_index"))
                .as(where).isEqualTo(post.replyTo().flatMap(r -> r.postIndex()).orElse(null));
    }

    /** Every field but the post's own index and the index its reply preview links to. */
    static void assertRowIsPostApartFromIndexes(Row row, Post post, ChannelExport export, String where) {
        assertThat(row.<Integer>getAs("first_line")).as(where).isEqualTo(post.span().firstLine());
        assertThat(row.<Integer>getAs("last_line")).as(where).isEqualTo(post.span().lastLine());
        assertThat(row.<String>getAs("forwarded_from")).as(where).isEqualTo(post.forwardedFrom().orElse(null));
        Row reply = row.getAs("reply_to");
        assertThat(reply == null).as(where).isEqualTo(post.replyTo().isEmpty());
        post.replyTo().ifPresent(r -> {
            assertThat(reply.<String>getAs("author")).as(where).isEqualTo(r.author());
            assertThat(reply.<String>getAs("snippet")).as(where).isEqualTo(r.snippet());
        });
        List<Row> media = row.getList(row.fieldIndex("media"));
        assertThat(media).as(where).hasSize(post.media().size());
        for (int i = 0; i < media.size(); i++) {
            MediaPlaceholder m = post.media().get(i);
            assertThat(media.get(i).<String>getAs("kind")).isEqualTo(m.kind().name().toLowerCase(Locale.ROOT));
            assertThat(media.get(i).<Long>getAs("duration")).isEqualTo(m.duration().map(d -> d.toSeconds()).orElse(null));
        }
        Row preview = row.getAs("link_preview");
        assertThat(preview == null).as(where).isEqualTo(post.linkPreview().isEmpty());
        post.linkPreview().ifPresent(p -> {
            assertThat(preview.<String>getAs("site_name")).isEqualTo(p.siteName().orElse(null));
            assertThat(preview.<String>getAs("title")).isEqualTo(p.title().orElse(null));
            assertThat(preview.<String>getAs("description")).isEqualTo(p.description().orElse(null));
        });
        assertThat(row.<String>getAs("text")).as(where).isEqualTo(post.text());
        assertThat(row.<String>getList(row.fieldIndex("hashtags"))).as(where).isEqualTo(post.hashtags());
        assertThat(row.<String>getList(row.fieldIndex("mentions"))).as(where).isEqualTo(post.mentions());
        assertThat(row.<String>getList(row.fieldIndex("urls"))).as(where).isEqualTo(post.urls());
        List<Row> reactions = row.getList(row.fieldIndex("reactions"));
        assertThat(reactions).as(where).hasSize(post.reactions().size());
        for (int i = 0; i < reactions.size(); i++) {
            Reaction r = post.reactions().get(i);
            assertThat(reactions.get(i).<String>getAs("emoji")).isEqualTo(r.emoji().orElse(null));
            assertThat(reactions.get(i).<Long>getAs("count")).isEqualTo(r.count().value());
            assertThat(reactions.get(i).<String>getAs("count_text")).isEqualTo(r.count().text());
        }
        Row echo = row.getAs("echo");
        assertThat(echo == null).as(where).isEqualTo(post.echo().isEmpty());
        post.echo().ifPresent(e -> {
            assertThat(echo.<Integer>getAs("first_line")).isEqualTo(e.span().firstLine());
            assertThat(echo.<Integer>getAs("last_line")).isEqualTo(e.span().lastLine());
            assertThat(echo.<Boolean>getAs("complete")).isEqualTo(e.complete());
        });
        long onItsLines = export.diagnostics().stream()
                .mapToInt(Diagnostic::line)
                .filter(line -> line >= post.span().firstLine() && line <= post.span().lastLine())
                .count();
        assertThat(row.<Integer>getAs("diagnostic_count")).as(where).isEqualTo((int) onItsLines);
    }
}
