package io.github.tgtext.spark;

import io.github.tgtext.Post;
import io.github.tgtext.internal.structure.ReplyKeys;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * Makes the ranges of a split file number their posts, and link their replies, as an unsplit parse
 * does. The library parses a range on its own: it numbers the range's posts from 0 and links a
 * reply only to a post of the same range. So a Spark job of its own, run on the driver before the
 * read (as Spark's schema inference for JSON runs one), parses every range but the last of each
 * split file, with the read's own reader (so that a range skipped under ignoreCorruptFiles counts
 * as the read will see it: empty), and returns how many posts it holds and the reply keys of its
 * last posts ({@link ReplyKeys}). Each range then starts counting where the ranges before it end
 * ({@link FileRange#firstIndex()}), and gets the keys of the posts before it that a reply could
 * quote ({@link ReplyContext}).
 *
 * <p>It costs a second parse of the split files, so the scan runs it only when the query asks
 * for {@code index} or {@code reply_to}; a count, or a query of other columns, does not.
 */
final class PostCounts {

    /**
     * @param partitions the partitions, each range of a split file with its first index
     * @param contexts   by {@link FileRange#key()}, for each range after the first of a split file
     */
    record Numbered(List<ExportPartition> partitions, Map<String, ReplyContext> contexts) {
    }

    /** What the job finds in one range. */
    record RangeSummary(int posts, List<String> lastKeys, List<Integer> lastIndexes) implements Serializable {
    }

    private PostCounts() {
    }

    static Numbered numbered(List<ExportPartition> partitions, ReadOptions options, Broadcast<HadoopConf> conf,
            JavaSparkContext spark) {
        List<FileRange> counted = new ArrayList<>();
        for (ExportPartition partition : partitions) {
            for (FileRange range : partition.ranges()) {
                if (!range.wholeFile() && range.to() < range.length()) {
                    counted.add(range);
                }
            }
        }
        if (counted.isEmpty()) {
            return new Numbered(partitions, Map.of());
        }
        spark.setJobDescription("tgtext: counting the posts of " + counted.size() + " ranges of split files");
        List<RangeSummary> summaries;
        try {
            summaries = spark.parallelize(counted, counted.size()).map(new Summarise(options, conf)).collect();
        } finally {
            spark.setJobDescription(null);
        }
        // Ranges are planned file by file, each file's in order: the counts add up in that order.
        Map<String, Integer> firstIndexes = new HashMap<>();
        Map<String, Integer> postsBefore = new HashMap<>();
        Map<String, List<Integer>> summariesOfFile = new HashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            FileRange range = counted.get(i);
            firstIndexes.put(range.key(), postsBefore.getOrDefault(range.path(), 0));
            postsBefore.merge(range.path(), summaries.get(i).posts(), Integer::sum);
            summariesOfFile.computeIfAbsent(range.path(), p -> new ArrayList<>()).add(i);
        }
        List<ExportPartition> numbered = new ArrayList<>();
        Map<String, ReplyContext> contexts = new HashMap<>();
        for (ExportPartition partition : partitions) {
            List<FileRange> ranges = new ArrayList<>();
            for (FileRange range : partition.ranges()) {
                if (range.wholeFile()) {
                    ranges.add(range);
                    continue;
                }
                // A file's last range was not counted: all the posts before it were.
                int first = firstIndexes.getOrDefault(range.key(), postsBefore.getOrDefault(range.path(), 0));
                ranges.add(range.withFirstIndex(first));
                if (range.from() > 0) {
                    contexts.put(range.key(), contextBefore(range, counted, summaries, firstIndexes,
                            summariesOfFile.get(range.path())));
                }
            }
            numbered.add(new ExportPartition(ranges));
        }
        return new Numbered(numbered, contexts);
    }

    /** @return the keys of the posts before the range, newest first, as many as a reply can reach */
    private static ReplyContext contextBefore(FileRange range, List<FileRange> counted, List<RangeSummary> summaries,
            Map<String, Integer> firstIndexes, List<Integer> ofFile) {
        List<String> keys = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int k = ofFile.size() - 1; k >= 0 && keys.size() < ReplyKeys.CAPACITY; k--) {
            FileRange earlier = counted.get(ofFile.get(k));
            if (earlier.from() >= range.from()) {
                continue;
            }
            RangeSummary summary = summaries.get(ofFile.get(k));
            int first = firstIndexes.get(earlier.key());
            for (int i = 0; i < summary.lastKeys().size() && keys.size() < ReplyKeys.CAPACITY; i++) {
                keys.add(summary.lastKeys().get(i));
                indexes.add(first + summary.lastIndexes().get(i));
            }
        }
        return new ReplyContext(keys, indexes);
    }

    /** Runs on the executors: parses a range as the read will, counts its posts and keeps its last keys. */
    private static final class Summarise implements Function<FileRange, RangeSummary> {

        private final ReadOptions options;
        private final Broadcast<HadoopConf> conf;

        Summarise(ReadOptions options, Broadcast<HadoopConf> conf) {
            this.options = options;
            this.conf = conf;
        }

        @Override
        public RangeSummary call(FileRange range) throws Exception {
            Deque<String> keys = new ArrayDeque<>();
            Deque<Integer> indexes = new ArrayDeque<>();
            int[] posts = {0};
            try (ExportPartitionReader reader = new ExportPartitionReader(new ExportPartition(List.of(range)),
                    options, conf.value().get(), List.of(), Map.of(), (Post post) -> {
                        posts[0]++;
                        String key = ReplyKeys.of(post);
                        if (!key.isEmpty()) {
                            keys.addFirst(key);
                            indexes.addFirst(post.index());
                            if (keys.size() > ReplyKeys.CAPACITY) {
                                keys.removeLast();
                                indexes.removeLast();
                            }
                        }
                    })) {
                while (reader.next()) {
                    // Each post is heard by the observer.
                }
            }
            return new RangeSummary(posts[0], List.copyOf(keys), List.copyOf(indexes));
        }
    }
}
