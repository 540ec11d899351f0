package io.github.tgtext;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Something the parser could not read as the format says, with where it is.
 *
 * <pre>{@code
 * for (Diagnostic d : export.diagnostics()) {
 *     System.err.println(d); // "error 12:1: ... [VIEW IN TELEGRAM]"
 * }
 * }</pre>
 *
 * @param severity   {@link Severity#ERROR} for input that does not fit the format,
 *                   {@link Severity#WARNING} for input that fits but looks damaged
 * @param line       1-based line
 * @param column     1-based column, in UTF-16 chars
 * @param message    what is wrong, in words
 * @param text       the offending text (the whole line, or the bytes' replacement)
 * @param byteOffset for undecodable bytes, their offset in the byte input
 */
public record Diagnostic(Severity severity, int line, int column, String message, String text,
        OptionalLong byteOffset) {

    /** How bad a diagnostic is. */
    public enum Severity {
        /** The input does not fit the format; strict parsing throws. */
        ERROR,
        /** The input fits but looks damaged or cut off; strict parsing goes on. */
        WARNING
    }
    /**
     * Checks the components.
     *
     * @param severity see the record's description of {@code severity}
     * @param line see the record's description of {@code line}
     * @param column see the record's description of {@code column}
     * @param message see the record's description of {@code message}
     * @param text see the record's description of {@code text}
     * @param byteOffset see the record's description of {@code byteOffset}
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(byteOffset, "byteOffset");
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + line + ":" + column + ": " + message
                + (text.isEmpty() ? "" : " [" + text + "]");
    }
}
