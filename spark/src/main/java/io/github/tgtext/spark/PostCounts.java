package io.github.tgtext.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * Numbers the ranges of split files: the library parses a range on its own and numbers its posts
 * from 0, so a range's first index in the whole file is how many posts the ranges before it
 * hold. A Spark job of its own, run on the driver before the read (as Spark's schema inference
 * for JSON runs one), parses every range but the last of each split file and counts its posts,
 * with the read's own reader, so that a skipped range (ignoreCorruptFiles) counts as the read
 * will see it: none.
 *
 * <p>It costs a second parse of the split files, so the scan runs it only when the query asks
 * for {@code index} or {@code reply_to}; a count, or a query of other columns, does not.
 */
final class PostCounts {

    private PostCounts() {
    }

    /** @return the partitions, each range of a split file given its first index in the file */
    static List<ExportPartition> numbered(List<ExportPartition> partitions, ReadOptions options,
            Broadcast<HadoopConf> conf, JavaSparkContext spark) {
        List<FileRange> counted = new ArrayList<>();
        for (ExportPartition partition : partitions) {
            for (FileRange range : partition.ranges()) {
                if (!range.wholeFile() && range.to() < range.length()) {
                    counted.add(range);
                }
            }
        }
        if (counted.isEmpty()) {
            return partitions;
        }
        spark.setJobDescription("tgtext: counting the posts of " + counted.size() + " ranges of split files");
        List<Integer> counts;
        try {
            counts = spark.parallelize(counted, counted.size()).map(new CountPosts(options, conf)).collect();
        } finally {
            spark.setJobDescription(null);
        }
        // Ranges are planned file by file, each file's in order: the counts add up in that order.
        Map<String, Integer> firstIndexes = new HashMap<>();
        Map<String, Integer> postsBefore = new HashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            FileRange range = counted.get(i);
            firstIndexes.put(key(range), postsBefore.getOrDefault(range.path(), 0));
            postsBefore.merge(range.path(), counts.get(i), Integer::sum);
        }
        List<ExportPartition> numbered = new ArrayList<>();
        for (ExportPartition partition : partitions) {
            numbered.add(new ExportPartition(partition.ranges().stream()
                    .map(range -> range.wholeFile() ? range
                            // A file's last range was not counted: all the posts before it were.
                            : range.withFirstIndex(firstIndexes.getOrDefault(key(range),
                                    postsBefore.getOrDefault(range.path(), 0))))
                    .toList()));
        }
        return numbered;
    }

    private static String key(FileRange range) {
        return range.from() + "@" + range.path();
    }

    /** Runs on the executors: parses a range as the read will and counts its posts. */
    private static final class CountPosts implements Function<FileRange, Integer> {

        private final ReadOptions options;
        private final Broadcast<HadoopConf> conf;

        CountPosts(ReadOptions options, Broadcast<HadoopConf> conf) {
            this.options = options;
            this.conf = conf;
        }

        @Override
        public Integer call(FileRange range) throws Exception {
            try (ExportPartitionReader reader = new ExportPartitionReader(new ExportPartition(List.of(range)),
                    options, conf.value().get(), List.of())) {
                int posts = 0;
                while (reader.next()) {
                    posts++;
                }
                return posts;
            }
        }
    }
}
