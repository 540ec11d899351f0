package io.github.tgtext.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * A file that cannot be read as an export: missing, not readable, binary or not UTF-8. Its
 * message is the command-line tool's line for such a file, {@code tgtext: FILE: REASON}, so the
 * job's failure names the file.
 */
final class Unreadable extends IOException {

    Unreadable(String file, String reason, Throwable cause) {
        super("tgtext: " + file + ": " + reason, cause);
    }

    /** @return why a file could not be read, in the command-line tool's few words */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException
                || e instanceof org.apache.hadoop.security.AccessControlException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
