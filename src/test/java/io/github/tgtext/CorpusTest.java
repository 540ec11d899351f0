package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real export in src/test/resources/corpus parses exactly as its hand-checked
 * NAME.expected.json says, field by field.
 */
class CorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> exports() throws IOException {
        return Corpus.exports().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void parsesAsHandChecked(Path export) throws IOException {
        JsonNode expected = JSON.readTree(Corpus.expectationsOf(export).toFile());
        ChannelExport parsed = TgText.parse(export);
        SoftAssertions softly = new SoftAssertions();

        softly.assertThat(parsed.layout()).as("layout").isEqualTo(
                Layout.valueOf(expected.get("dialect").asText().toUpperCase(java.util.Locale.ROOT)));
        checkHeader(softly, expected.get("channel"), parsed.header());
        softly.assertThat(parsed.posts()).as("number of posts").hasSize(expected.get("posts").size());
        for (JsonNode want : expected.get("posts")) {
            int index = want.get("index").asInt();
            if (index >= parsed.posts().size()) {
                continue;
            }
            checkPost(softly, want, parsed.posts().get(index));
        }
        softly.assertThat(parsed.diagnostics()).as("diagnostics").isEmpty();
        softly.assertAll();
    }

    private static void checkHeader(SoftAssertions softly, JsonNode want, Optional<ChannelHeader> got) {
        if (want == null || want.isNull()) {
            softly.assertThat(got).as("header").isEmpty();
            return;
        }
        softly.assertThat(got).as("header").isPresent();
        got.ifPresent(header -> {
            softly.assertThat(header.title()).as("header title").isEqualTo(want.get("title").asText());
            softly.assertThat(value(header.subscribers())).as("subscribers").isEqualTo(number(want.get("subscribers")));
            softly.assertThat(value(header.photos())).as("photos").isEqualTo(number(want.get("photos")));
            softly.assertThat(value(header.videos())).as("videos").isEqualTo(number(want.get("videos")));
            softly.assertThat(value(header.files())).as("files").isEqualTo(number(want.get("files")));
            softly.assertThat(value(header.links())).as("links").isEqualTo(number(want.get("links")));
            softly.assertThat(header.descriptionText()).as("description")
                    .startsWith(want.get("descriptionFirstLine").asText());
        });
    }

    private static void checkPost(SoftAssertions softly, JsonNode want, Post got) {
        String post = "post " + got.index() + " ";
        softly.assertThat(got.span().firstLine()).as(post + "first line").isEqualTo(want.get("startLine").asInt());
        softly.assertThat(got.span().lastLine()).as(post + "last line").isEqualTo(want.get("endLine").asInt());
        softly.assertThat(got.forwardedFrom().orElse(null)).as(post + "forwardedFrom")
                .isEqualTo(want.get("forwardedFrom").isNull() ? null : want.get("forwardedFrom").asText());
        List<String> media = new ArrayList<>();
        want.get("media").forEach(m -> media.add(m.asText()));
        softly.assertThat(got.media()).as(post + "media")
                .extracting(m -> m.kind().name().toLowerCase(java.util.Locale.ROOT)).containsExactlyElementsOf(media);
        softly.assertThat(got.echo().isPresent()).as(post + "echo").isEqualTo(want.get("echo").asBoolean());
        List<String> reactions = new ArrayList<>();
        want.get("reactions").forEach(r -> reactions.add(r.get(0).asText() + "=" + r.get(1).asText()));
        softly.assertThat(got.reactions()).as(post + "reactions")
                .extracting(r -> r.emoji().orElse("null") + "=" + r.count().text()).containsExactlyElementsOf(reactions);
        JsonNode reply = want.get("reply");
        if (reply.isNull()) {
            softly.assertThat(got.replyTo()).as(post + "reply").isEmpty();
        } else {
            softly.assertThat(got.replyTo()).as(post + "reply").isPresent();
            got.replyTo().ifPresent(r -> {
                softly.assertThat(r.author()).as(post + "reply author").isEqualTo(reply.get("author").asText());
                softly.assertThat(r.snippet()).as(post + "reply snippet").startsWith(reply.get("snippetStart").asText());
                softly.assertThat(r.postIndex().orElse(null)).as(post + "reply target")
                        .isEqualTo(reply.get("postIndex").isNull() ? null : reply.get("postIndex").asInt());
            });
        }
        softly.assertThat(got.text()).as(post + "text").startsWith(want.get("firstLine").asText());
    }

    private static Long value(Optional<Count> count) {
        return count.map(Count::value).orElse(null);
    }

    private static Long number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asLong();
    }
}
