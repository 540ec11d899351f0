package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The visitor walks the whole tree in input order. */
class VisitorTest {

    @Test
    void visitorSeesEveryNodeInOrder() throws IOException {
        ChannelExport export = TgText.parse(Corpus.folder().resolve("forwards-compact-2022-2025.txt"));
        List<String> seen = new ArrayList<>();

        export.accept(new Visitor() {
            @Override
            public void visit(Post post) {
                seen.add("post " + post.index());
                Visitor.super.visit(post);
            }

            @Override
            public void visit(Echo echo) {
                seen.add("echo");
            }

            @Override
            public void visit(Reaction reaction) {
                seen.add(reaction.emoji().orElseThrow());
            }
        });

        assertThat(seen).startsWith("post 0", "echo", "❤", "👍", "post 1", "echo", "❤", "post 2");
        assertThat(seen.stream().filter(s -> s.startsWith("post"))).hasSize(export.posts().size());
    }

    @Test
    void visitorSeesThePageTopAndEachPostsPreviewAndFooter() throws IOException {
        ChannelExport export = TgText.parse(Corpus.folder().resolve("durov-en-select-all.txt"));
        List<String> seen = new ArrayList<>();

        export.accept(new Visitor() {
            @Override
            public void visit(PageTop top) {
                seen.add("page top");
            }

            @Override
            public void visit(LinkPreview preview) {
                seen.add("preview " + preview.siteName().orElseThrow());
            }

            @Override
            public void visit(Footer footer) {
                seen.add("footer " + footer.time());
            }
        });

        assertThat(seen).containsExactly("page top", "footer 22:36", "footer 14:09", "footer 21:27", "preview 9to5Mac",
                "footer 22:24");
    }
}
