package io.github.tgtext.spark;

import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * What one task reads: one range of a large file, or several small files packed together, as
 * Spark's own file sources pack them.
 *
 * @param ranges the files or pieces of files, read in this order
 */
record ExportPartition(List<FileRange> ranges) implements InputPartition {

    ExportPartition {
        ranges = List.copyOf(ranges);
    }
}
