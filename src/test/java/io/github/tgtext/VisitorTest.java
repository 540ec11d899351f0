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
}
