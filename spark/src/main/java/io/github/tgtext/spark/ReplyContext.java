package io.github.tgtext.spark;

import io.github.tgtext.internal.structure.ReplyKeys;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What a range of a split file needs to resolve replies to posts of earlier ranges: the keys
 * (the library's {@link ReplyKeys}, the rule its own reply index resolves by) of the last posts
 * before it that a reply could quote, newest first, at most {@link ReplyKeys#CAPACITY}, with their
 * indexes in the file.
 *
 * @param keys    newest first
 * @param indexes each key's post's index in the file
 */
record ReplyContext(List<String> keys, List<Integer> indexes) implements Serializable {

    ReplyContext {
        keys = List.copyOf(keys);
        indexes = List.copyOf(indexes);
    }

    /**
     * @param snippetKey         the folded snippet of a reply the range could not resolve
     * @param rememberedInRange  how many posts of the range before the reply have a key: they
     *                           count against the library's capacity first
     * @return the index of the post the reply quotes, as an unsplit parse finds it
     */
    Optional<Integer> find(String snippetKey, int rememberedInRange) {
        if (snippetKey.isEmpty()) {
            return Optional.empty();
        }
        int window = Math.min(keys.size(), ReplyKeys.CAPACITY - rememberedInRange);
        for (int i = 0; i < window; i++) {
            if (ReplyKeys.quotes(snippetKey, keys.get(i))) {
                return Optional.of(indexes.get(i));
            }
        }
        return Optional.empty();
    }
}
