package io.github.tgtext.internal.structure;

import io.github.tgtext.Diagnostic;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Holds diagnostics until the header or post whose lines they are about is complete, then
 * passes them on in input order: line, then column, then the order they were found in.
 * Diagnostics are not found in input order: undecodable bytes are found when a line is read,
 * which may be up to the layout's lookahead (10,000 lines) before the post that holds it is
 * built, and a post's own diagnostics come in the order its parts are checked.
 */
final class HeldDiagnostics implements Consumer<Diagnostic> {

    private record Held(Diagnostic diagnostic, long found) {
    }

    private static final Comparator<Held> INPUT_ORDER = Comparator.<Held>comparingInt(h -> h.diagnostic().line())
            .thenComparingInt(h -> h.diagnostic().column()).thenComparingLong(Held::found);

    private final Consumer<Diagnostic> receiver;
    private final PriorityQueue<Held> held = new PriorityQueue<>(INPUT_ORDER);
    private long found;

    /** @param receiver gets the diagnostics, in input order */
    HeldDiagnostics(Consumer<Diagnostic> receiver) {
        this.receiver = receiver;
    }

    @Override
    public void accept(Diagnostic diagnostic) {
        held.add(new Held(diagnostic, found++));
    }

    /**
     * Passes on, in input order, the diagnostics about lines up to {@code lastLine}: every line up
     * to it has been read and placed, so no diagnostic about them is still to come.
     */
    void passOnThrough(int lastLine) {
        while (!held.isEmpty() && held.peek().diagnostic().line() <= lastLine) {
            receiver.accept(held.poll().diagnostic());
        }
    }

    /** Passes on every diagnostic still held, at the end of the input. */
    void passOnAll() {
        passOnThrough(Integer.MAX_VALUE);
    }
}
