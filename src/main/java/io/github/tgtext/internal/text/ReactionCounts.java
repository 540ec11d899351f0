package io.github.tgtext.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Splits a reactions line's runs of counts into counts. A reaction whose emoji the text cannot
 * show (a custom emoji, a paid star) is its count alone, so counts can stand side by side:
 * {@code 26.7K44.2K25.4K}, {@code 1👍2.4K}, or {@code 👍12} followed by counts only. Such a run
 * can often be split more than one way ({@code 5321} is 532 and 1, or 53 and 21, ...).
 *
 * <p>The split chosen is the one that reads as the page shows reactions: each count as
 * Telegram writes one (below 1,000 in full, without a leading zero; above, one to three digits,
 * maybe two decimals, and {@code K} or {@code M}), in the page's order (the counts do not
 * increase, except that the first may be a paid reaction, which shows no emoji), with as few
 * counts as that allows. If no split reads so, each count the lexer found is one reaction. When
 * more than one split reads equally well, the reading is {@linkplain Reading#ambiguous()
 * ambiguous}: the first of them, with the longest counts first, is taken, and the caller warns.
 */
public final class ReactionCounts {

    /** A shown count is at most this long ("999.99K"). */
    private static final int LONGEST_SHOWN = 7;

    /**
     * Counts written together, maybe behind an emoji, as the line's tokens give them.
     *
     * @param emoji   the emoji before the run, or "" for none
     * @param numbers the run's number tokens, in order
     * @param column  0-based char column where the group (its emoji, if any) starts
     */
    public record Group(String emoji, List<String> numbers, int column) {
        String run() {
            return String.join("", numbers);
        }
    }

    /**
     * One reaction as written.
     *
     * @param emoji  its emoji, or "" where the text shows none
     * @param count  the count as shown
     * @param column 0-based char column where the reaction starts (its emoji, if any)
     */
    public record Piece(String emoji, String count, int column) {
    }

    /**
     * @param pieces    the reactions, in order
     * @param ambiguous true if another split would have read as well
     */
    public record Reading(List<Piece> pieces, boolean ambiguous) {
    }

    private ReactionCounts() {
    }

    /**
     * @param groups the line's groups, in order
     * @return the reactions they are read as
     */
    public static Reading read(List<Group> groups) {
        List<Piece> whole = wholeRuns(groups);
        return whole != null ? new Reading(whole, false) : search(groups);
    }

    /** The reading found by trying every split: what {@link #read} gives, the slow way. */
    static Reading search(List<Group> groups) {
        Best best = new Splitter(groups).best(0, 0, 0, false);
        if (best == null) {
            return new Reading(byToken(groups), false);
        }
        return new Reading(best.pieces(groups), best.ways > 1);
    }

    /**
     * The common line, where each emoji's run is one count as shown, in the page's order: no other
     * split reads as well, since any other has more counts. Reading it so spares the search.
     *
     * @return each run as one count, or null if the runs do not read so
     */
    private static List<Piece> wholeRuns(List<Group> groups) {
        List<Piece> pieces = new ArrayList<>(groups.size());
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            String run = group.numbers().size() == 1 ? group.numbers().get(0) : group.run();
            if (!shown(run, 0, run.length())) {
                return null;
            }
            long value = CountParser.parse(run).orElseThrow().value();
            // The first count may be a paid reaction, which shows no emoji: the next need not follow it.
            boolean exempt = i == 1 && groups.get(0).emoji().isEmpty();
            if (i > 0 && !exempt && value > previous) {
                return null;
            }
            previous = value;
            pieces.add(new Piece(group.emoji(), run, group.column()));
        }
        return pieces;
    }

    /**
     * @return true if the chars from {@code from} to {@code to} are one count as Telegram shows
     *         it: {@code [1-9][0-9]{0,2}}, or that with {@code (\.[0-9]{1,2})?} and {@code K} or
     *         {@code M} after it
     */
    static boolean shown(String text, int from, int to) {
        int i = from;
        if (i >= to || text.charAt(i) < '1' || text.charAt(i) > '9') {
            return false;
        }
        i = digits(text, i + 1, to, 2);
        if (i == to) {
            return true;
        }
        if (text.charAt(i) == '.') {
            int fraction = digits(text, i + 1, to, 2);
            if (fraction == i + 1) {
                return false;
            }
            i = fraction;
        }
        return i == to - 1 && (text.charAt(i) == 'K' || text.charAt(i) == 'M');
    }

    /** @return where a run of at most {@code most} ASCII digits from {@code from} on ends */
    private static int digits(String text, int from, int to, int most) {
        int i = from;
        while (i < to && i - from < most && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Each number as long as it can be read one count: the reading when none follows the page. */
    private static List<Piece> byToken(List<Group> groups) {
        List<Piece> pieces = new ArrayList<>();
        for (Group group : groups) {
            Matcher number = CountParser.SHAPE.matcher(group.run());
            while (number.find()) {
                int column = group.column() + group.emoji().length() + number.start();
                pieces.add(number.start() == 0 ? new Piece(group.emoji(), number.group(), group.column())
                        : new Piece("", number.group(), column));
            }
        }
        return pieces;
    }

    /**
     * The best split of the rest of the line from a position on: how many counts it has, in how
     * many ways that least number can be reached (2 stands for "more than one"), and its first
     * count.
     */
    private record Best(int counts, int ways, int group, int from, int to, Best rest) {
        List<Piece> pieces(List<Group> groups) {
            List<Piece> pieces = new ArrayList<>();
            for (Best step = this; step != null && step.to > step.from; step = step.rest) {
                Group g = groups.get(step.group);
                String count = g.run().substring(step.from, step.to);
                int column = g.column() + g.emoji().length() + step.from;
                pieces.add(step.from == 0 ? new Piece(g.emoji(), count, g.column()) : new Piece("", count, column));
            }
            return pieces;
        }
    }

    /** Where a split goes on from, with what the counts after it must follow. */
    private record Key(int group, int from, long previous, boolean exempt) {
    }

    private static final class Splitter {
        private final List<Group> groups;
        private final List<String> runs = new ArrayList<>();
        private final Map<Key, Best> memo = new HashMap<>();
        private static final Best NONE = new Best(-1, 0, 0, 0, 0, null);

        Splitter(List<Group> groups) {
            this.groups = groups;
            groups.forEach(g -> runs.add(g.run()));
        }

        /**
         * @param previous the value of the count before, if any
         * @param exempt   true if the count before was a paid reaction, which the next need not follow
         * @return the best split from {@code from} in group {@code group} on, or null if none reads as shown
         */
        Best best(int group, int from, long previous, boolean exempt) {
            if (from == runs.get(group).length()) {
                return group == runs.size() - 1 ? new Best(0, 1, group, from, from, null)
                        : best(group + 1, 0, previous, exempt);
            }
            Key key = new Key(group, from, previous, exempt);
            Best known = memo.get(key);
            if (known != null) {
                return known == NONE ? null : known;
            }
            boolean first = group == 0 && from == 0;
            String run = runs.get(group);
            Best best = null;
            for (int to = Math.min(run.length(), from + LONGEST_SHOWN); to > from; to--) {
                if (!shown(run, from, to)) {
                    continue;
                }
                String count = run.substring(from, to);
                long value = CountParser.parse(count).orElseThrow().value();
                if (!first && !exempt && value > previous) {
                    continue;
                }
                Best rest = best(group, to, value, first && groups.get(0).emoji().isEmpty());
                if (rest == null) {
                    continue;
                }
                if (best == null || rest.counts + 1 < best.counts) {
                    best = new Best(rest.counts + 1, rest.ways, group, from, to, rest);
                } else if (rest.counts + 1 == best.counts) {
                    best = new Best(best.counts, Math.min(2, best.ways + rest.ways), best.group, best.from, best.to,
                            best.rest);
                }
            }
            memo.put(key, best == null ? NONE : best);
            return best;
        }
    }
}
