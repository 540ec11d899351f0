package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link TgTextParser#stream} yields the posts of {@link TgTextParser#parse}, lazily. */
class StreamTest {

    private final TgTextParser parser = TgText.parser().build();

    static Stream<Path> exports() {
        return Corpus.exports().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void streamYieldsTheParsedPosts(Path export) throws IOException {
        List<Post> streamed;
        try (Stream<Post> posts = parser.stream(export)) {
            streamed = posts.toList();
        }

        assertThat(streamed).isEqualTo(parser.parse(export).posts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void handlerHearsTheHeaderAndLayoutBeforeAnyPost(Path export) throws IOException {
        List<String> events = new ArrayList<>();
        ExportHandler handler = new ExportHandler() {
            @Override
            public void header(ChannelHeader header) {
                events.add("header");
            }

            @Override
            public void layout(Layout layout) {
                events.add("layout " + layout);
            }
        };
        try (Stream<Post> posts = parser.stream(export, handler)) {
            posts.forEach(p -> events.add("post"));
        }

        ChannelExport parsed = parser.parse(export);
        List<String> expected = new ArrayList<>();
        parsed.header().ifPresent(h -> expected.add("header"));
        expected.add("layout " + parsed.layout());
        parsed.posts().forEach(p -> expected.add("post"));
        assertThat(events).isEqualTo(expected);
    }

    @Test
    void closingTheStreamClosesTheReader() {
        AtomicBoolean closed = new AtomicBoolean();
        StringReader reader = new StringReader("Forwarded from A\nHi\n") {
            @Override
            public void close() {
                closed.set(true);
                super.close();
            }
        };

        parser.stream(reader).close();

        assertThat(closed).isTrue();
    }

    /**
     * Post 0 is clean, post 1 has a stray line (4), post 2 an undecodable byte (6). The blank
     * line 7 makes the layout spaced, so line 6 is read, and its byte found, while the layout is
     * decided, before post 0 is built.
     */
    private static final byte[] ERRORS_IN_POSTS_1_AND_2 = withByteFF(
            "Forwarded from A\nFirst post.\nForwarded from B\nVIEW IN TELEGRAM\nForwarded from C\nBad ",
            " byte.\n\nMore.\n");

    @Test
    void handlerHearsDiagnosticsInInputOrderEachJustBeforeItsPost() {
        List<String> events = new ArrayList<>();
        ExportHandler handler = new ExportHandler() {
            @Override
            public void diagnostic(Diagnostic d) {
                events.add("diagnostic " + d.line() + ":" + d.column());
            }
        };

        try (Stream<Post> posts = parser.stream(new ByteArrayInputStream(ERRORS_IN_POSTS_1_AND_2), handler)) {
            posts.forEach(p -> events.add("post " + p.index()));
        }

        assertThat(events).containsExactly("post 0", "diagnostic 4:1", "post 1", "diagnostic 6:5", "post 2");
    }

    @Test
    void strictStreamThrowsAtTheFirstErrorInInputOrderAfterThePostsBeforeIt() {
        TgTextParser strict = TgText.parser().strict(true).build();

        try (Stream<Post> posts = strict.stream(new ByteArrayInputStream(ERRORS_IN_POSTS_1_AND_2),
                ExportHandler.IGNORE)) {
            Iterator<Post> iterator = posts.iterator();
            assertThat(iterator.next().index()).isZero();
            assertThatThrownBy(iterator::next).isInstanceOfSatisfying(TgTextParseException.class, e -> {
                assertThat(e.diagnostics()).extracting(d -> d.line() + ":" + d.column()).containsExactly("4:1");
                assertThat(e.getMessage()).contains("error 4:1");
            });
        }
    }

    @Test
    void strictStreamCarriesTheErrorAndOnlyTheWarningsSinceTheLastPostItYielded() {
        // Two posts ended by the size limit (16,384 lines, docs/format.md), each with a warning;
        // a third, clean; then one with an error on line 32,780.
        String text = IntStream.range(0, 2 * 16_384 + 10).mapToObj(i -> "Line " + i).collect(Collectors.joining("\n"))
                + "\nForwarded from B\nVIEW IN TELEGRAM\n";
        List<Diagnostic> heard = new ArrayList<>();
        TgTextParser strict = TgText.parser().strict(true).build();

        try (Stream<Post> posts = strict.stream(new StringReader(text), new ExportHandler() {
            @Override
            public void diagnostic(Diagnostic d) {
                heard.add(d);
            }
        })) {
            Iterator<Post> iterator = posts.iterator();
            for (int index = 0; index < 3; index++) {
                assertThat(iterator.next().index()).isEqualTo(index);
            }
            assertThatThrownBy(iterator::next).isInstanceOfSatisfying(TgTextParseException.class, e ->
                    assertThat(e.diagnostics()).extracting(Diagnostic::line).as("what the exception carries")
                            .containsExactly(32_780));
        }
        assertThat(heard).extracting(d -> d.severity() + " " + d.line())
                .containsExactly("WARNING 16384", "WARNING 32768", "ERROR 32780");
    }

    private static byte[] withByteFF(String before, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        return bytes;
    }
}
