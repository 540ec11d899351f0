package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.tgtext.Block;
import io.github.tgtext.Post;
import io.github.tgtext.SourceSpan;
import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.ExportGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Resolving a reply preview's snippet to the post it quotes. */
class ReplyIndexTest {

    private final ReplyIndex.Folder folder = new ReplyIndex.Folder();

    private static Post post(int index, String... lines) {
        return post(index, new Block.Paragraph(List.of(lines), 0, new SourceSpan(1, 1, 0, 0)));
    }

    private static Post post(int index, Block text) {
        return new Post(index, text.span(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(text), List.of(), Optional.empty(), false, Optional.empty(), Optional.empty());
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
    void aBulletIsFoldedAsItsTextReads() {
        SourceSpan span = new SourceSpan(1, 1, 0, 0);
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, new Block.Bullet("⚡️", "", "Welcome back!", 0, span)));
        index.remember(post(1, new Block.Bullet("🔹", "\u00A0", "Ukrainian crisis", 0, span)));

        assertThat(index.find("⚡️Welcome…")).as("no space between a marker and its text").contains(0);
        assertThat(index.find("🔹 Ukrainian…")).as("the gap folds into a space").contains(1);
    }

    @Test
    void foldingAPostsBlocksIsFoldingItsText() {
        Coverage coverage = new Coverage("folded posts");
        qt().withExamples(Coverage.examples() / 5).forAll(ExportGenerators.exports()).checkAssert(export -> {
            for (Post post : export.posts()) {
                char[] into = new char[3 * ReplyIndex.KEY_LENGTH];
                Arrays.fill(into, '#');
                int length = folder.fold(post, into, ReplyIndex.KEY_LENGTH);
                assertThat(new String(into, ReplyIndex.KEY_LENGTH, length)).as("post %d", post.index())
                        .isEqualTo(folder.fold(List.of(post.text())));
                assertThat(new String(into, 0, ReplyIndex.KEY_LENGTH) + new String(into, ReplyIndex.KEY_LENGTH + length,
                        2 * ReplyIndex.KEY_LENGTH - length)).as("chars outside post %d's key", post.index())
                        .matches("#*");
            }
            coverage.example();
            coverage.count("bullets", export.posts().stream().flatMap(p -> p.blocks().stream())
                    .anyMatch(Block.Bullet.class::isInstance));
            coverage.count("posts longer than a key", export.posts().stream()
                    .anyMatch(p -> p.text().length() > ReplyIndex.KEY_LENGTH));
        });
        coverage.assertEnough();
    }

    @Test
    void onlyTheLastCapacityPostsAreRemembered() {
        ReplyIndex index = new ReplyIndex();
        for (int i = 0; i <= ReplyIndex.CAPACITY; i++) {
            index.remember(post(i, "Post " + i + "."));
        }

        assertThat(index.find("Post 0.…")).as("the oldest, forgotten").isEmpty();
        assertThat(index.find("Post 1.…")).contains(1);
        assertThat(index.find("Post " + ReplyIndex.CAPACITY + ".…")).contains(ReplyIndex.CAPACITY);
    }

    @Test
    void aPostLookedUpBeforeIsForgottenInItsTurn() {
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "Post 0."));
        assertThat(index.find("Post 0.…")).contains(0);
        for (int i = 1; i <= ReplyIndex.CAPACITY; i++) {
            index.remember(post(i, "Post " + i + "."));
            if (i == ReplyIndex.CAPACITY / 2) {
                assertThat(index.find("Post " + i + ".…")).contains(i);
            }
        }

        assertThat(index.find("Post 0.…")).isEmpty();
        assertThat(index.find("Post 1.…")).contains(1);
        assertThat(index.find("Post " + ReplyIndex.CAPACITY / 2 + ".…")).contains(ReplyIndex.CAPACITY / 2);
    }

    @Test
    void aNewerPostWithTheSameStartWinsWhateverWasLookedUpBetween() {
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "Same start."));
        assertThat(index.find("Same…")).contains(0);
        index.remember(post(1, "Same start."));
        index.remember(post(2, "Same start."));

        assertThat(index.find("Same…")).contains(2);
    }

    @Test
    void aSnippetShorterThanAGroupKeyFindsTheMostRecentPostStartingWithIt() {
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "Yes, we agree."));
        index.remember(post(1, "No."));
        index.remember(post(2, "Yes."));
        index.remember(post(3, "Other news."));

        assertThat(index.find("Yes…")).contains(2);
        assertThat(index.find("Yes,…")).contains(0);
        assertThat(index.find("No.…")).contains(1);
        assertThat(index.find("No. Really…")).isEmpty();
    }

    @Test
    void postsSharingAGroupKeyAreToldApartByTheWholeSnippet() {
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "Breaking: talks in Geneva."));
        index.remember(post(1, "Breaking: talks in Moscow."));
        index.remember(post(2, "Breaking: storm."));

        assertThat(index.find("Breaking: talks in G…")).contains(0);
        assertThat(index.find("Breaking: talks…")).contains(1);
        assertThat(index.find("Breaking…")).contains(2);
        assertThat(index.find("Breaking: talks in Kyiv…")).isEmpty();
    }

    @Test
    void postsWhoseGroupKeysHashAlikeAreToldApart() {
        // "Aa" and "BB" hash alike in Java's string hash, which the index's chains use too.
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "AaAaAaAa first"));
        index.remember(post(1, "BBBBBBBB second"));

        assertThat(index.find("AaAaAaAa…")).contains(0);
        assertThat(index.find("BBBBBBBB…")).contains(1);
        assertThat(index.find("AaAaBBBB…")).isEmpty();
    }

    /**
     * The index against the simplest model of it: the last few posts' keys ({@link ReplyKeys}, as a
     * data source resolving replies across the ranges of a file uses them), scanned newest first.
     * Capacities up to 100 let the ring both grow (it starts smaller) and wrap.
     */
    @Test
    void findsWhatScanningTheLastCapacityPostsNewestFirstFinds() {
        String cut = ReplyPreviews.CUT_MARK;
        Gen<String> texts = lists().of(pick(List.of("a", "b", "ab", " ", "\u00A0", "Aa", "BB", "abcdefgh", cut)))
                .ofSizeBetween(0, 6).map(words -> String.join("", words));
        qt().withExamples(Coverage.examples() / 5)
                .forAll(integers().between(1, 100), lists().of(texts).ofSizeBetween(1, 250))
                .checkAssert((capacity, steps) -> {
                    ReplyIndex index = new ReplyIndex(capacity);
                    record Remembered(String start, int post) {
                    }
                    List<Remembered> remembered = new ArrayList<>();
                    for (int i = 0; i < steps.size(); i++) {
                        String text = steps.get(i);
                        if (i % 3 == 2) {
                            String snippet = ReplyKeys.ofSnippet(text);
                            Optional<Integer> expected = Optional.empty();
                            for (int k = remembered.size() - 1; k >= Math.max(0, remembered.size() - capacity); k--) {
                                if (ReplyKeys.quotes(snippet, remembered.get(k).start())) {
                                    expected = Optional.of(remembered.get(k).post());
                                    break;
                                }
                            }
                            assertThat(index.find(text)).as("capacity %d, looking up \"%s\" after %s", capacity,
                                    text, steps.subList(0, i)).isEqualTo(expected);
                        } else {
                            index.remember(post(i, text));
                            String start = ReplyKeys.of(post(i, text));
                            assertThat(start).as("key of \"%s\"", text).isEqualTo(folder.fold(List.of(text)));
                            if (!start.isEmpty()) {
                                remembered.add(new Remembered(start, i));
                            }
                        }
                    }
                });
    }

    @Test
    void emptySnippetMatchesNothing() {
        ReplyIndex index = new ReplyIndex();
        index.remember(post(0, "Text."));

        assertThat(index.find("…")).isEmpty();
    }

    @Test
    void foldingKeepsTheStartOnly() {
        assertThat(folder.fold(List.of("  a \n\n b\u00A0\tc  "))).isEqualTo("a b c");
        assertThat(folder.fold(List.of("x".repeat(10_000)))).hasSize(ReplyIndex.KEY_LENGTH);
        assertThat(folder.fold(List.of("x".repeat(ReplyIndex.KEY_LENGTH - 1) + " yz")))
                .as("a space that would leave no room for the char after it")
                .isEqualTo("x".repeat(ReplyIndex.KEY_LENGTH - 1));
        assertThat(folder.fold(List.of(" ".repeat(5_000) + "word"))).isEqualTo("word");
    }

    @Test
    void blocksAreJoinedAsIfByALineBreak() {
        assertThat(folder.fold(List.of("First block.", "Second", "", " third "))).isEqualTo("First block. Second third");
    }
}
