package io.github.tgtext.internal.structure;

import io.github.tgtext.internal.lines.ClassifiedLine;
import io.github.tgtext.internal.lines.LineKind;
import java.util.Optional;

/**
 * Recognises a reply preview: a short line with the replied-to author's name, then one line
 * with the start of the replied-to post's text, cut with {@code …}.
 */
final class ReplyPreviews {

    static final String CUT_MARK = "…";

    private ReplyPreviews() {
    }

    /**
     * @param channelName in a copy of the whole page, the channel's name: there a reply to the
     *                    channel's own post shows a short post's text whole, with no cut mark, and
     *                    is known by its author, the channel
     * @return true if a reply preview starts {@code k} lines ahead
     */
    static boolean startsAt(LineQueue lines, int k, Optional<String> channelName) {
        ClassifiedLine author = lines.peek(k);
        ClassifiedLine snippet = lines.peek(k + 1);
        return author != null && snippet != null
                && (author.kind() == LineKind.TEXT || author.kind() == LineKind.BULLET)
                && NameLines.readsAsName(author.text())
                && (snippet.kind() == LineKind.TEXT || snippet.kind() == LineKind.BULLET)
                && (snippet.text().stripTrailing().endsWith(CUT_MARK) || channelName.filter(author.text()::equals).isPresent());
    }
}
