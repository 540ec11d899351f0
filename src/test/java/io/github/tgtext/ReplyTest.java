package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reply previews: author and snippet at a post's start, resolved to the post when it is in the file. */
class ReplyTest {

    @Test
    void replyPreviewResolvesToTheQuotedPost() {
        String text = """
                The Ministers agreed to continue the talks.
                👍1
                Russian MFA
                The Ministers agreed to…
                We add that the talks went well.
                """;

        ChannelExport export = TgText.parse(text);

        Post reply = export.posts().get(1);
        assertThat(reply.replyTo()).hasValueSatisfying(preview -> {
            assertThat(preview.author()).isEqualTo("Russian MFA");
            assertThat(preview.snippet()).isEqualTo("The Ministers agreed to…");
            assertThat(preview.postIndex()).contains(0);
            assertThat(preview.span().firstLine()).isEqualTo(3);
            assertThat(preview.span().lastLine()).isEqualTo(4);
        });
        assertThat(reply.text()).isEqualTo("We add that the talks went well.");
    }

    @Test
    void snippetFoldsLineBreaksOfTheQuotedPost() {
        String text = """
                First line of the post
                second line here.
                👍1
                Author
                First line of the post second…
                Reply text.
                """;

        Post reply = TgText.parse(text).posts().get(1);

        assertThat(reply.replyTo().orElseThrow().postIndex()).contains(0);
    }

    @Test
    void replyToAPostNotInTheFileHasNoIndex() {
        String text = """
                Some Author
                A post that is not in this export…
                My reply.
                """;

        Post reply = TgText.parse(text).posts().get(0);

        assertThat(reply.replyTo()).hasValueSatisfying(preview -> {
            assertThat(preview.author()).isEqualTo("Some Author");
            assertThat(preview.postIndex()).isEmpty();
        });
    }

    @Test
    void replyPreviewAfterFinishedProseStartsAPostInTheSpacedLayout() {
        String text = """
                The earlier post.

                It ends here.
                Russian MFA
                The earlier post.…
                Reply body.
                """;

        ChannelExport export = TgText.parse(text);

        assertThat(export.posts()).hasSize(2);
        assertThat(export.posts().get(1).replyTo().orElseThrow().postIndex()).contains(0);
    }
}
