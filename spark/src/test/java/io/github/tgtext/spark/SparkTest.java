package io.github.tgtext.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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

    /** @return the file name of a row's {@code source} (a fully qualified path) */
    static String fileName(Row row) {
        String source = row.getAs("source");
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
