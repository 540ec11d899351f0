package io.github.tgtext.internal.cli;

import java.io.IOException;

/** The tool's output could not be written: the result is incomplete. */
final class OutputFailure extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param output the output, named as a message names it ("standard output", or the file)
     * @param cause  why the write failed
     */
    OutputFailure(String output, IOException cause) {
        super("cannot write to " + output + ": " + Inputs.reason(cause), cause);
    }

    /**
     * @return true if the output is a pipe whose reader has gone (EPIPE), as when {@code head}
     *         has read what it wanted: nobody is left to tell, and the run stops quietly
     */
    boolean readerGone() {
        // The JVM ignores SIGPIPE, so a closed pipe is only an IOException with the system's
        // message for EPIPE; Java has no type or code for it.
        String message = getCause().getMessage();
        return message != null && message.startsWith("Broken pipe");
    }
}
