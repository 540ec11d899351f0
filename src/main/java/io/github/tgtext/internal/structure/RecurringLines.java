package io.github.tgtext.internal.structure;

import io.github.tgtext.Block;
import io.github.tgtext.Post;
import io.github.tgtext.RecurringLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the text lines of an export's posts for short lines that are not prose and recur, the
 * same or of the same shape (digits aside), in several posts: lines that no element of the format
 * claimed, though they look like one. Bounded: at most {@value #SHAPES} shapes are watched.
 */
final class RecurringLines {

    /** Longer lines are prose. */
    static final int MAX_LENGTH = 48;

    /** A line of more words is prose. */
    static final int MAX_WORDS = 6;

    /** A shape is reported once it stood in this many posts. */
    static final int MIN_POSTS = 3;

    static final int SHAPES = 4096;

    private static final String SENTENCE_ENDS = ".!?…;,";

    private static final class Seen {
        final String example;
        int count;
        final List<Integer> lines = new ArrayList<>();
        /** Posts come in order, so counting changes of the post counts distinct posts. */
        int lastPost = -1;
        int posts;

        Seen(String example) {
            this.example = example;
        }
    }

    private final Map<String, Seen> shapes = new LinkedHashMap<>();

    /** Looks at the lines of a post's paragraphs. */
    void observe(Post post) {
        for (Block block : post.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                for (int i = 0; i < paragraph.lines().size(); i++) {
                    observe(paragraph.lines().get(i), paragraph.span().firstLine() + i, post.index());
                }
            }
        }
    }

    private void observe(String line, int number, int post) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || words(text) > MAX_WORDS
                || SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return;
        }
        String shape = shape(text);
        Seen seen = shapes.get(shape);
        if (seen == null) {
            if (shapes.size() >= SHAPES) {
                return;
            }
            seen = new Seen(line);
            shapes.put(shape, seen);
        }
        seen.count++;
        if (seen.lastPost != post) {
            seen.lastPost = post;
            seen.posts++;
        }
        if (seen.lines.size() < RecurringLine.LINES_KEPT) {
            seen.lines.add(number);
        }
    }

    /** @return how many runs of chars other than white space (as the regular expression \\s reads it) */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** @return the text with each run of ASCII digits written as one 0 */
    static String shape(String text) {
        StringBuilder shape = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                shape.append(c);
            } else if (i == 0 || !isDigit(text.charAt(i - 1))) {
                shape.append('0');
            }
        }
        return shape.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the shapes that recurred in enough posts, most frequent first */
    List<RecurringLine> found() {
        return shapes.entrySet().stream().filter(e -> e.getValue().posts >= MIN_POSTS)
                .map(e -> new RecurringLine(e.getKey(), e.getValue().example, e.getValue().count, e.getValue().lines))
                .sorted(Comparator.comparingInt(RecurringLine::count).reversed()).toList();
    }
}
