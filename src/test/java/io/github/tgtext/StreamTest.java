package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @Test
    void strictStreamThrowsAtTheFirstError() {
        TgTextParser strict = TgText.parser().strict(true).build();
        String text = "Forwarded from A\nFirst post.\nForwarded from B\nVIEW IN TELEGRAM\nForwarded from C\nThird.\n";

        try (Stream<Post> posts = strict.stream(new StringReader(text))) {
            var iterator = posts.iterator();
            assertThat(iterator.next().forwardedFrom()).contains("A");
            assertThatThrownBy(iterator::next)
                    .isInstanceOfSatisfying(TgTextParseException.class, e ->
                            assertThat(e.diagnostics()).anySatisfy(d -> assertThat(d.line()).isEqualTo(4)));
        }
    }
}
