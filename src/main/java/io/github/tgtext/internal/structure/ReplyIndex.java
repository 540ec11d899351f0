package io.github.tgtext.internal.structure;

import io.github.tgtext.Block;
import io.github.tgtext.Post;
import io.github.tgtext.ReplyPreview;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a reply preview to the post it quotes: the most recent earlier post whose text,
 * line breaks folded into spaces, starts with the preview's snippet.
 *
 * <p>Bounded: it remembers the start ({@value #KEY_LENGTH} chars) of the last
 * {@value #CAPACITY} posts, so memory does not grow with the input.
 *
 * <p>The starts are kept in arrays of chars and numbers, a ring of {@value #CAPACITY} slots, not as
 * an object per post: objects that live for thousands of posts are promoted, and every new one
 * the index then points to costs the collector work. As objects, remembering took a fifth of
 * the time of streaming the generated exports. Posts are chained by the hash of their first
 * {@value #GROUP_KEY_LENGTH} chars, newest first, and a snippet is looked for along its chain; a
 * snippet shorter than that is looked for among all remembered posts, newest first.
 */
final class ReplyIndex {

    static final int CAPACITY = 10_000;
    static final int KEY_LENGTH = 256;
    static final int GROUP_KEY_LENGTH = 8;

    private static final int CHAINS = 1 << 14;
    private static final long NONE = -1;
    private static final int FIRST_SLOTS = 64;

    private final int capacity;
    private final Folder folder = new Folder();
    /** How many posts were remembered; post number n is in slot n % capacity while n >= remembered - capacity. */
    private long remembered;
    private char[] keys = new char[FIRST_SLOTS * KEY_LENGTH];
    private int[] keyLengths = new int[FIRST_SLOTS];
    private int[] posts = new int[FIRST_SLOTS];
    /** For each slot, the number of the next older post on its chain, or {@link #NONE}. */
    private long[] older = new long[FIRST_SLOTS];
    private final long[] newest = new long[CHAINS];

    ReplyIndex() {
        this(CAPACITY);
    }

    /** @param capacity how many posts are remembered; tests make it small */
    ReplyIndex(int capacity) {
        this.capacity = capacity;
        Arrays.fill(newest, NONE);
    }

    void remember(Post post) {
        int slot = slotFor(remembered);
        int length = folder.fold(post, keys, slot * KEY_LENGTH);
        if (length == 0) {
            return;
        }
        keyLengths[slot] = length;
        posts[slot] = post.index();
        if (length >= GROUP_KEY_LENGTH) {
            int chain = chain(keys, slot * KEY_LENGTH);
            older[slot] = newest[chain];
            newest[chain] = remembered;
        }
        remembered++;
    }

    /**
     * Resolves a post's reply preview to the post it quotes, among those remembered, and then
     * remembers the post.
     *
     * @param post a post whose reply preview, if any, is not resolved yet
     * @return the post, its reply preview resolved where the quoted post is remembered
     */
    Post link(Post post) {
        Post linked = post;
        if (post.replyTo().isPresent()) {
            ReplyPreview reply = post.replyTo().get();
            Optional<Integer> quoted = find(reply.snippet());
            if (quoted.isPresent()) {
                linked = Posts.withReplyTo(post, new ReplyPreview(reply.author(), reply.snippet(), quoted, reply.span()));
            }
        }
        remember(linked);
        return linked;
    }

    /** @return the index of the post the snippet quotes, if it is remembered */
    Optional<Integer> find(String snippet) {
        char[] start = ReplyKeys.ofSnippet(snippet, folder).toCharArray();
        if (start.length == 0) {
            return Optional.empty();
        }
        long oldest = Math.max(0, remembered - capacity);
        boolean alongChain = start.length >= GROUP_KEY_LENGTH;
        for (long n = alongChain ? newest[chain(start, 0)] : remembered - 1; n >= oldest;
                n = alongChain ? older[slotOf(n)] : n - 1) {
            if (startsWith(n, start)) {
                return Optional.of(posts[slotOf(n)]);
            }
        }
        return Optional.empty();
    }

    private boolean startsWith(long post, char[] start) {
        int slot = slotOf(post);
        return keyLengths[slot] >= start.length
                && Arrays.equals(keys, slot * KEY_LENGTH, slot * KEY_LENGTH + start.length, start, 0, start.length);
    }

    private int slotOf(long post) {
        return (int) (post % capacity);
    }

    /** @return the slot the post numbered {@code post} goes to, the arrays grown to hold it */
    private int slotFor(long post) {
        int slot = slotOf(post);
        if (slot >= posts.length) {
            int slots = Math.min(capacity, posts.length * 2);
            keys = Arrays.copyOf(keys, slots * KEY_LENGTH);
            keyLengths = Arrays.copyOf(keyLengths, slots);
            posts = Arrays.copyOf(posts, slots);
            older = Arrays.copyOf(older, slots);
        }
        return slot;
    }

    private static int chain(char[] chars, int from) {
        int hash = 0;
        for (int i = from; i < from + GROUP_KEY_LENGTH; i++) {
            hash = 31 * hash + chars[i];
        }
        return (hash ^ (hash >>> 14)) & (CHAINS - 1);
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

        private final char[] own = new char[KEY_LENGTH];
        private final char[] piece = new char[KEY_LENGTH];
        /** Where the fold goes: {@link #KEY_LENGTH} chars of this array from {@link #at}. */
        private char[] folded;
        private int at;
        private int length;
        private boolean pendingSpace;
        private boolean full;

        /** @return the parts folded, joined as if by line breaks */
        String fold(List<String> parts) {
            start(own, 0);
            for (String part : parts) {
                add(part);
                endPart();
            }
            return new String(own, 0, length);
        }

        /**
         * Folds the start of a post's text, as {@link #fold(List)} of its lines would, into
         * {@code into} from {@code at} on. Only the start is read, however long the post, and no
         * block's text is built for it (that cost 10% of a parse).
         *
         * @return how many chars the fold has; none of {@code into} is written when it has none
         */
        int fold(Post post, char[] into, int at) {
            start(into, at);
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
            return length;
        }

        private void start(char[] into, int from) {
            folded = into;
            at = from;
            length = 0;
            pendingSpace = false;
            full = false;
        }

        /** Appends text that continues the current part; once the next char would not fit, the key is full. */
        private void add(String text) {
            // Chars are copied out in bulk (charAt, checked one at a time, cost twice as much), and
            // the loop keeps its state in locals (updating the fields per char took a fifth longer).
            char[] into = folded;
            int folding = at + length;
            int end = at + KEY_LENGTH;
            boolean space = pendingSpace;
            for (int from = 0; from < text.length() && !full; from += KEY_LENGTH) {
                int to = Math.min(text.length(), from + KEY_LENGTH);
                text.getChars(from, to, piece, 0);
                for (int i = 0; i < to - from; i++) {
                    char c = piece[i];
                    if (SPACES.get(c)) {
                        space = folding > at;
                    } else if (folding + (space ? 2 : 1) > end) {
                        full = true;
                        break;
                    } else {
                        if (space) {
                            into[folding++] = ' ';
                            space = false;
                        }
                        into[folding++] = c;
                    }
                }
            }
            length = folding - at;
            pendingSpace = space;
        }

        /** Ends a part: what follows is set off by a space, as by a line break. */
        private void endPart() {
            pendingSpace = length > 0;
        }
    }
}
