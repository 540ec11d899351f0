package io.github.tgtext.spark;

import io.github.tgtext.TgTextParseException;

/** A file with errors under {@code strict = true}: fails the job, naming the file and its first error. */
final class StrictFailure extends RuntimeException {

    StrictFailure(String file, TgTextParseException cause) {
        super("tgtext: " + file + ": " + cause.getMessage(), cause);
    }
}
