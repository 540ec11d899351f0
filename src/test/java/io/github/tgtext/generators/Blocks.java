package io.github.tgtext.generators;

import io.github.tgtext.Block;
import io.github.tgtext.SourceSpan;

/** Test helper: the same block with other blank lines before it and another span. */
public final class Blocks {

    private Blocks() {
    }

    public static Block rebuilt(Block block, int blankLinesBefore, SourceSpan span) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(p.lines(), blankLinesBefore, span);
        } else if (block instanceof Block.Bullet b) {
            return new Block.Bullet(b.marker(), b.gap(), b.content(), blankLinesBefore, span);
        } else if (block instanceof Block.HashtagLine h) {
            return new Block.HashtagLine(h.text(), blankLinesBefore, span);
        } else if (block instanceof Block.LinkLabel l) {
            return new Block.LinkLabel(l.text(), blankLinesBefore, span);
        } else if (block instanceof Block.Separator s) {
            return new Block.Separator(s.text(), blankLinesBefore, span);
        } else if (block instanceof Block.Poll p) {
            return new Block.Poll(p.question(), p.kind(), p.options(), blankLinesBefore, span);
        } else if (block instanceof Block.Document d) {
            return new Block.Document(d.name(), d.size(), blankLinesBefore, span);
        }
        return new Block.Omission(block.text(), blankLinesBefore, span);
    }
}
