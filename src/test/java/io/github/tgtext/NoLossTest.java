package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of the input belongs to exactly one of: the header, one post, or an unrecognised
 * region outside the posts; and inside a post, every line is in a node of the post or in an
 * unrecognised region.
 */
class NoLossTest {

    static Stream<Path> exports() {
        return Corpus.exports().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void everyCorpusLineBelongsToExactlyOnePlace(Path export) throws IOException {
        String text = Corpus.read(export);
        ChannelExport parsed = TgText.parse(export);

        assertCoversEveryLineOnce(parsed, linesOf(text));
    }

    @Test
    void strayPlaceholderLinesAreUnrecognisedWithAnError() {
        String text = "Forwarded from A\nHello.\nVIEW IN TELEGRAM\nWorld.\n";

        ChannelExport parsed = TgText.parse(text);

        assertThat(parsed.unrecognised()).singleElement().satisfies(region -> {
            assertThat(region.lines()).containsExactly("VIEW IN TELEGRAM");
            assertThat(region.span().firstLine()).isEqualTo(3);
        });
        assertThat(parsed.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.text()).isEqualTo("VIEW IN TELEGRAM");
        });
        assertCoversEveryLineOnce(parsed, linesOf(text));
    }

    /** Found by the totality property: a "Download Telegram" first line was taken for a title. */
    @Test
    void fileStartingWithDownloadTelegramHasNoHeaderAndLosesNoLine() {
        String text = "Download Telegram\n   \n    \nDownload Telegram\n";

        ChannelExport parsed = TgText.parse(text);

        assertThat(parsed.header()).isEmpty();
        assertThat(parsed.diagnostics()).extracting(Diagnostic::line).contains(1, 4);
        assertThat(parsed.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("placeholder"));
        assertCoversEveryLineOnce(parsed, linesOf(text));
    }

    /** Checks the invariant; used by the property tests too. */
    static void assertCoversEveryLineOnce(ChannelExport parsed, List<String> inputLines) {
        int lineCount = inputLines.size();
        int[] owners = new int[lineCount + 1];
        parsed.header().ifPresent(h -> mark(owners, h.span()));
        parsed.posts().forEach(p -> mark(owners, p.span()));
        // An unrecognised region inside the header's or a post's span belongs to it already.
        parsed.unrecognised().stream()
                .filter(u -> parsed.posts().stream().noneMatch(p -> contains(p.span(), u.span())))
                .filter(u -> parsed.header().stream().noneMatch(h -> contains(h.span(), u.span())))
                .forEach(u -> mark(owners, u.span()));
        List<Integer> unowned = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        for (int line = 1; line <= lineCount; line++) {
            if (owners[line] == 0) {
                unowned.add(line);
            } else if (owners[line] > 1) {
                shared.add(line);
            }
        }
        assertThat(unowned).as("lines in no header, post or unrecognised region").isEmpty();
        assertThat(shared).as("lines in more than one place").isEmpty();
        for (Unrecognised region : parsed.unrecognised()) {
            assertThat(region.lines()).as("the text of unrecognised lines %d-%d", region.span().firstLine(),
                    region.span().lastLine())
                    .isEqualTo(inputLines.subList(region.span().firstLine() - 1, region.span().lastLine()));
        }
        for (Post post : parsed.posts()) {
            java.util.BitSet inNodes = new java.util.BitSet();
            nodeSpans(post, parsed.unrecognised()).forEach(span -> inNodes.set(span.firstLine(), span.lastLine() + 1));
            List<Integer> outsideNodes = new ArrayList<>();
            for (int line = post.span().firstLine(); line <= post.span().lastLine(); line++) {
                if (!inNodes.get(line) && !isBlank(inputLines.get(line - 1))) {
                    outsideNodes.add(line);
                }
            }
            assertThat(outsideNodes).as("non-blank lines of post %d in none of its nodes", post.index()).isEmpty();
        }
    }

    /** Blank as the format means it: nothing but spaces, tabs and no-break spaces. */
    private static boolean isBlank(String line) {
        return line.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\u00A0');
    }

    /** @return the input's lines as the parser counts them: LF, CRLF or CR end a line; a leading BOM is skipped */
    static List<String> linesOf(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(body.split("\r\n|\r|\n", -1)));
        if (body.endsWith("\n") || body.endsWith("\r")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<SourceSpan> nodeSpans(Post post, List<Unrecognised> unrecognised) {
        List<SourceSpan> spans = new ArrayList<>();
        post.author().ifPresent(a -> spans.add(lineOf(post.span(), 0)));
        // The forwarded line comes first, or second after the channel's name in a copy of the whole page.
        post.forwardedFrom().ifPresent(f -> spans.add(lineOf(post.span(), post.author().isPresent() ? 1 : 0)));
        post.replyTo().ifPresent(r -> spans.add(r.span()));
        post.media().forEach(m -> spans.add(m.span()));
        post.blocks().forEach(b -> spans.add(b.span()));
        post.echo().ifPresent(e -> spans.add(e.span()));
        post.linkPreview().ifPresent(l -> spans.add(l.span()));
        post.reactions().forEach(r -> spans.add(r.span()));
        post.footer().ifPresent(f -> spans.add(f.span()));
        unrecognised.stream().filter(u -> contains(post.span(), u.span())).forEach(u -> spans.add(u.span()));
        return spans;
    }

    private static SourceSpan lineOf(SourceSpan span, int k) {
        return new SourceSpan(span.firstLine() + k, span.firstLine() + k, span.startOffset(), span.startOffset());
    }


    private static boolean contains(SourceSpan outer, SourceSpan inner) {
        return outer.firstLine() <= inner.firstLine() && inner.lastLine() <= outer.lastLine();
    }

    private static void mark(int[] owners, SourceSpan span) {
        for (int line = span.firstLine(); line <= span.lastLine() && line < owners.length; line++) {
            owners[line]++;
        }
    }
}
