package io.github.tgtext.spark;

/**
 * A file a read found.
 *
 * @param path   fully qualified, as Hadoop names it
 * @param length in bytes
 */
record ExportFile(String path, long length) {
}
