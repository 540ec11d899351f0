package io.github.tgtext.internal.structure;

import io.github.tgtext.Diagnostic;
import io.github.tgtext.Layout;
import io.github.tgtext.internal.input.LineReader;
import io.github.tgtext.internal.lines.LineClassifier;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A text cut into post-sized pieces, as the reader cuts what follows a header. */
final class Chunks {

    private Chunks() {
    }

    static List<Chunk> of(String text, Layout layout, Consumer<Diagnostic> diagnostics) {
        PostSplitter splitter = new PostSplitter(new LineQueue(new LineReader(new StringReader(text)),
                new LineClassifier(label -> false), new ArrayDeque<>(), diagnostics), layout, Optional.empty());
        List<Chunk> chunks = new ArrayList<>();
        for (Chunk chunk = splitter.next(); chunk != null; chunk = splitter.next()) {
            chunks.add(chunk);
        }
        return chunks;
    }
}
