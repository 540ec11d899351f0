package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Short lines that are not prose and recur unrecognised are reported as candidate new elements. */
class FormatDriftTest {

    @Test
    void aSignatureUnderEveryPostOfARealPageIsReported() throws IOException {
        ChannelExport export = TgText.parse(Corpus.folder().resolve("bbcpersian-page-2026-05.txt"));

        assertThat(export.recurringLines()).first().satisfies(line -> {
            assertThat(line.example()).isEqualTo("@BBCPersian");
            assertThat(line.count()).isEqualTo(13);
            assertThat(line.lines()).containsExactly(46, 57, 72, 91, 100);
        });
        assertThat(export.diagnostics()).as("a report, not a diagnostic").isEmpty();
    }

    @Test
    void linesOfTheSameShapeCountTogether() {
        String text = "First post.\nPart 1 of 3\n👍1\nSecond post.\nPart 2 of 3\n👍1\nThird post.\nPart 3 of 3\n👍1\n";

        assertThat(TgText.parse(text).recurringLines()).singleElement().satisfies(line -> {
            assertThat(line.shape()).isEqualTo("Part 0 of 0");
            assertThat(line.example()).isEqualTo("Part 1 of 3");
            assertThat(line.lines()).containsExactly(2, 5, 8);
        });
    }

    @Test
    void proseAndLinesInFewerThanThreePostsAreNotReported() {
        String text = "One.\nThe meeting took place.\n👍1\nTwo.\nThe meeting took place.\n👍1\nThree.\n"
                + "The meeting took place.\n👍1\nFour.\nSee you\n👍1\nFive.\nSee you\n👍1\n";

        assertThat(TgText.parse(text).recurringLines()).isEmpty();
    }

    @Test
    void streamingReportsThemAfterTheLastPost() throws IOException {
        List<String> heard = new ArrayList<>();
        String text = "A.\nPart 1\n👍1\nB.\nPart 2\n👍1\nC.\nPart 3\n👍1\n";
        try (Stream<Post> posts = TgText.parser().build().stream(new StringReader(text), new ExportHandler() {
            @Override
            public void recurringLines(List<RecurringLine> lines) {
                heard.add("recurring " + lines.size());
            }
        })) {
            posts.forEach(post -> heard.add("post " + post.index()));
        }

        assertThat(heard).containsExactly("post 0", "post 1", "post 2", "recurring 1");
    }
}
