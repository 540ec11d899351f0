package io.github.tgtext;

import java.util.List;

/**
 * Thrown by a strict {@link TgTextParser} when the input has errors. From {@code parse} it
 * carries the same diagnostics that lenient parsing reports in
 * {@link ChannelExport#diagnostics()}; from {@code stream}, which stops at the first error, that
 * error and the warnings before it since the last post yielded (the stream's handler has heard
 * every diagnostic before them).
 *
 * <pre>{@code
 * try {
 *     TgText.parser().strict(true).build().parse(path);
 * } catch (TgTextParseException e) {
 *     e.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class TgTextParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * @param diagnostics what was found, errors and warnings alike; at least one error
     */
    public TgTextParseException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return the diagnostics, in input order */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        String first = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .findFirst().map(Diagnostic::toString).orElse("");
        return errors + (errors == 1 ? " error" : " errors") + " in the export; first: " + first;
    }
}
