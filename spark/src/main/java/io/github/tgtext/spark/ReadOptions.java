package io.github.tgtext.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tgtext.Layout;
import io.github.tgtext.TgText;
import io.github.tgtext.TgTextParser;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The options of one read, checked, with Spark's session settings filled in where the read does
 * not set them. Sent to the executors with the partitions, so it holds only plain values.
 *
 * @param paths              files, folders and globs, as given to {@code load}
 * @param layout             the layout to read every file in, or null to detect it per file
 * @param strict             whether a file with errors fails the job
 * @param rows               what a row stands for
 * @param ignoreCorruptFiles whether an unreadable or binary file is skipped (and logged) instead of failing the job
 * @param pathGlobFilter     the names of the files read in folders
 * @param recursiveFileLookup whether folders are read with their sub-folders
 * @param maxPartitionBytes  the most bytes a partition reads; a larger file is split
 * @param openCostInBytes    what opening a file costs, in bytes read, when small files are packed into partitions
 */
record ReadOptions(List<String> paths, Layout layout, boolean strict, RowKind rows, boolean ignoreCorruptFiles,
        String pathGlobFilter, boolean recursiveFileLookup, long maxPartitionBytes, long openCostInBytes)
        implements Serializable {

    /** The option names, defined once: docs/spark.md lists them. */
    static final String LAYOUT = "layout";
    static final String STRICT = "strict";
    static final String ROWS = "rows";
    static final String IGNORE_CORRUPT_FILES = "ignoreCorruptFiles";
    static final String PATH_GLOB_FILTER = "pathGlobFilter";
    static final String RECURSIVE_FILE_LOOKUP = "recursiveFileLookup";
    static final String MAX_PARTITION_BYTES = "maxPartitionBytes";

    /** The files a folder gives: those the command-line tool reads in a folder. */
    static final String DEFAULT_GLOB = "*.txt";

    private static final ObjectMapper JSON = new ObjectMapper();

    ReadOptions {
        paths = List.copyOf(paths);
        if (maxPartitionBytes < 1) {
            throw new IllegalArgumentException("tgtext: maxPartitionBytes must be positive, not " + maxPartitionBytes);
        }
    }

    /** @return the kind of rows the options ask for, without needing any path */
    static RowKind rowsOf(CaseInsensitiveStringMap options) {
        return options.containsKey(ROWS) ? RowKind.fromOption(options.get(ROWS)) : RowKind.POSTS;
    }

    /**
     * @param options the read's options, as Spark hands them to the data source
     * @param conf    the session's settings
     */
    static ReadOptions of(CaseInsensitiveStringMap options, SQLConf conf) {
        return new ReadOptions(pathsOf(options), layoutOf(options.get(LAYOUT)),
                booleanOf(options, STRICT, false), rowsOf(options),
                booleanOf(options, IGNORE_CORRUPT_FILES, conf.ignoreCorruptFiles()),
                options.getOrDefault(PATH_GLOB_FILTER, DEFAULT_GLOB),
                booleanOf(options, RECURSIVE_FILE_LOOKUP, true),
                options.containsKey(MAX_PARTITION_BYTES) ? bytesOf(options.get(MAX_PARTITION_BYTES))
                        : conf.filesMaxPartitionBytes(),
                conf.filesOpenCostInBytes());
    }

    /** @return a parser with these options, on one thread: Spark runs as many tasks as there are cores */
    TgTextParser parser() {
        TgTextParser.Builder builder = TgText.parser().strict(strict).parallelism(1);
        if (layout != null) {
            builder.layout(layout);
        }
        return builder.build();
    }

    /**
     * Spark passes one path as {@code path} and several (from {@code load(a, b)}) as {@code paths}, a
     * JSON array.
     */
    private static List<String> pathsOf(CaseInsensitiveStringMap options) {
        List<String> paths = new java.util.ArrayList<>();
        if (options.containsKey("path")) {
            paths.add(options.get("path"));
        }
        if (options.containsKey("paths")) {
            try {
                paths.addAll(List.of(JSON.readValue(options.get("paths"), String[].class)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("tgtext: option paths is not a JSON array of strings: "
                        + options.get("paths"), e);
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("tgtext: no path given: load(\"exports/\") or option path");
        }
        return paths;
    }

    private static Layout layoutOf(String value) {
        if (value == null || value.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "spaced" -> Layout.SPACED;
            case "compact" -> Layout.COMPACT;
            default -> throw new IllegalArgumentException(
                    "tgtext: option layout must be auto, spaced or compact, not '" + value + "'");
        };
    }

    private static boolean booleanOf(CaseInsensitiveStringMap options, String name, boolean otherwise) {
        if (!options.containsKey(name)) {
            return otherwise;
        }
        String value = options.get(name).strip();
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("tgtext: option " + name + " must be true or false, not '" + value + "'");
    }

    /** Reads a size as Spark's settings are written: {@code 134217728}, {@code 128m}, {@code 64KB}. */
    private static long bytesOf(String value) {
        try {
            return org.apache.spark.network.util.JavaUtils.byteStringAsBytes(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tgtext: option maxPartitionBytes must be a size (134217728, 128m), not '"
                    + value + "'", e);
        }
    }
}
