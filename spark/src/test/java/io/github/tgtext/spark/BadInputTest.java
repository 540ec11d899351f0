package io.github.tgtext.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tgtext.TgText;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A binary file and a file that is not UTF-8, beside a good one: the job fails naming the file,
 * in the words the command-line tool uses for it, unless {@code ignoreCorruptFiles} skips them.
 */
class BadInputTest extends SparkTest {

    @TempDir
    static Path tmp;
    static Path good;
    static Path binary;
    static Path notUtf8;

    /** Generated: a good copy of a corpus file, a binary file, and a corpus file with a 0xFF byte in it. */
    @BeforeAll
    static void writeFiles() throws Exception {
        good = Files.copy(CORPUS.resolve("embassy-usa-forwards.txt"), tmp.resolve("good.txt"));
        binary = Files.write(tmp.resolve("binary.txt"), new byte[] {'T', 'i', 't', 'l', 'e', '\n', 0, 1, 2, 3, 0});
        byte[] export = Files.readAllBytes(CORPUS.resolve("russian-mfa-2025-02.txt"));
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        damaged.write(export, 0, 1000);
        damaged.write(0xFF);
        damaged.write(export, 1000, export.length - 1000);
        notUtf8 = Files.write(tmp.resolve("not-utf8.txt"), damaged.toByteArray());
    }

    /** @return the tool's reason for refusing the file: its line is {@code tgtext: FILE: REASON} */
    private static String cliReason(Path file) {
        Cli.Run run = Cli.run("stats", file.toString());
        String prefix = "tgtext: " + file + ": ";
        assertThat(run.err()).as("the tool's message").startsWith(prefix);
        return run.err().substring(prefix.length()).strip();
    }

    private static String source(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    @Test
    void aBinaryFileFailsTheJobWithTheToolsMessageNamingIt() {
        String reason = cliReason(binary);
        assertThat(reason).isEqualTo("binary file (NUL byte at offset 6)");
        assertThatThrownBy(() -> read(binary.toString()).collectAsList())
                .hasStackTraceContaining("tgtext: " + source(binary) + ": " + reason);
    }

    @Test
    void aFileThatIsNotUtf8FailsTheJobWithTheToolsMessageNamingIt() {
        String reason = cliReason(notUtf8);
        assertThat(reason).isEqualTo("invalid UTF-8 at byte offset 1000");
        assertThatThrownBy(() -> read(notUtf8.toString()).collectAsList())
                .hasStackTraceContaining("tgtext: " + source(notUtf8) + ": " + reason);
    }

    @Test
    void aFolderWithABadFileFailsNamingABadFile() {
        assertThatThrownBy(() -> read(tmp.toString()).collectAsList())
                .hasStackTraceContaining("tgtext: " + source(binary) + ": binary file");
    }

    @Test
    void ignoreCorruptFilesSkipsThemCountedAndReadsTheRest() throws Exception {
        Dataset<Row> posts = spark.read().format("tgtext").option("ignoreCorruptFiles", "true").load(tmp.toString());
        assertThat(posts.collectAsList()).extracting(SparkTest::fileName)
                .hasSize(TgText.parse(good).posts().size())
                .containsOnly("good.txt");
        assertThat(scanMetric(posts, ReadMetrics.FILES_SKIPPED)).isEqualTo(2);
    }

    @Test
    void sparksOwnIgnoreCorruptFilesSettingDoesTheSame() throws Exception {
        spark.conf().set("spark.sql.files.ignoreCorruptFiles", "true");
        try {
            assertThat(read(tmp.toString()).count()).isEqualTo(TgText.parse(good).posts().size());
        } finally {
            spark.conf().unset("spark.sql.files.ignoreCorruptFiles");
        }
        assertThatThrownBy(() -> read(tmp.toString()).count()).hasStackTraceContaining("tgtext: file:");
    }
}
