package io.github.tgtext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.generators.Coverage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The shortcut for the common reactions line (each emoji's run one count, in the page's order)
 * reads every line as the search over all splits reads it.
 */
class ReactionCountsTest {

    private static final List<String> NUMBERS = List.of("0", "1", "5", "9", "12", "21", "55", "99", "120", "321",
            "999", "1000", "5321", "1.2K", "26.7K", "44.2K", "3.86K", "1K", "2.19M", "1M", "07", "1.25K", "999.99K");

    /** Counts whose digits can also be read as several counts in the page's order. */
    private static final List<String> SPLITTABLE = List.of("99", "55", "21", "321", "11", "999");

    private static final Pattern AS_SHOWN = Pattern.compile("[1-9][0-9]{0,2}|[1-9][0-9]{0,2}(\\.[0-9]{1,2})?[KM]");

    @Test
    void aCountAsShownIsWhatTheRegularExpressionMatches() {
        Coverage coverage = new Coverage("counts as shown");
        // Mostly the shape (one to four digits, maybe a decimal part, maybe K or M), a few times broken.
        Gen<String> texts = in -> {
            String text = pick(List.of("0", "1", "5", "9")).generate(in) + "0123".substring(0, range(0, 3).generate(in))
                    + (range(0, 1).generate(in) == 0 ? "." + "555".substring(0, range(0, 3).generate(in)) : "")
                    + pick(List.of("", "K", "M")).generate(in);
            if (range(0, 5).generate(in) == 0) {
                int at = range(0, text.length()).generate(in);
                text = text.substring(0, at) + pick(List.of(".", "K", "x", "")).generate(in) + text.substring(at);
            }
            return text;
        };
        qt().withExamples(Coverage.examples() * 4).forAll(texts).checkAssert(text -> {
            boolean shown = AS_SHOWN.matcher(text).matches();
            assertThat(ReactionCounts.shown("#" + text + "#", 1, text.length() + 1)).as("%s shown", text)
                    .isEqualTo(shown);
            coverage.example();
            coverage.count("shown", shown);
            coverage.count("with a decimal part", shown && text.contains("."));
        });
        coverage.assertEnough();
    }

    @Test
    void theShortcutReadsAsTheSearch() {
        Coverage coverage = new Coverage("reaction counts");
        Gen<ReactionCounts.Group> group = in -> {
            List<String> numbers = new ArrayList<>();
            // Mostly one number: a line of one count per emoji, in the page's order or out of it.
            for (int n = range(0, 3).generate(in) == 0 ? range(2, 3).generate(in) : 1; n > 0; n--) {
                numbers.add(pick(range(0, 1).generate(in) == 0 ? NUMBERS : SPLITTABLE).generate(in));
            }
            return new ReactionCounts.Group(pick(List.of("", "👍", "❤", "🔥")).generate(in), numbers, 0);
        };
        Gen<List<ReactionCounts.Group>> lines = in -> {
            List<ReactionCounts.Group> groups = new ArrayList<>();
            int column = 0;
            for (int n = range(1, 5).generate(in); n > 0; n--) {
                ReactionCounts.Group g = group.generate(in);
                groups.add(new ReactionCounts.Group(g.emoji(), g.numbers(), column));
                column += g.emoji().length() + g.run().length();
            }
            return groups;
        };
        qt().withExamples(Coverage.examples() * 4).forAll(lines).checkAssert(groups -> {
            ReactionCounts.Reading read = ReactionCounts.read(groups);
            assertThat(read).as("reading of %s", groups).isEqualTo(ReactionCounts.search(groups));
            coverage.example();
            coverage.count("one count per emoji", read.pieces().size() == groups.size());
            coverage.count("runs split", read.pieces().size() > groups.size());
            coverage.count("one number per emoji, split to follow the page's order",
                    groups.stream().allMatch(g -> g.numbers().size() == 1) && read.pieces().size() > groups.size());
        });
        coverage.assertEnough();
    }
}
