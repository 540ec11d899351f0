package io.github.tgtext.internal.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The tool's standard streams, injectable for in-process tests.
 *
 * @param in          standard input
 * @param out         standard output, for the results (UTF-8 bytes)
 * @param err         standard error, for messages
 * @param interactive true if stderr is a terminal (a progress bar may be shown)
 */
public record Console(InputStream in, OutputStream out, PrintWriter err, boolean interactive) {
}
