package io.github.tgtext.internal.structure;

import io.github.tgtext.Block;
import io.github.tgtext.Post;
import java.util.ArrayDeque;
import java.util.Deque;
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
 */
final class ReplyIndex {

    static final int CAPACITY = 10_000;
    static final int KEY_LENGTH = 256;

    private final TreeMap<String, Integer> postsByStart = new TreeMap<>();
    private final Deque<Map.Entry<String, Integer>> remembered = new ArrayDeque<>();

    void remember(Post post) {
        String key = fold(post.blocks().stream().map(Block::text).toList());
        if (key.isEmpty()) {
            return;
        }
        postsByStart.put(key, post.index());
        remembered.addLast(Map.entry(key, post.index()));
        if (remembered.size() > CAPACITY) {
            Map.Entry<String, Integer> oldest = remembered.removeFirst();
            postsByStart.remove(oldest.getKey(), oldest.getValue());
        }
    }

    /** @return the index of the post the snippet quotes, if it is remembered */
    Optional<Integer> find(String snippet) {
        String start = fold(List.of(snippet.endsWith(ReplyPreviews.CUT_MARK)
                ? snippet.substring(0, snippet.length() - ReplyPreviews.CUT_MARK.length()) : snippet));
        if (start.isEmpty()) {
            return Optional.empty();
        }
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

    /**
     * Joins the parts with white space; then white space runs become one space, leading and
     * trailing white space goes, and at most {@value #KEY_LENGTH} chars are kept. Only the start
     * is read, however long the post: its parts are a post's blocks, so that its whole text is
     * never built (that cost 10% of a parse).
     */
    static String fold(List<String> parts) {
        StringBuilder folded = new StringBuilder(KEY_LENGTH);
        boolean pendingSpace = false;
        for (String part : parts) {
            for (int i = 0; i < part.length() && folded.length() < KEY_LENGTH; i++) {
                char c = part.charAt(i);
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
            pendingSpace = folded.length() > 0;
        }
        return folded.toString();
    }
}
