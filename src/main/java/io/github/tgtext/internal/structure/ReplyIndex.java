package io.github.tgtext.internal.structure;

import io.github.tgtext.Block;
import io.github.tgtext.Post;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a reply preview to the post it quotes: the most recent earlier post whose text,
 * line breaks folded into spaces, starts with the preview's snippet.
 *
 * <p>Bounded: it remembers the start ({@value #KEY_LENGTH} chars) of the last
 * {@value #CAPACITY} posts, so memory does not grow with the input.
 *
 * <p>Posts are grouped by the first {@value #GROUP_KEY_LENGTH} chars of their start, and a
 * snippet is looked for in its group, newest post first; a snippet shorter than that is looked
 * for among all remembered posts, newest first. Most exports hold no reply preview at all, so
 * posts are put into their groups only when a snippet is looked up, the ones remembered since
 * the last lookup at a time.
 */
final class ReplyIndex {

    static final int CAPACITY = 10_000;
    static final int KEY_LENGTH = 256;
    static final int GROUP_KEY_LENGTH = 8;

    private record Remembered(String start, int post, String group) {
        Remembered(String start, int post) {
            this(start, post, start.length() <= GROUP_KEY_LENGTH ? start : start.substring(0, GROUP_KEY_LENGTH));
        }
    }

    /** Oldest first; the newest {@link #ungrouped} are in no group yet. */
    private final Deque<Remembered> remembered = new ArrayDeque<>();
    private int ungrouped;
    /** Each group oldest first, as {@link #remembered} is, so the oldest leaves first. */
    private final Map<String, Deque<Remembered>> groups = new HashMap<>();
    private final Folder folder = new Folder();

    void remember(Post post) {
        String start = folder.fold(post);
        if (start.isEmpty()) {
            return;
        }
        remembered.addLast(new Remembered(start, post.index()));
        ungrouped++;
        if (remembered.size() > CAPACITY) {
            Remembered oldest = remembered.removeFirst();
            if (ungrouped > remembered.size()) {
                ungrouped--;
            } else {
                Deque<Remembered> group = groups.get(oldest.group());
                group.removeFirst();
                if (group.isEmpty()) {
                    groups.remove(oldest.group());
                }
            }
        }
    }

    /** @return the index of the post the snippet quotes, if it is remembered */
    Optional<Integer> find(String snippet) {
        String start = folder.fold(List.of(snippet.endsWith(ReplyPreviews.CUT_MARK)
                ? snippet.substring(0, snippet.length() - ReplyPreviews.CUT_MARK.length()) : snippet));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Iterator<Remembered> newestFirst;
        if (start.length() < GROUP_KEY_LENGTH) {
            newestFirst = remembered.descendingIterator();
        } else {
            groupTheNewest();
            Deque<Remembered> group = groups.get(start.substring(0, GROUP_KEY_LENGTH));
            if (group == null) {
                return Optional.empty();
            }
            newestFirst = group.descendingIterator();
        }
        while (newestFirst.hasNext()) {
            Remembered candidate = newestFirst.next();
            if (candidate.start().startsWith(start)) {
                return Optional.of(candidate.post());
            }
        }
        return Optional.empty();
    }

    /** Puts the posts remembered since the last lookup into their groups, oldest first. */
    private void groupTheNewest() {
        List<Remembered> newest = new ArrayList<>(ungrouped);
        Iterator<Remembered> fromNewest = remembered.descendingIterator();
        for (int i = 0; i < ungrouped; i++) {
            newest.add(fromNewest.next());
        }
        for (int i = newest.size() - 1; i >= 0; i--) {
            Remembered post = newest.get(i);
            groups.computeIfAbsent(post.group(), g -> new ArrayDeque<>()).addLast(post);
        }
        ungrouped = 0;
    }

    /**
     * Folds text into a key: white space runs become one space, leading and trailing white space
     * goes, and at most {@value #KEY_LENGTH} chars are kept. Reusable: each fold starts afresh.
     */
    static final class Folder {

        /**
         * The chars folded into a space: Java's white space and the no-break space, as a table.
         * {@link Character#isWhitespace} consults Unicode's tables for every space and every
         * non-ASCII char; with this table a post's start folds in two thirds of the time.
         */
        private static final BitSet SPACES = new BitSet();

        static {
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    SPACES.set(c);
                }
            }
        }

        private final char[] folded = new char[KEY_LENGTH];
        private final char[] piece = new char[KEY_LENGTH];
        private int length;
        private boolean pendingSpace;
        private boolean full;

        /** @return the parts folded, joined as if by line breaks */
        String fold(List<String> parts) {
            start();
            for (String part : parts) {
                add(part);
                endPart();
            }
            return folded();
        }

        /**
         * The folded start of a post's text, as {@link #fold(List)} of its lines. Only the start is
         * read, however long the post, and no block's text is built for it (that cost 10% of a parse).
         */
        String fold(Post post) {
            start();
            for (Block block : post.blocks()) {
                if (full) {
                    break;
                }
                if (block instanceof Block.Paragraph paragraph) {
                    for (String line : paragraph.lines()) {
                        add(line);
                        endPart();
                    }
                } else if (block instanceof Block.Bullet bullet) {
                    add(bullet.marker());
                    add(bullet.gap());
                    add(bullet.content());
                } else {
                    add(block.text());
                }
                endPart();
            }
            return folded();
        }

        private void start() {
            length = 0;
            pendingSpace = false;
            full = false;
        }

        /** Appends text that continues the current part; once the next char would not fit, the key is full. */
        private void add(String text) {
            // Chars are copied out in bulk (charAt, checked one at a time, cost twice as much), and
            // the loop keeps its state in locals (updating the fields per char took a fifth longer).
            int folding = length;
            boolean space = pendingSpace;
            for (int from = 0; from < text.length() && !full; from += KEY_LENGTH) {
                int to = Math.min(text.length(), from + KEY_LENGTH);
                text.getChars(from, to, piece, 0);
                for (int i = 0; i < to - from; i++) {
                    char c = piece[i];
                    if (SPACES.get(c)) {
                        space = folding > 0;
                    } else if (folding + (space ? 2 : 1) > KEY_LENGTH) {
                        full = true;
                        break;
                    } else {
                        if (space) {
                            folded[folding++] = ' ';
                            space = false;
                        }
                        folded[folding++] = c;
                    }
                }
            }
            length = folding;
            pendingSpace = space;
        }

        /** Ends a part: what follows is set off by a space, as by a line break. */
        private void endPart() {
            pendingSpace = length > 0;
        }

        private String folded() {
            return new String(folded, 0, length);
        }
    }
}
