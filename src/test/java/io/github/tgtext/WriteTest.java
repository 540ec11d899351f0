package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing a parsed export in its own layout gives back the lines it was parsed from. */
class WriteTest {

    static Stream<Path> exports() {
        return Corpus.exports().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void writingACorpusExportReproducesItsLines(Path export) throws IOException {
        ChannelExport parsed = TgText.parse(export);

        String written = TgText.write(parsed, parsed.layout());

        assertThat(written.lines()).containsExactlyElementsOf(Corpus.read(export).lines().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void parsingTheWrittenTextGivesTheSamePosts(Path export) throws IOException {
        ChannelExport parsed = TgText.parse(export);

        ChannelExport again = TgText.parse(TgText.write(parsed, parsed.layout()));

        assertThat(again.posts()).isEqualTo(parsed.posts());
        assertThat(again.header()).isEqualTo(parsed.header());
    }
}
