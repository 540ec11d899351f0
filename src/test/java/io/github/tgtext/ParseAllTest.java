package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tgtext.generators.SizedExports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parseAll}: many files at once, each parsed as {@code parse} would, in the given order. */
class ParseAllTest {

    @TempDir
    Path dir;

    @Test
    void eachFileIsParsedAsParseWouldInTheOrderGiven() throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            for (Path export : Corpus.exports()) {
                paths.add(export);
            }
        }
        paths.add(0, bigExport());
        TgTextParser parser = TgText.parser().build();
        List<ChannelExport> expected = new ArrayList<>();
        for (Path path : paths) {
            expected.add(parser.parse(path));
        }

        for (int threads : new int[] {1, 2, 4}) {
            List<ChannelExport> all = TgText.parser().parallelism(threads).build().parseAll(paths);

            assertThat(all).as("parseAll on %d threads", threads).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void oneLargeFileIsParsedInPiecesAsInOnePass() throws IOException {
        // Generated: a 6 MB export, large enough to be cut into pieces.
        Path large = SizedExports.file(SizedExports.Kind.GENERATED, Layout.COMPACT, 6_000_000, dir);
        ChannelExport onePass = TgText.parser().parallelism(1).build().parse(large);

        List<ChannelExport> inPieces = TgText.parser().parallelism(3).build().parseAll(List.of(large));

        assertThat(inPieces).containsExactly(onePass);
        assertThat(onePass.posts()).hasSizeGreaterThan(1_000);
    }

    @Test
    void anUnreadableFileThrowsItsIOException() throws IOException {
        Path missing = dir.resolve("missing.txt");
        List<Path> paths = List.of(Corpus.exports().get(0), missing, Corpus.exports().get(1));

        assertThatThrownBy(() -> TgText.parser().parallelism(2).build().parseAll(paths))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void strictModeThrowsForTheFirstFileWithErrors() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.txt"), "Title\n1 subscriber\nDownload Telegram\nVIEW IN TELEGRAM\n");
        List<Path> paths = List.of(Corpus.exports().get(0), broken);

        assertThatThrownBy(() -> TgText.parser().strict(true).parallelism(2).build().parseAll(paths))
                .isInstanceOf(TgTextParseException.class);
    }

    @Test
    void parallelismBelowOneIsRefused() {
        assertThatThrownBy(() -> TgText.parser().parallelism(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    /** Ten corpus exports in one file: slower than the others, so it finishes last if run first. */
    private Path bigExport() throws IOException {
        String text = Corpus.read(Corpus.exports().get(2));
        return Files.writeString(dir.resolve("big.txt"), text + text.substring(text.indexOf("Download Telegram\n")
                + "Download Telegram\n".length()).repeat(9));
    }
}
