package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.Corpus;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Post;
import io.github.tgtext.Unrecognised;
import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.ExportGenerators;
import io.github.tgtext.generators.HostileText;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.lines.LineClassifier;
import io.github.tgtext.internal.lines.LineKind;
import io.github.tgtext.internal.input.Line;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file read in pieces on several threads gives what one pass over it gives: the same posts
 * (index, span, reply links and all), header, layout, unrecognised lines, recurring lines, and
 * the same diagnostics, told in the same order. Pieces are cut small, so that a file is cut at
 * every point where a post always begins.
 */
class SplitParseProperties {

    private static final ParserOptions OPTIONS = new ParserOptions(Optional.empty(), false, Set.of(), 2);

    @TempDir
    Path dir;

    /** What a reader gave, in the order it gave it. */
    private record Read(ChannelExport export, List<Object> told) {
    }

    @Test
    void generatedExportsReadInPiecesGiveWhatOnePassGives() {
        Coverage coverage = new Coverage("split parse, generated");
        qt().withExamples(Coverage.examples() / 2).forAll(ExportGenerators.longChannelTexts(), range(1, 400)).checkAssert((text, pieceBytes) -> {
            Path file = write(text.getBytes(StandardCharsets.UTF_8));
            assertSplitEqualsOnePass(file, pieceBytes);
            coverage.example();
            List<LineKind> cuts = cuts(file, pieceBytes);
            coverage.count("cut after reactions", cuts.contains(LineKind.REACTIONS));
            coverage.count("cut after a footer", cuts.contains(LineKind.FOOTER));
            coverage.count("cut before a forwarded line", cuts.contains(LineKind.FORWARDED));
        });
        coverage.assertEnough();
    }

    static List<Path> corpus() {
        return Corpus.exports();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusExportReadInPiecesGivesWhatOnePassGives(Path export) {
        for (int pieceBytes : List.of(1, 100, 5_000, 50_000)) {
            assertSplitEqualsOnePass(export, pieceBytes);
        }
        assertThat(cuts(export, 1)).as("points where %s can be cut", export.getFileName()).isNotEmpty();
    }

    @Test
    void hostileBytesReadInPiecesGiveWhatOnePassGives() {
        Coverage coverage = new Coverage("split parse, hostile");
        qt().withExamples(Coverage.examples() / 2).forAll(HostileText.bytesAroundReactions(), range(1, 60)).checkAssert((input, pieceBytes) -> {
            assertSplitEqualsOnePass(write(input), pieceBytes);
            coverage.example();
            coverage.count("not UTF-8", !StandardCharsets.UTF_8.newDecoder().decode(
                    java.nio.ByteBuffer.wrap(input), java.nio.CharBuffer.allocate(input.length * 2), true).isUnderflow());
        });
        coverage.assertEnough();
    }

    private static void assertSplitEqualsOnePass(Path file, int pieceBytes) {
        Read onePass = read(file, 0);
        Read split = read(file, pieceBytes);
        assertThat(split.export()).as("%s in pieces of %d bytes", file.getFileName(), pieceBytes)
                .isEqualTo(onePass.export());
        assertThat(split.told()).as("what was told, in order").isEqualTo(onePass.told());
    }

    /** @param pieceBytes 0 for one pass */
    private static Read read(Path file, int pieceBytes) {
        List<Object> told = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Unrecognised> unrecognised = new ArrayList<>();
        try (PostReader reader = pieceBytes == 0
                ? new ExportReader(new io.github.tgtext.internal.input.TextDecoder(Files.newInputStream(file)), OPTIONS,
                        d -> { told.add(d); diagnostics.add(d); }, u -> { told.add(u); unrecognised.add(u); })
                : new SplitReader(file, OPTIONS, 2, pieceBytes, d -> { told.add(d); diagnostics.add(d); },
                        u -> { told.add(u); unrecognised.add(u); })) {
            List<Post> posts = new ArrayList<>();
            for (Post post = reader.next(); post != null; post = reader.next()) {
                posts.add(post);
                told.add(post.index());
            }
            return new Read(new ChannelExport(reader.header(), posts, reader.layout(), unrecognised, diagnostics,
                    reader.recurringLines()), told);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the kind of line each cut follows (or, for a forwarded line, precedes) */
    private static List<LineKind> cuts(Path file, int pieceBytes) {
        try {
            ExportReader.FileStart start;
            try (ExportReader first = new ExportReader(new io.github.tgtext.internal.input.TextDecoder(
                    Files.newInputStream(file)), OPTIONS, d -> { }, u -> { })) {
                start = first.fileStart();
            }
            PieceCutter cutter = new PieceCutter(Files.newInputStream(file), label -> false, start.layout(),
                    start.channelName().isPresent(), pieceBytes);
            List<LineKind> cuts = new ArrayList<>();
            LineClassifier classifier = new LineClassifier(label -> false);
            String previousLast = null;
            for (PieceCutter.Piece piece = cutter.next(); piece != null && piece.rest() == null; piece = cutter.next()) {
                String[] lines = new String(piece.bytes(), 0, piece.length(), StandardCharsets.UTF_8).split("\r\n|\r|\n");
                if (previousLast != null && lines.length > 0) {
                    LineKind before = classifier.classify(new Line(1, 0, previousLast)).kind();
                    LineKind first = classifier.classify(new Line(1, 0, lines[0])).kind();
                    cuts.add(first == LineKind.FORWARDED && before != LineKind.REACTIONS && before != LineKind.FOOTER
                            ? first : before);
                }
                previousLast = lines.length == 0 ? previousLast : lines[lines.length - 1];
            }
            cutter.close();
            return cuts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(dir, "split", ".txt"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
