package io.github.tgtext.internal.structure;

import io.github.tgtext.Post;
import java.util.List;

/**
 * The keys by which a reply preview is resolved to the post it quotes, exactly as
 * {@link ReplyIndex} resolves it: a post's key is the start of its text, white space folded; a
 * snippet's key is the snippet without its cut mark, folded alike; the snippet quotes the most
 * recent of the last {@value #CAPACITY} posts whose key starts with its own. For a data source
 * that parses a file in ranges ({@link FileRanges#parseRange}) and links, across them, the
 * replies each range leaves unlinked.
 */
public final class ReplyKeys {

    /** How many of the latest posts before a reply it may quote. */
    public static final int CAPACITY = ReplyIndex.CAPACITY;

    private ReplyKeys() {
    }

    /** @return the post's key: empty if its text has nothing to quote */
    public static String of(Post post) {
        char[] key = new char[ReplyIndex.KEY_LENGTH];
        return new String(key, 0, new ReplyIndex.Folder().fold(post, key, 0));
    }

    /** @return the snippet's key: empty if it quotes nothing */
    public static String ofSnippet(String snippet) {
        return ofSnippet(snippet, new ReplyIndex.Folder());
    }

    static String ofSnippet(String snippet, ReplyIndex.Folder folder) {
        return folder.fold(List.of(snippet.endsWith(ReplyPreviews.CUT_MARK)
                ? snippet.substring(0, snippet.length() - ReplyPreviews.CUT_MARK.length()) : snippet));
    }

    /** @return true if a snippet with the first key quotes a post with the second */
    public static boolean quotes(String snippetKey, String postKey) {
        return !snippetKey.isEmpty() && postKey.startsWith(snippetKey);
    }
}
