package io.github.tgtext.internal.structure;

import io.github.tgtext.Diagnostic;
import io.github.tgtext.internal.input.Line;
import io.github.tgtext.internal.input.LineReader;
import io.github.tgtext.internal.input.TextDecoder;
import io.github.tgtext.internal.lines.ClassifiedLine;
import io.github.tgtext.internal.lines.LineClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * The classified lines of the input, read lazily, with as much lookahead as a decision asks for
 * and no more. Undecodable bytes are reported here, on the line where they stand.
 */
final class LineQueue {

    private final LineReader reader;
    private final LineClassifier classifier;
    private final Queue<TextDecoder.Malformed> malformed;
    private final Consumer<Diagnostic> diagnostics;
    private final List<ClassifiedLine> ahead = new ArrayList<>();
    private int head;
    private boolean exhausted;

    LineQueue(LineReader reader, LineClassifier classifier, Queue<TextDecoder.Malformed> malformed,
            Consumer<Diagnostic> diagnostics) {
        this.reader = reader;
        this.classifier = classifier;
        this.malformed = malformed;
        this.diagnostics = diagnostics;
    }

    /** @return the line {@code k} places ahead (0 is the next one), or null past the end */
    ClassifiedLine peek(int k) {
        while (ahead.size() - head <= k && !exhausted) {
            Line line = reader.next();
            if (line == null) {
                exhausted = true;
            } else {
                reportMalformed(line);
                ahead.add(classifier.classify(line));
            }
        }
        return head + k < ahead.size() ? ahead.get(head + k) : null;
    }

    /** @return the next line, or null at the end */
    ClassifiedLine peek() {
        return peek(0);
    }

    /** @return the next line, taken out of the queue, or null at the end */
    ClassifiedLine take() {
        ClassifiedLine next = peek(0);
        if (next != null) {
            ahead.set(head++, null);
            if (head > 1024 && head * 2 > ahead.size()) {
                ahead.subList(0, head).clear();
                head = 0;
            }
        }
        return next;
    }

    private void reportMalformed(Line line) {
        while (!malformed.isEmpty() && malformed.peek().charOffset() < line.endOffset()) {
            TextDecoder.Malformed bad = malformed.remove();
            diagnostics.accept(new Diagnostic(Diagnostic.Severity.ERROR, line.number(),
                    (int) (bad.charOffset() - line.startOffset()) + 1,
                    "invalid " + bad.encoding().name() + ": " + bad.length() + (bad.length() == 1 ? " byte" : " bytes")
                            + " at byte offset " + bad.byteOffset() + " replaced by U+FFFD",
                    "\uFFFD", OptionalLong.of(bad.byteOffset())));
        }
    }
}
