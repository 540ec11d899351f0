package io.github.tgtext.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.tgtext.ChannelExport;
import io.github.tgtext.Corpus;
import io.github.tgtext.Layout;
import io.github.tgtext.TgText;
import io.github.tgtext.generators.SizedExports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code tgtext parse}: each format, folders, stdin, --strict, exit codes and bad inputs. */
class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docs/tgtext.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Stream<Path> corpus() {
        return Corpus.exports().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void jsonOfEveryCorpusExportValidatesAgainstTheSchema(Path export) throws IOException {
        Cli.Run run = Cli.run("parse", "--format", "json", export.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = JSON.readTree(run.out());
        assertThat(schema.validate(document)).as("schema violations").isEmpty();
        ChannelExport parsed = TgText.parse(export);
        assertThat(document.get("posts")).hasSize(parsed.posts().size());
        assertThat(document.get("source").asText()).isEqualTo(export.toString());
        assertThat(document.get("layout").asText()).isEqualTo(parsed.layout().name().toLowerCase());
    }

    @Test
    void schemaRejectsADocumentThatBreaksTheContract() throws IOException {
        JsonNode document = JSON.readTree(Cli.run("parse", corpusFile("embassy-usa-forwards.txt")).out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("posts").get(0)).put("index", "zero");

        assertThat(schema.validate(document)).isNotEmpty();
    }

    @Test
    void jsonLinesHaveOnePostPerLineWithItsSource() throws IOException {
        String file = corpusFile("russian-mfa-2025-02.txt");

        Cli.Run run = Cli.run("parse", "--format", "jsonl", file);

        List<JsonNode> lines = run.out().lines().map(ParseCommandTest::readLine).toList();
        assertThat(lines).extracting(l -> l.get("kind").asText()).containsExactlyElementsOf(
                Stream.of(Stream.of("input", "channel"), Stream.generate(() -> "post").limit(17),
                        Stream.of("recurringLine")).flatMap(kinds -> kinds).toList());
        assertThat(lines).allSatisfy(l -> assertThat(l.get("source").asText()).isEqualTo(file));
        assertThat(lines.get(1).get("subscribers").asInt()).isEqualTo(53_600);
        assertThat(lines.get(2).get("lines").get("start").asInt()).isEqualTo(16);
        assertThat(lines.get(lines.size() - 1).get("example").asText()).as("after the last post")
                .isEqualTo("Key points:");
    }

    @Test
    void jsonLinesPutDiagnosticsOnTheirOwnLines() throws IOException {
        Path damaged = write("damaged.txt", "Forwarded from A\nText.\nVIEW IN TELEGRAM\n");

        Cli.Run run = Cli.run("parse", "--format", "jsonl", damaged.toString());

        assertThat(run.out().lines().map(ParseCommandTest::readLine))
                .filteredOn(l -> l.get("kind").asText().equals("diagnostic"))
                .singleElement().satisfies(d -> {
                    assertThat(d.get("severity").asText()).isEqualTo("error");
                    assertThat(d.get("line").asInt()).isEqualTo(3);
                });
    }

    @Test
    void tdesktopFormatHasMessagesWithEntitiesAndReactions() throws IOException {
        Cli.Run run = Cli.run("parse", "--format", "tdesktop", corpusFile("forwards-compact-2022-2025.txt"));

        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("type").asText()).isEqualTo("public_channel");
        JsonNode first = result.get("messages").get(0);
        assertThat(first.get("id").asInt()).isEqualTo(1);
        assertThat(first.get("type").asText()).isEqualTo("message");
        assertThat(first.get("forwarded_from").asText()).isEqualTo("Russian MFA 🇷🇺");
        assertThat(first.get("text_entities")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("hashtag");
            assertThat(e.get("text").asText()).isEqualTo("#UN");
        });
        assertThat(first.get("reactions").get(0).get("type").asText()).isEqualTo("emoji");
        assertThat(first.get("reactions").get(0).get("emoji").asText()).isEqualTo("❤");
        assertThat(result.get("messages")).hasSize(20);
    }

    @Test
    void tdesktopFormatCarriesAPageCopysSignaturesVideosPollsAndCustomReactions() throws IOException {
        JsonNode durov = JSON.readTree(Cli.run("parse", "--format", "tdesktop", corpusFile("durov-page-2026-04.txt")).out());
        JsonNode poll = JSON.readTree(Cli.run("parse", "--format", "tdesktop", corpusFile("tginfoen-page-2026-01.txt"))
                .out()).get("messages").get(0);

        JsonNode first = durov.get("messages").get(0);
        assertThat(first.get("author").asText()).isEqualTo("Pavel Durov");
        assertThat(first.get("reactions").get(0).get("type").asText()).isEqualTo("custom_emoji");
        assertThat(first.get("reactions").get(0).has("emoji")).isFalse();
        JsonNode video = durov.get("messages").get(7);
        assertThat(video.get("media_type").asText()).isEqualTo("video_file");
        assertThat(video.get("duration_seconds").asInt()).isEqualTo(9);
        assertThat(poll.get("poll").get("total_voters").asInt()).isEqualTo(1150);
        assertThat(poll.get("poll").get("answers")).extracting(a -> a.get("percent").asInt())
                .containsExactly(28, 11, 17, 44);
    }

    @Test
    void folderGivesAnArrayInPathOrderAndABinaryFileIsReportedNotFatal() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        Files.copy(Path.of(corpusFile("russian-mfa-2025-02.txt")), folder.resolve("b.txt"));
        Files.copy(Path.of(corpusFile("embassy-usa-forwards.txt")), Files.createDirectories(folder.resolve("a")).resolve("z.txt"));
        Files.write(folder.resolve("c.txt"), new byte[] {'h', 'i', 0, 1, 2});

        Cli.Run run = Cli.run("parse", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).isEqualTo("tgtext: " + folder.resolve("c.txt") + ": binary file (NUL byte at offset 2)\n");
        JsonNode array = JSON.readTree(run.out());
        assertThat(array).extracting(d -> d.get("source").asText())
                .containsExactly(folder.resolve("a/z.txt").toString(), folder.resolve("b.txt").toString());
        assertThat(array.get(0).get("posts")).hasSize(15);
        assertThat(array.get(1).get("posts")).hasSize(17);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ParseCommand.Format.class)
    void severalInputsReadAtOnceGiveWhatOneAtATimeGives(ParseCommand.Format format) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("many"));
        List<Path> corpus = corpus().toList();
        for (int i = 0; i < 12; i++) {
            Files.copy(corpus.get(i % corpus.size()), folder.resolve(String.format("%02d.txt", i)));
        }
        Files.write(folder.resolve("05.txt"), new byte[] {0});

        Cli.Run oneAtATime = Cli.run("parse", "--format", format.name(), "--threads", "1", folder.toString());
        Cli.Run threeAtOnce = Cli.run("parse", "--format", format.name(), "--threads", "3", folder.toString());

        assertThat(threeAtOnce).isEqualTo(oneAtATime);
        assertThat(oneAtATime.err()).contains("05.txt");
        long inputsWritten = format == ParseCommand.Format.jsonl
                ? oneAtATime.out().lines().filter(line -> line.contains("\"kind\":\"input\"")).count()
                : JSON.readTree(oneAtATime.out()).size();
        assertThat(inputsWritten).as("readable inputs written").isEqualTo(11);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ParseCommand.Format.class)
    void oneLargeInputCutIntoPiecesGivesWhatOnePassGives(ParseCommand.Format format) throws IOException {
        // Generated: a 6 MB export, large enough to be cut into pieces parsed on other threads.
        Path large = SizedExports.file(SizedExports.Kind.GENERATED, Layout.SPACED, 6_000_000, dir);

        Cli.Run onePass = Cli.run("parse", "--format", format.name(), "--threads", "1", large.toString());
        Cli.Run inPieces = Cli.run("parse", "--format", format.name(), "--threads", "3", large.toString());

        assertThat(onePass.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(inPieces).isEqualTo(onePass);
    }

    @Test
    void threadsBelowOneIsAUsageError() {
        Cli.Run run = Cli.run("parse", "--threads", "0", corpusFile("embassy-usa-forwards.txt"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("--threads must be at least 1");
    }

    @Test
    void missingFileIsReportedAndTheOtherInputsAreComplete() throws IOException {
        Cli.Run run = Cli.run("parse", corpusFile("embassy-usa-forwards.txt"), dir.resolve("missing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).isEqualTo("tgtext: " + dir.resolve("missing.txt") + ": no such file\n");
        JsonNode array = JSON.readTree(run.out());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("posts")).hasSize(15);
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'O', 'k', '\n', (byte) 0xC3, '(', '\n'});

        Cli.Run run = Cli.run("parse", bad.toString(), corpusFile("embassy-usa-forwards.txt"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).isEqualTo("tgtext: " + bad + ": invalid UTF-8 at byte offset 3\n");
        assertThat(JSON.readTree(run.out()).get(0).get("posts")).hasSize(15);
    }

    @Test
    void utf16WithAByteOrderMarkIsReadLikeUtf8() throws IOException {
        String text = "\uFEFF" + Files.readString(Path.of(corpusFile("embassy-usa-forwards.txt")));
        Path utf8 = Files.writeString(dir.resolve("utf8.txt"), text, StandardCharsets.UTF_8);
        Path utf16 = Files.writeString(dir.resolve("utf16.txt"), text, StandardCharsets.UTF_16LE);

        Cli.Run run = Cli.run("parse", utf16.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(Cli.run("parse", utf8.toString()).out().replace("utf8.txt", "utf16.txt"));
    }

    @Test
    void utf16WithANulCharIsABinaryFile() throws IOException {
        Path nul = Files.writeString(dir.resolve("nul.txt"), "\uFEFFOk\n\u0000\n", StandardCharsets.UTF_16BE);

        Cli.Run run = Cli.run("parse", nul.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).isEqualTo("tgtext: " + nul + ": binary file (NUL char at byte offset 8)\n");
    }

    @Test
    void emptyFileIsAWarningAndAnEmptyDocument() throws IOException {
        Path empty = write("empty.txt", "");

        Cli.Run run = Cli.run("parse", empty.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("tgtext: warning: " + empty + ": empty input, no posts\n");
        assertThat(JSON.readTree(run.out()).get("posts")).isEmpty();
        assertThat(Cli.run("parse", "--quiet", empty.toString()).err()).isEmpty();
    }

    @Test
    void standardInputIsNamedDash() throws IOException {
        byte[] stdin = Files.readAllBytes(Path.of(corpusFile("embassy-usa-forwards.txt")));

        Cli.Run run = Cli.runWithStdin(stdin, "parse", "-");

        assertThat(run.exitCode()).isZero();
        JsonNode document = JSON.readTree(run.out());
        assertThat(document.get("source").asText()).isEqualTo("-");
        assertThat(document.get("posts")).hasSize(15);
    }

    @Test
    void strictExitsWithOneWhenAnInputHasErrorsAndStillWritesIt() throws IOException {
        Path damaged = write("damaged.txt", "Forwarded from A\nText.\nVIEW IN TELEGRAM\n");

        Cli.Run strict = Cli.run("parse", "--strict", damaged.toString());
        Cli.Run lenient = Cli.run("parse", damaged.toString());
        Cli.Run clean = Cli.run("parse", "--strict", corpusFile("embassy-usa-forwards.txt"));

        assertThat(strict.exitCode()).isEqualTo(ExitCode.INPUT_ERRORS);
        assertThat(JSON.readTree(strict.out()).get("diagnostics")).hasSize(1);
        assertThat(lenient.exitCode()).isZero();
        assertThat(clean.exitCode()).isZero();
    }

    @Test
    void outputOptionWritesToTheFile() throws IOException {
        Path target = dir.resolve("out.json");

        Cli.Run run = Cli.run("parse", "--output", target.toString(), corpusFile("embassy-usa-forwards.txt"));

        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(target.toFile()).get("posts")).hasSize(15);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run("parse", "--format", "xml", "x.txt").exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(Cli.run("parse").exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(Cli.run().exitCode()).isEqualTo(ExitCode.UNREADABLE);
    }

    @Test
    void helpDocumentsTheExitCodesAndVersionIsPrinted() {
        Cli.Run help = Cli.run("parse", "--help");
        Cli.Run version = Cli.run("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--format", "--strict", "--output", "Exit codes:", "2  usage error");
        assertThat(version.out()).startsWith("tgtext ");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String corpusFile(String name) {
        return Corpus.folder().resolve(name).toString();
    }

    private static JsonNode readLine(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
