package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line ends, byte-order marks, UTF-16, final line breaks, empty input, bad bytes and missing files. */
class InputTest {

    private static final String EXPORT = "Forwarded from A\nOne.\n\nTwo.\nForwarded from B\nThree.";

    @Test
    void crlfBomAndFinalLineBreakGiveTheSamePosts() {
        ChannelExport plain = TgText.parse(EXPORT);

        for (String variant : new String[] {EXPORT + "\n", EXPORT.replace("\n", "\r\n"),
                "\uFEFF" + EXPORT, "\uFEFF" + EXPORT.replace("\n", "\r\n") + "\r\n", EXPORT.replace("\n", "\r")}) {
            ChannelExport parsed = TgText.parse(variant);
            assertThat(parsed.posts()).extracting(Post::text).as(variant)
                    .isEqualTo(plain.posts().stream().map(Post::text).toList());
            assertThat(parsed.posts()).extracting(p -> p.span().firstLine() + "-" + p.span().lastLine())
                    .isEqualTo(plain.posts().stream().map(p -> p.span().firstLine() + "-" + p.span().lastLine()).toList());
        }
    }

    @Test
    void offsetsIndexTheDecodedInputIncludingTheBom() {
        String text = "\uFEFFForwarded from A\r\nOne.\r\n";

        Post post = TgText.parse(text).posts().get(0);

        Block block = post.blocks().get(0);
        assertThat(text.substring((int) block.span().startOffset(), (int) block.span().endOffset())).isEqualTo("One.");
        assertThat(text.substring((int) post.span().startOffset(), (int) post.span().endOffset()))
                .isEqualTo("Forwarded from A\r\nOne.");
    }

    @Test
    void emptyInputHasNothing() {
        ChannelExport export = TgText.parse("");

        assertThat(export.header()).isEmpty();
        assertThat(export.posts()).isEmpty();
        assertThat(export.unrecognised()).isEmpty();
        assertThat(export.diagnostics()).isEmpty();
    }

    /**
     * Every line belongs to a post, so blank lines make one, where an empty input has none; a
     * warning says that it has no text.
     */
    @Test
    void inputOfOnlyBlankLinesIsOnePostWithNoTextAndAWarning() {
        String text = "\n \n\u00A0\n";

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).singleElement().satisfies(post -> {
            assertThat(post.text()).isEmpty();
            assertThat(post.span().lineCount()).isEqualTo(3);
        });
        assertThat(export.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).isEqualTo("the post that starts on line 1 has no text, only 3 blank lines");
        });
        NoLossTest.assertCoversEveryLineOnce(export, NoLossTest.linesOf(text));
    }

    @Test
    void blankLinesAfterAReactionsLineAreAPostWithNoTextAndAWarning() {
        ChannelExport export = TgText.parse("Forwarded from A\nOne.\n👍1\n\n");

        assertThat(export.posts()).extracting(Post::text).containsExactly("One.", "");
        assertThat(export.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("warning 4:1: the post that starts on line 4 has no text, only 1 blank line");
    }

    @Test
    void invalidUtf8IsReplacedAndReportedWithItsByteOffset() throws IOException {
        byte[] good = "Forwarded from A\nBad ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 6];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3; // a lead byte without its continuation
        System.arraycopy(" ok.\n".getBytes(StandardCharsets.UTF_8), 0, bytes, good.length + 1, 5);

        ChannelExport export = TgText.parse(new ByteArrayInputStream(bytes, 0, good.length + 6));

        assertThat(export.posts().get(0).text()).isEqualTo("Bad \uFFFD ok.");
        assertThat(export.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(5);
            assertThat(d.byteOffset()).hasValue(good.length);
            assertThat(d.message()).contains("invalid UTF-8").contains("byte offset " + good.length);
        });
    }

    @Test
    void invalidUtf8InStrictModeThrows() {
        byte[] bytes = {'H', 'i', (byte) 0xFF, '\n'};
        TgTextParser strict = TgText.parser().strict(true).build();

        assertThatThrownBy(() -> strict.parse(new ByteArrayInputStream(bytes)))
                .isInstanceOfSatisfying(TgTextParseException.class,
                        e -> assertThat(e.diagnostics()).singleElement()
                                .satisfies(d -> assertThat(d.byteOffset()).hasValue(2)));
    }

    @Test
    void truncatedMultiByteSequenceAtTheEndIsReported() throws IOException {
        byte[] emoji = "👍".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = {'O', 'k', '.', '\n', emoji[0], emoji[1]};

        ChannelExport export = TgText.parse(new ByteArrayInputStream(bytes));

        assertThat(export.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.byteOffset()).hasValue(4);
        });
    }

    /** Some Windows tools write text as UTF-16 with a byte-order mark. */
    @Test
    void utf16WithAByteOrderMarkGivesThePostsOfUtf8() throws IOException {
        ChannelExport utf8 = TgText.parse(new ByteArrayInputStream(("\uFEFF" + EXPORT).getBytes(StandardCharsets.UTF_8)));

        for (java.nio.charset.Charset utf16 : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            ChannelExport parsed = TgText.parse(new ByteArrayInputStream(("\uFEFF" + EXPORT).getBytes(utf16)));
            assertThat(parsed).as(utf16.name()).isEqualTo(utf8);
            assertThat(parsed.diagnostics()).as(utf16.name()).isEmpty();
        }
    }

    @Test
    void undecodableUtf16IsReplacedAndReportedWithItsByteOffset() throws IOException {
        // A lone low surrogate, which a UTF-16 encoder would not write: its bytes are put in by hand.
        byte[] head = "\uFEFFForwarded from A\nBad ".getBytes(StandardCharsets.UTF_16LE);
        byte[] tail = " char.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length + 1] = (byte) 0xDC;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        int loneSurrogate = head.length;

        ChannelExport export = TgText.parse(new ByteArrayInputStream(bytes));

        assertThat(export.posts().get(0).text()).isEqualTo("Bad \uFFFD char.");
        assertThat(export.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(5);
            assertThat(d.byteOffset()).hasValue(loneSurrogate);
            assertThat(d.message()).startsWith("invalid UTF-16LE: 2 bytes at byte offset " + loneSurrogate);
        });
    }

    @Test
    void missingFileIsAnIOExceptionNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-export.txt");

        assertThatThrownBy(() -> TgText.parse(missing))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("no-such-export.txt");
    }

    @Test
    void fileAndStringGiveTheSameExport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.txt");
        Files.writeString(file, EXPORT);

        assertThat(TgText.parse(file)).isEqualTo(TgText.parse(EXPORT));
    }
}
