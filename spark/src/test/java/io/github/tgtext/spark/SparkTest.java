package io.github.tgtext.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import scala.jdk.javaapi.CollectionConverters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One {@code local[2]} session for all tests of a class (starting one takes seconds), and the
 * core project's corpus, read in place.
 */
abstract class SparkTest {

    /** The core project's corpus folder: the real exports its own tests use. */
    static final Path CORPUS = Path.of(System.getProperty("tgtext.corpus", "../src/test/resources/corpus"));

    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("tgtext-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                // The plan a query ran is then the plan it was given, whose scan's metrics the
                // tests read (adaptive execution would wrap it).
                .config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
        spark = null;
    }

    /** @return the corpus exports, sorted */
    static List<Path> corpusFiles() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static Dataset<Row> read(String path) {
        return spark.read().format("tgtext").load(path);
    }

    /** @return the value of one of the data source's metrics (ReadMetrics) in the scan a query ran */
    static long scanMetric(Dataset<Row> ran, String name) {
        return scan(ran).metrics().get(name).get().value();
    }

    /** @return the data source's scan in the plan a query ran */
    static SparkPlan scan(Dataset<Row> ran) {
        return CollectionConverters.asJava(ran.queryExecution().executedPlan().collectLeaves()).stream()
                .filter(BatchScanExec.class::isInstance)
                .findFirst().orElseThrow();
    }

    /** @return the file name of a row's {@code source} (a fully qualified path) */
    static String fileName(Row row) {
        String source = row.getAs("source");
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
