package io.github.tgtext.spark;

import io.github.tgtext.Block;
import io.github.tgtext.Post;
import java.util.BitSet;

/**
 * The key a reply preview is matched by: the start of a post's text, white space folded. The
 * library resolves a reply to the most recent earlier post whose key starts with the folded
 * snippet (its {@code ReplyIndex}, package-private in {@code internal.structure}); this repeats its
 * folding rule exactly, so that a reply whose quoted post lies in an earlier range of a split
 * file is resolved as an unsplit parse resolves it. {@code SplitFileTest} compares the result
 * with the library's unsplit parse. If the library's rule changes, that test fails.
 *
 * <p>The rule: Java's white space and the no-break space are folded, a run into one space;
 * leading and trailing white space goes; parts (lines, blocks) are joined as if by a space; at
 * most {@value #KEY_LENGTH} chars are kept. A bullet's marker, gap and content are one part.
 */
final class ReplyKeys {

    /** As the library's: the start of the text a post is remembered by. */
    static final int KEY_LENGTH = 256;
    /** As the library's: how many earlier posts a reply can quote (those with a non-empty key). */
    static final int CAPACITY = 10_000;
    /** As the library's: the mark that ends a cut snippet. */
    static final String CUT_MARK = "…";

    private static final BitSet SPACES = new BitSet();

    static {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || c == '\u00A0') {
                SPACES.set(c);
            }
        }
    }

    private final StringBuilder folded = new StringBuilder(KEY_LENGTH);
    private boolean pendingSpace;
    private boolean full;

    private ReplyKeys() {
    }

    /** @return the post's key; empty for a post with no text, which a reply cannot quote */
    static String of(Post post) {
        ReplyKeys key = new ReplyKeys();
        for (Block block : post.blocks()) {
            if (key.full) {
                break;
            }
            if (block instanceof Block.Paragraph paragraph) {
                for (String line : paragraph.lines()) {
                    key.add(line);
                    key.endPart();
                }
            } else if (block instanceof Block.Bullet bullet) {
                key.add(bullet.marker());
                key.add(bullet.gap());
                key.add(bullet.content());
            } else {
                key.add(block.text());
            }
            key.endPart();
        }
        return key.folded.toString();
    }

    /** @return what a post's key must start with for the snippet to quote it */
    static String ofSnippet(String snippet) {
        ReplyKeys key = new ReplyKeys();
        key.add(snippet.endsWith(CUT_MARK) ? snippet.substring(0, snippet.length() - CUT_MARK.length()) : snippet);
        return key.folded.toString();
    }

    private void add(String text) {
        for (int i = 0; i < text.length() && !full; i++) {
            char c = text.charAt(i);
            if (SPACES.get(c)) {
                pendingSpace = folded.length() > 0;
            } else if (folded.length() + (pendingSpace ? 2 : 1) > KEY_LENGTH) {
                full = true;
            } else {
                if (pendingSpace) {
                    folded.append(' ');
                    pendingSpace = false;
                }
                folded.append(c);
            }
        }
    }

    private void endPart() {
        pendingSpace = folded.length() > 0;
    }
}
