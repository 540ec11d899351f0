package io.github.tgtext.spark;

import java.io.Serializable;

/**
 * Bytes {@code from} to {@code to} of one file: the whole file, or one piece of a file larger
 * than {@code maxPartitionBytes}. A piece's posts are those that start at the first safe point
 * (where a post always begins) at or after {@code from} and before the first one at or after
 * {@code to}, so that the pieces of a file give each post exactly once.
 *
 * @param path       the file's fully qualified path, as Hadoop names it ({@code file:/...}, {@code hdfs://...})
 * @param from       the first byte
 * @param to         the byte after the last
 * @param length     the file's length
 * @param firstIndex the index, in the whole file, of the range's first post: 0 for a whole file
 *                   and the first range; for a later range, what the ranges before it hold when
 *                   the read needs indexes ({@link PostCounts}), else 0
 */
record FileRange(String path, long from, long to, long length, int firstIndex) implements Serializable {

    FileRange {
        if (from < 0 || to < from || to > length) {
            throw new IllegalArgumentException("not a range of a file of " + length + " bytes: " + from + "-" + to);
        }
    }

    FileRange(String path, long from, long to, long length) {
        this(path, from, to, length, 0);
    }

    FileRange withFirstIndex(int index) {
        return new FileRange(path, from, to, length, index);
    }

    /** @return true if the range is the whole file */
    boolean wholeFile() {
        return from == 0 && to == length;
    }

    /** @return what names the range among a read's ranges */
    String key() {
        return from + "@" + path;
    }

    long size() {
        return to - from;
    }

    @Override
    public String toString() {
        return wholeFile() ? path : path + " bytes " + from + "-" + to;
    }
}
