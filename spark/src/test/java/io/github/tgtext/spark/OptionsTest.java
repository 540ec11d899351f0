package io.github.tgtext.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.TgText;
import io.github.tgtext.TgTextParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every option of the data source, on copies of corpus files laid out in folders. */
class OptionsTest extends SparkTest {

    @TempDir
    static Path tmp;
    static Path exports;
    static Path damaged;

    /**
     * exports/embassy-usa-forwards.txt, exports/notes.md, exports/.hidden.txt,
     * exports/a/russian-mfa-2025-02.txt, exports/a/b/forwards-compact-2022-2025.txt;
     * damaged/damaged.txt (DamagedExport).
     */
    @BeforeAll
    static void layOutFolders() throws Exception {
        exports = tmp.resolve("exports");
        Files.createDirectories(exports.resolve("a/b"));
        Files.copy(CORPUS.resolve("embassy-usa-forwards.txt"), exports.resolve("embassy-usa-forwards.txt"));
        Files.copy(CORPUS.resolve("russian-mfa-2025-02.txt"), exports.resolve("a/russian-mfa-2025-02.txt"));
        Files.copy(CORPUS.resolve("forwards-compact-2022-2025.txt"),
                exports.resolve("a/b/forwards-compact-2022-2025.txt"));
        Files.writeString(exports.resolve("notes.md"), "Notes\n\nNot an export.\n");
        Files.copy(CORPUS.resolve("durov-en-select-all.txt"), exports.resolve(".hidden.txt"));
        damaged = DamagedExport.write(tmp.resolve("damaged/damaged.txt"));
    }

    private static List<String> filesOf(List<Row> rows) {
        return rows.stream().map(SparkTest::fileName).distinct().sorted().toList();
    }

    @Test
    void aFolderIsReadWithItsSubFoldersTxtFilesOnlyAndNoHiddenOnes() {
        assertThat(filesOf(read(exports.toString()).select("source").collectAsList())).containsExactly(
                "embassy-usa-forwards.txt", "forwards-compact-2022-2025.txt", "russian-mfa-2025-02.txt");
    }

    @Test
    void recursiveFileLookupFalseReadsOnlyTheFolderItself() {
        List<Row> rows = spark.read().format("tgtext").option("recursiveFileLookup", "false")
                .load(exports.toString()).select("source").collectAsList();
        assertThat(filesOf(rows)).containsExactly("embassy-usa-forwards.txt");
    }

    @Test
    void pathGlobFilterChoosesTheFilesInFolders() {
        List<Row> rows = spark.read().format("tgtext").option("pathGlobFilter", "forwards-*")
                .load(exports.toString()).select("source").collectAsList();
        assertThat(filesOf(rows)).containsExactly("forwards-compact-2022-2025.txt");
        List<Row> markdown = spark.read().format("tgtext").option("pathGlobFilter", "*.md")
                .load(exports.toString()).select("source").collectAsList();
        assertThat(filesOf(markdown)).containsExactly("notes.md");
    }

    @Test
    void globsAndSeveralPathsAreRead() {
        assertThat(filesOf(read(exports + "/*/*.txt").select("source").collectAsList()))
                .containsExactly("russian-mfa-2025-02.txt");
        List<Row> two = spark.read().format("tgtext")
                .load(exports.resolve("embassy-usa-forwards.txt").toString(), exports + "/a/b")
                .select("source").collectAsList();
        assertThat(filesOf(two)).containsExactly("embassy-usa-forwards.txt", "forwards-compact-2022-2025.txt");
    }

    @Test
    void aFileIsReadWhateverItsNameAndOnlyOnceWhenNamedTwice() {
        String notes = exports.resolve("notes.md").toString();
        List<Row> rows = spark.read().format("tgtext").load(notes, notes).select("source", "index").collectAsList();
        assertThat(filesOf(rows)).containsExactly("notes.md");
        assertThat(rows.stream().map(r -> r.<Integer>getAs("index")).toList()).doesNotHaveDuplicates();
    }

    @Test
    void aPathThatNamesNothingFailsTheReadNamingIt() {
        String missing = tmp.resolve("no-such-folder").toString();
        assertThatThrownBy(() -> read(missing).collectAsList()).hasStackTraceContaining(missing + ": no such file");
        assertThatThrownBy(() -> read(tmp + "/nothing-*.txt").collectAsList())
                .hasStackTraceContaining("nothing-*.txt: no such file");
    }

    @Test
    void layoutForcesTheLayoutOfEveryFile() throws Exception {
        Path compact = exports.resolve("a/b/forwards-compact-2022-2025.txt");
        ChannelExport asSpaced = TgText.parser().layout(Layout.SPACED).build().parse(compact);
        assertThat(asSpaced.posts().stream().map(Post::text).toList()).as("the forced layout changes what is read")
                .isNotEqualTo(TgText.parse(compact).posts().stream().map(Post::text).toList());
        List<Row> rows = spark.read().format("tgtext").option("layout", "spaced").load(compact.toString())
                .select("layout", "index", "first_line", "last_line", "text").collectAsList();
        assertThat(rows).hasSize(asSpaced.posts().size());
        for (int i = 0; i < rows.size(); i++) {
            Post post = asSpaced.posts().get(i);
            assertThat(rows.get(i).<String>getAs("layout")).isEqualTo("spaced");
            assertThat(rows.get(i).<Integer>getAs("first_line")).isEqualTo(post.span().firstLine());
            assertThat(rows.get(i).<Integer>getAs("last_line")).isEqualTo(post.span().lastLine());
            assertThat(rows.get(i).<String>getAs("text")).isEqualTo(post.text());
        }
        assertThat(spark.read().format("tgtext").option("layout", "auto").load(compact.toString())
                .select("layout").distinct().collectAsList()).extracting(r -> r.getString(0)).containsExactly("compact");
    }

    @Test
    void lenientByDefaultAFileWithErrorsIsReadAndItsDiagnosticsCounted() throws Exception {
        ChannelExport library = TgText.parse(damaged);
        assertThat(library.diagnostics()).extracting(Diagnostic::line).containsExactly(DamagedExport.STRAY_LINE);
        List<Row> rows = read(damaged.toString()).select("index", "first_line", "last_line", "diagnostic_count")
                .collectAsList();
        assertThat(rows).hasSize(library.posts().size());
        List<Row> counted = rows.stream().filter(r -> r.<Integer>getAs("diagnostic_count") > 0).toList();
        assertThat(counted).singleElement().satisfies(r -> {
            assertThat(r.<Integer>getAs("diagnostic_count")).isEqualTo(1);
            assertThat(r.<Integer>getAs("first_line")).isLessThanOrEqualTo(DamagedExport.STRAY_LINE);
            assertThat(r.<Integer>getAs("last_line")).isGreaterThanOrEqualTo(DamagedExport.STRAY_LINE);
        });
    }

    @Test
    void strictFailsTheJobNamingTheFileAndItsFirstError() throws Exception {
        TgTextParseException library = org.junit.jupiter.api.Assertions.assertThrows(TgTextParseException.class,
                () -> TgText.parser().strict(true).build().parse(damaged));
        Diagnostic first = library.diagnostics().get(0);
        assertThatThrownBy(() -> spark.read().format("tgtext").option("strict", "true").load(damaged.toString())
                .collectAsList())
                .hasStackTraceContaining("tgtext: " + damaged.toUri().toString().replace("file:///", "file:/") + ": ")
                .hasStackTraceContaining(first.toString());
        assertThat(spark.read().format("tgtext").option("strict", "true").load(exports.toString()).count())
                .as("strict reads files without errors").isPositive();
    }

    @Test
    void rowsDiagnosticsGivesOneRowPerDiagnosticAsTheLibraryReportsIt() throws Exception {
        List<Diagnostic> library = TgText.parse(damaged).diagnostics();
        List<Row> rows = spark.read().format("tgtext").option("rows", "diagnostics").load(tmp.toString())
                .collectAsList();
        assertThat(rows).hasSize(library.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Diagnostic d = library.get(i);
            assertThat(fileName(row)).isEqualTo("damaged.txt");
            assertThat(row.<Integer>getAs("line")).isEqualTo(d.line());
            assertThat(row.<Integer>getAs("column")).isEqualTo(d.column());
            assertThat(row.<String>getAs("severity")).isEqualTo(d.severity().name().toLowerCase(Locale.ROOT));
            assertThat(row.<String>getAs("message")).isEqualTo(d.message());
            assertThat(row.<String>getAs("text")).isEqualTo(d.text());
            assertThat(row.<Long>getAs("byte_offset")).isNull();
        }
    }

    @Test
    void rowsChannelsGivesOneRowPerFileWithItsHeader() throws Exception {
        Map<String, Row> rows = spark.read().format("tgtext").option("rows", "channels").load(CORPUS.toString())
                .collectAsList().stream().collect(Collectors.toMap(SparkTest::fileName, r -> r));
        List<Path> files = corpusFiles();
        assertThat(rows).hasSize(files.size());
        int withHeader = 0;
        for (Path file : files) {
            ChannelExport export = TgText.parse(file);
            Row row = rows.get(file.getFileName().toString());
            assertThat(row.<String>getAs("layout")).isEqualTo(export.layout().name().toLowerCase(Locale.ROOT));
            ChannelHeader h = export.header().orElse(null);
            if (h == null) {
                assertThat(row.<String>getAs("title")).isNull();
                continue;
            }
            withHeader++;
            assertThat(row.<String>getAs("title")).isEqualTo(h.title());
            assertThat(row.<Boolean>getAs("verified")).isEqualTo(h.verified());
            assertThat(row.<String>getAs("username")).isEqualTo(h.username().orElse(null));
            assertThat(row.<Long>getAs("subscribers")).isEqualTo(h.subscribers().map(Count::value).orElse(null));
            assertThat(row.<Long>getAs("photos")).isEqualTo(h.photos().map(Count::value).orElse(null));
            assertThat(row.<Long>getAs("videos")).isEqualTo(h.videos().map(Count::value).orElse(null));
            assertThat(row.<Long>getAs("files")).isEqualTo(h.files().map(Count::value).orElse(null));
            assertThat(row.<Long>getAs("links")).isEqualTo(h.links().map(Count::value).orElse(null));
            assertThat(row.<String>getAs("description")).isEqualTo(h.descriptionText());
            assertThat(row.<Integer>getAs("first_line")).isEqualTo(h.span().firstLine());
            assertThat(row.<Integer>getAs("last_line")).isEqualTo(h.span().lastLine());
        }
        assertThat(withHeader).as("corpus files with a header").isGreaterThan(5);
    }

    @Test
    void badOptionValuesAreRefusedByName() {
        String path = exports.toString();
        assertThatThrownBy(() -> spark.read().format("tgtext").option("layout", "wide").load(path).collectAsList())
                .hasStackTraceContaining("option layout must be auto, spaced or compact, not 'wide'");
        assertThatThrownBy(() -> spark.read().format("tgtext").option("strict", "yes").load(path).collectAsList())
                .hasStackTraceContaining("option strict must be true or false, not 'yes'");
        assertThatThrownBy(() -> spark.read().format("tgtext").option("rows", "lines").load(path).collectAsList())
                .hasStackTraceContaining("option rows must be posts, diagnostics or channels, not 'lines'");
        assertThatThrownBy(() -> spark.read().format("tgtext").option("maxPartitionBytes", "lots").load(path)
                .collectAsList())
                .hasStackTraceContaining("option maxPartitionBytes must be a size");
    }

    @Test
    void aUserSchemaIsRefused() {
        assertThatThrownBy(() -> spark.read().format("tgtext").schema("text STRING").load(exports.toString()))
                .hasMessageContaining("does not support user-specified schema");
    }
}
