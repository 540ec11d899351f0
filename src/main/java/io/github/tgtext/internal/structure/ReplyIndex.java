package io.github.tgtext.internal.structure;

import io.github.tgtext.Block;
import io.github.tgtext.Post;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves a reply preview to the post it quotes: the most recent earlier post whose text,
 * line breaks folded into spaces, starts with the preview's snippet.
 *
 * <p>Bounded: it remembers the start ({@value #KEY_LENGTH} chars) of the last
 * {@value #CAPACITY} posts, so memory does not grow with the input.
 *
 * <p>Most exports hold no reply preview at all, so remembering a post costs only its folded
 * start; the posts are sorted by their start when a snippet is looked up, the ones remembered
 * since the last lookup at a time.
 */
final class ReplyIndex {

    static final int CAPACITY = 10_000;
    static final int KEY_LENGTH = 256;

    private record Remembered(String start, int post) {
    }

    private final Deque<Remembered> remembered = new ArrayDeque<>();
    /** How many of the newest remembered posts are not in {@link #postsByStart} yet. */
    private int unsorted;
    private final TreeMap<String, Integer> postsByStart = new TreeMap<>();

    void remember(Post post) {
        String start = fold(post);
        if (start.isEmpty()) {
            return;
        }
        remembered.addLast(new Remembered(start, post.index()));
        unsorted++;
        if (remembered.size() > CAPACITY) {
            Remembered oldest = remembered.removeFirst();
            if (unsorted > remembered.size()) {
                unsorted--;
            } else {
                postsByStart.remove(oldest.start(), oldest.post());
            }
        }
    }

    /** @return the index of the post the snippet quotes, if it is remembered */
    Optional<Integer> find(String snippet) {
        String start = fold(List.of(snippet.endsWith(ReplyPreviews.CUT_MARK)
                ? snippet.substring(0, snippet.length() - ReplyPreviews.CUT_MARK.length()) : snippet));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        sortInTheNewest();
        Optional<Integer> latest = Optional.empty();
        for (Map.Entry<String, Integer> entry : postsByStart.tailMap(start, true).entrySet()) {
            if (!entry.getKey().startsWith(start)) {
                break;
            }
            if (latest.isEmpty() || entry.getValue() > latest.get()) {
                latest = Optional.of(entry.getValue());
            }
        }
        return latest;
    }

    /** Sorts in the posts remembered since the last lookup, oldest first, so a newer start wins. */
    private void sortInTheNewest() {
        List<Remembered> newest = new ArrayList<>(unsorted);
        Iterator<Remembered> fromNewest = remembered.descendingIterator();
        for (int i = 0; i < unsorted; i++) {
            newest.add(fromNewest.next());
        }
        for (int i = newest.size() - 1; i >= 0; i--) {
            postsByStart.put(newest.get(i).start(), newest.get(i).post());
        }
        unsorted = 0;
    }

    /**
     * Joins the parts with white space; then white space runs become one space, leading and
     * trailing white space goes, and at most {@value #KEY_LENGTH} chars are kept.
     */
    static String fold(List<String> parts) {
        Folder folder = new Folder();
        for (String part : parts) {
            folder.add(part);
            folder.endPart();
        }
        return folder.folded();
    }

    /**
     * The folded start of a post's text, as {@link #fold(List)} of its lines. Only the start is
     * read, however long the post, and no block's text is built for it (that cost 10% of a parse).
     */
    static String fold(Post post) {
        Folder folder = new Folder();
        for (Block block : post.blocks()) {
            if (folder.isFull()) {
                break;
            }
            if (block instanceof Block.Paragraph paragraph) {
                for (String line : paragraph.lines()) {
                    folder.add(line);
                    folder.endPart();
                }
            } else if (block instanceof Block.Bullet bullet) {
                folder.add(bullet.marker());
                folder.add(bullet.gap());
                folder.add(bullet.content());
            } else {
                folder.add(block.text());
            }
            folder.endPart();
        }
        return folder.folded();
    }

    /** Folds text into a key, part by part; parts are separated as if by a line break. */
    private static final class Folder {

        private final StringBuilder folded = new StringBuilder(KEY_LENGTH);
        private boolean pendingSpace;

        boolean isFull() {
            return folded.length() >= KEY_LENGTH;
        }

        /** Appends text that continues the current part. */
        void add(String text) {
            for (int i = 0; i < text.length() && !isFull(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = folded.length() > 0;
                } else {
                    if (pendingSpace) {
                        folded.append(' ');
                        pendingSpace = false;
                    }
                    folded.append(c);
                }
            }
        }

        void endPart() {
            pendingSpace = folded.length() > 0;
        }

        String folded() {
            return folded.toString();
        }
    }
}
