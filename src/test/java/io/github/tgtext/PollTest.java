package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A poll: its question, its kind, each option's share and text; the voters in the footer. From the page of @tginfoen. */
class PollTest {

    private static final String POLL = """
            Do you like the new Telegram for iOS design in the January update?

            This poll is specifically about the iPhone redesign.
            Anonymous Poll
            28%
            I like the Telegram redesign and Liquid Glass in general
            17%
            I don't like Liquid Glass design at all
            44%
            I don't have an iOS device
            🤡32👍20❤9
            1.15K voters11.7K viewsSominemo,\u00A013:03
            """;

    @Test
    void readsTheQuestionTheKindAndEachOptionsShare() {
        Post post = TgText.parse(POLL).posts().get(0);

        assertThat(post.blocks()).singleElement().isInstanceOfSatisfying(Block.Poll.class, poll -> {
            assertThat(poll.question()).isEqualTo("Do you like the new Telegram for iOS design in the January update?"
                    + "\n\nThis poll is specifically about the iPhone redesign.");
            assertThat(poll.kind()).isEqualTo("Anonymous Poll");
            assertThat(poll.options()).extracting(Block.Poll.Option::percent).containsExactly(28, 17, 44);
            assertThat(poll.options().get(2).text()).isEqualTo("I don't have an iOS device");
            assertThat(poll.span().firstLine()).isEqualTo(1);
            assertThat(poll.span().lastLine()).isEqualTo(10);
        });
        assertThat(post.reactions()).hasSize(3);
    }

    @Test
    void theFooterOfAPollCountsItsVoters() {
        Footer footer = TgText.parse(POLL).posts().get(0).footer().orElseThrow();

        assertThat(footer.voters().orElseThrow().value()).isEqualTo(1150);
        assertThat(footer.views().value()).isEqualTo(11_700);
        assertThat(footer.signature()).contains("Sominemo");
    }

    @Test
    void aPollKindWithoutSharesAfterItIsText() {
        Post post = TgText.parse("We asked:\n\nQuiz\n\nIt went well.\n👍1\n").posts().get(0);

        assertThat(post.blocks()).noneMatch(Block.Poll.class::isInstance);
        assertThat(post.text()).isEqualTo("We asked:\n\nQuiz\n\nIt went well.");
    }

    @Test
    void writingBackGivesThePollsLines() {
        ChannelExport export = TgText.parse(POLL);

        assertThat(TgText.write(export, export.layout())).isEqualTo(POLL);
    }
}
