package io.github.tgtext.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input of the tool: a file, or standard input spooled to a temporary file so that it can
 * be checked before it is parsed.
 *
 * @param name how the input is named in messages and in the output's "source" (as given, or "-")
 * @param path where its bytes are
 * @param size its size in bytes
 */
record Input(String name, Path path, long size) {

    InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
