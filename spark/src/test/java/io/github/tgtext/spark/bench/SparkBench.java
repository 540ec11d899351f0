package io.github.tgtext.spark.bench;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One timed read for bench/spark.sh: {@code SparkBench MASTER QUERY FOLDER}, in a JVM of its
 * own. QUERY is {@code count} (every post parsed, no column made: {@code df.count()}),
 * {@code sources} (the docs' kind of query: forwarded posts per source, two columns) or
 * {@code rows} (every column of every post, into Spark's {@code noop} sink, which discards them).
 * Prints one line: master, query, posts, seconds of the query alone (the session started
 * before), posts per second.
 */
public final class SparkBench {

    private SparkBench() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SparkBench MASTER count|sources|rows FOLDER");
        }
        String master = args[0];
        String query = args[1];
        String folder = args[2];
        SparkSession spark = SparkSession.builder().master(master).appName("tgtext-spark-bench")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            Dataset<Row> posts = spark.read().format("tgtext").load(folder);
            long start = System.nanoTime();
            long count = switch (query) {
                case "count" -> posts.count();
                case "sources" -> posts.where("forwarded_from IS NOT NULL").groupBy("forwarded_from").count()
                        .collectAsList().stream().mapToLong(r -> r.getLong(1)).sum();
                case "rows" -> {
                    posts.write().format("noop").mode("overwrite").save();
                    yield -1;
                }
                default -> throw new IllegalArgumentException("unknown query " + query);
            };
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s %s %d %.2f %.0f%n", master, query, count, seconds,
                    count < 0 ? 0 : count / seconds);
        } finally {
            spark.stop();
        }
    }
}
