package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tgtext.Block;
import io.github.tgtext.Post;
import io.github.tgtext.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resolving a reply preview's snippet to the post it quotes. */
class ReplyIndexTest {

    private static Post post(int index, String... lines) {
        SourceSpan span = new SourceSpan(1, 1, 0, 0);
        return new Post(index, span, Optional.empty(), Optional.empty(), List.of(),
                List.of(new Block.Paragraph(List.of(lines), 0, span)), List.of(), Optional.empty());
    }

    @Test
    void findsTheMostRecentPostStartingWithTheSnippet() {
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "The Ministers agreed on the agenda."));
        index.remember(post(1, "Other news."));
        index.remember(post(2, "The Ministers agreed to meet again."));

        assertThat(index.find("The Ministers agreed…")).contains(2);
        assertThat(index.find("The Ministers agreed on…")).contains(0);
        assertThat(index.find("Nothing like this…")).isEmpty();
    }

    @Test
    void lineBreaksAndNoBreakSpacesFoldIntoSpaces() {
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "First line", "second\u00A0line"));

        assertThat(index.find("First line second line…")).contains(0);
    }

    @Test
    void emptySnippetMatchesNothing() {
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "Text."));

        assertThat(index.find("…")).isEmpty();
    }

    @Test
    void foldingKeepsTheStartOnly() {
        assertThat(ReplyIndex.fold(List.of("  a \n\n b\u00A0\tc  "))).isEqualTo("a b c");
        assertThat(ReplyIndex.fold(List.of("x".repeat(10_000)))).hasSize(ReplyIndex.KEY_LENGTH);
        assertThat(ReplyIndex.fold(List.of(" ".repeat(5_000) + "word"))).isEqualTo("word");
    }

    @Test
    void blocksAreJoinedAsIfByALineBreak() {
        assertThat(ReplyIndex.fold(List.of("First block.", "Second", "", " third "))).isEqualTo("First block. Second third");
    }
}
