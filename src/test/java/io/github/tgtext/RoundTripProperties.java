package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.ExportGenerators;
import io.github.tgtext.generators.Spanless;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Laws that hold for every export the generators make (docs/testing.md maps each to the format
 * rule it guards). Each runs {@link Coverage#examples()} examples.
 */
class RoundTripProperties {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    void parsingWhatWasWrittenGivesTheExportBack(Layout layout) {
        Coverage coverage = new Coverage("round trip, " + layout, Coverage.notIn(layout));
        qt().withExamples(Coverage.examples()).forAll(ExportGenerators.exports(layout)).checkAssert(export -> {
            coverage.record(export);
            ChannelExport parsed = TgText.parse(TgText.write(export, layout));

            assertThat(parsed.diagnostics()).isEmpty();
            assertThat(parsed.unrecognised()).isEmpty();
            assertThat(Spanless.of(parsed)).isEqualTo(Spanless.of(export));
        });
        coverage.assertEnough();
    }

    @Test
    void writingIsIdempotent() {
        Coverage coverage = new Coverage("idempotent writing");
        qt().withExamples(Coverage.examples()).forAll(ExportGenerators.exports()).checkAssert(export -> {
            coverage.record(export);
            String written = TgText.write(export, export.layout());

            assertThat(TgText.write(TgText.parse(written), export.layout())).isEqualTo(written);
        });
        coverage.assertEnough();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    void concatenatedExportsGiveThePostsOfBoth(Layout layout) {
        Coverage coverage = new Coverage("concatenation, " + layout,
                java.util.stream.Stream.concat(Stream.of("header", "page copy", "footer", "text above media"),
                        Stream.of(Coverage.notIn(layout)))
                        .toArray(String[]::new));
        qt().withExamples(Coverage.examples())
                .forAll(ExportGenerators.exportsWithoutPageCopies(layout), ExportGenerators.headerlessExports(layout))
                .checkAssert((first, second) -> {
                    ChannelExport a = new ChannelExport(Optional.empty(), first.posts(), layout, List.of(), List.of(),
                            List.of());
                    coverage.record(a);
                    String text = withoutFinalLineBreak(TgText.write(a, layout)) + "\n" + TgText.write(second, layout);

                    List<Post> expected = new ArrayList<>(Spanless.posts(a.posts()));
                    second.posts().forEach(p -> expected.add(shifted(Spanless.of(p), a.posts().size())));
                    assertThat(Spanless.posts(TgText.parse(text).posts())).isEqualTo(expected);
                });
        coverage.assertEnough();
    }

    @Test
    void lineEndsAndFramingDoNotChangeThePosts() {
        Coverage coverage = new Coverage("line ends and framing");
        qt().withExamples(Coverage.examples()).forAll(ExportGenerators.exports()).checkAssert(export -> {
            coverage.record(export);
            String lf = withoutFinalLineBreak(TgText.write(export, export.layout()));
            ChannelExport reference = TgText.parse(lf);

            for (String variant : List.of(lf + "\n", lf.replace("\n", "\r\n"), lf.replace("\n", "\r\n") + "\r\n",
                    "\uFEFF" + lf, "\uFEFF" + lf.replace("\n", "\r\n") + "\r\n")) {
                ChannelExport parsed = TgText.parse(variant);
                assertThat(Spanless.posts(parsed.posts())).isEqualTo(Spanless.posts(reference.posts()));
                assertThat(lineNumbers(parsed)).isEqualTo(lineNumbers(reference));
            }
        });
        coverage.assertEnough();
    }

    @Test
    void streamingYieldsThePostsOfParsing() {
        Coverage coverage = new Coverage("streaming equals parsing");
        TgTextParser parser = TgText.parser().build();
        qt().withExamples(Coverage.examples()).forAll(ExportGenerators.exports()).checkAssert(export -> {
            coverage.record(export);
            String text = TgText.write(export, export.layout());

            List<Post> streamed;
            try (Stream<Post> posts = parser.stream(new StringReader(text))) {
                streamed = posts.toList();
            }
            assertThat(streamed).isEqualTo(parser.parse(text).posts());
        });
        coverage.assertEnough();
    }

    /** Line numbers of every post and block, which spanless comparison leaves out. */
    private static List<String> lineNumbers(ChannelExport export) {
        List<String> lines = new ArrayList<>();
        export.header().ifPresent(h -> lines.add("header " + h.span().firstLine() + "-" + h.span().lastLine()));
        for (Post post : export.posts()) {
            lines.add("post " + post.span().firstLine() + "-" + post.span().lastLine());
            post.blocks().forEach(b -> lines.add("block " + b.span().firstLine() + "-" + b.span().lastLine()));
        }
        return lines;
    }

    private static Post shifted(Post post, int by) {
        return new Post(post.index() + by, post.span(), post.author(), post.forwardedFrom(),
                post.replyTo().map(r -> new ReplyPreview(r.author(), r.snippet(), r.postIndex().map(i -> i + by),
                        r.span())),
                post.media(), post.blocks(), post.reactions(), post.echo(), post.textAboveMedia(), post.linkPreview(),
                post.footer());
    }

    private static String withoutFinalLineBreak(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
