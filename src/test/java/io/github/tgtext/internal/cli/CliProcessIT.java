package io.github.tgtext.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tgtext.Corpus;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged tool ({@code java -jar target/tgtext-cli.jar}) in a process of its own, writing
 * to a real full device and a real pipe: what an in-process run cannot show, since there
 * {@link System#out} is not involved and nothing is a pipe. Run by {@code mvn verify} after
 * the jar is built (surefire's execution {@code cli-process}, which passes its path).
 */
class CliProcessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FULL_DEVICE = Path.of("/dev/full");

    @TempDir
    static Path dir;

    /** The corpus exports repeated: a few MB, whose JSON Lines far outgrow a pipe's buffer. */
    private static Path big;

    @BeforeAll
    static void makeABigExport() throws IOException {
        big = dir.resolve("big.txt");
        byte[] export = Files.readAllBytes(Corpus.folder().resolve("russian-mfa-2025-02.txt"));
        for (int i = 0; i < 100; i++) {
            Files.write(big, export, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** What the process wrote and returned. */
    private record Ended(int exitCode, String out, String err) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "parse --format json",
        "parse --format jsonl",
        "parse --format tdesktop",
        "stats --format text",
        "stats --format json",
    })
    void aFullDiskIsOneLineNamingStandardOutputAndExitCodeThree(String command) throws Exception {
        assumeAFullDevice();
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(corpusFile());

        Ended ended = run(args, FULL_DEVICE.toFile());

        assertThat(ended.err()).isEqualTo("tgtext: cannot write to standard output: No space left on device\n");
        assertThat(ended.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
    }

    @Test
    void aFullDiskBehindOutputIsOneLineNamingTheFile() throws Exception {
        assumeAFullDevice();

        Ended ended = run(List.of("parse", "--output", FULL_DEVICE.toString(), corpusFile()), null);

        assertThat(ended.err()).isEqualTo("tgtext: cannot write to /dev/full: No space left on device\n");
        assertThat(ended.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
    }

    @Test
    void helpToAFullDiskIsReportedToo() throws Exception {
        assumeAFullDevice();

        Ended ended = run(List.of("parse", "--help"), FULL_DEVICE.toFile());

        assertThat(ended.err()).isEqualTo("tgtext: cannot write to standard output: No space left on device\n");
        assertThat(ended.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
    }

    /**
     * As {@code tgtext parse --format jsonl big.txt | head -1}: the reader takes one line and
     * closes the pipe while the tool has most of the output still to write. The tool learns it at
     * its next write, and stops there, quietly, with 141; before, it parsed to the end and exited 0.
     */
    @Test
    void aReaderThatGoesAwayStopsTheRunQuietlyWithExitCode141() throws Exception {
        File err = dir.resolve("pipe.err").toFile();
        Process process = new ProcessBuilder(command(List.of("parse", "--format", "jsonl", big.toString())))
                .redirectError(err).start();
        String firstLine;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            firstLine = out.readLine();
        }
        int exitCode = process.waitFor();

        assertThat(JSON.readTree(firstLine).get("kind").asText()).isEqualTo("input");
        assertThat(Files.readString(err.toPath())).as("standard error").isEmpty();
        assertThat(exitCode).isEqualTo(ExitCode.READER_GONE);
    }

    @Test
    void noReadableInputWritesNoDocumentForOneInputAndAnEmptyArrayForSeveral() throws Exception {
        String missing = dir.resolve("missing.txt").toString();

        Ended one = run(List.of("parse", missing), null);
        Ended several = run(List.of("parse", "--format", "tdesktop", missing, dir.resolve("gone.txt").toString()), null);

        assertThat(one.out()).as("standard output for one unreadable input").isEmpty();
        assertThat(one.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        JsonNode array = JSON.readTree(several.out());
        assertThat(array.isArray()).as("%s is an array", several.out()).isTrue();
        assertThat(array).isEmpty();
        assertThat(several.err()).hasLineCount(2);
    }

    @Test
    void utf16WithAByteOrderMarkIsParsed() throws Exception {
        Path utf16 = Files.writeString(dir.resolve("utf16.txt"),
                "\uFEFF" + Files.readString(Path.of(corpusFile())), StandardCharsets.UTF_16BE);

        Ended ended = run(List.of("parse", utf16.toString()), null);

        assertThat(ended.exitCode()).as(ended.err()).isZero();
        assertThat(JSON.readTree(ended.out()).get("posts")).hasSize(17);
    }

    private static void assumeAFullDevice() {
        assumeTrue(Files.exists(FULL_DEVICE), "this system has no " + FULL_DEVICE);
    }

    private static Ended run(List<String> args, File stdout) throws IOException, InterruptedException {
        File out = stdout != null ? stdout : Files.createTempFile(dir, "out", ".txt").toFile();
        File err = Files.createTempFile(dir, "err", ".txt").toFile();
        Process process = new ProcessBuilder(command(args)).redirectOutput(out).redirectError(err).start();
        process.getOutputStream().close();
        int exitCode = process.waitFor();
        return new Ended(exitCode, stdout != null ? "" : Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private static List<String> command(List<String> args) {
        String jar = System.getProperty("tgtext.cli.jar");
        assertThat(jar).as("system property tgtext.cli.jar, the packaged tool (set by the pom)").isNotNull();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(args);
        return command;
    }

    private static String corpusFile() {
        return Corpus.folder().resolve("russian-mfa-2025-02.txt").toString();
    }
}
