package io.github.tgtext.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the files of a read into partitions the way Spark's file sources do: a file larger than
 * {@code maxPartitionBytes} is cut into ranges of that size, and files (or last ranges) are packed,
 * in order, into partitions of at most {@code maxPartitionBytes}, each file counting
 * {@code openCostInBytes} more than its size (opening a file costs about as much as reading that
 * many bytes). Rows come out in file order.
 */
final class PartitionPlan {

    private PartitionPlan() {
    }

    /**
     * @param files     the files, in the order their rows should come
     * @param splitting whether large files are cut into ranges (rows of one header per file are not)
     */
    static List<ExportPartition> of(List<ExportFile> files, long maxPartitionBytes, long openCostInBytes,
            boolean splitting) {
        List<FileRange> ranges = new ArrayList<>();
        for (ExportFile file : files) {
            if (splitting && file.length() > maxPartitionBytes) {
                for (long from = 0; from < file.length(); from += maxPartitionBytes) {
                    ranges.add(new FileRange(file.path(), from, Math.min(file.length(), from + maxPartitionBytes),
                            file.length()));
                }
            } else {
                ranges.add(new FileRange(file.path(), 0, file.length(), file.length()));
            }
        }
        List<ExportPartition> partitions = new ArrayList<>();
        List<FileRange> current = new ArrayList<>();
        long currentSize = 0;
        for (FileRange range : ranges) {
            if (!current.isEmpty() && currentSize + range.size() > maxPartitionBytes) {
                partitions.add(new ExportPartition(current));
                current = new ArrayList<>();
                currentSize = 0;
            }
            current.add(range);
            currentSize += range.size() + openCostInBytes;
        }
        if (!current.isEmpty()) {
            partitions.add(new ExportPartition(current));
        }
        return partitions;
    }
}
