package io.github.tgtext.spark;

import org.apache.spark.sql.connector.metric.CustomSumMetric;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;

/**
 * What a read reports to Spark beside its rows, shown with the scan in Spark's UI (SQL tab) and
 * in {@code df.queryExecution().executedPlan()}'s metrics. Spark makes the metric classes by
 * name on the driver, so they are public with public constructors.
 */
public final class ReadMetrics {

    static final String TEXT_VIEWS_BUILT = "textViewsBuilt";
    static final String FILES_SKIPPED = "filesSkipped";

    private ReadMetrics() {
    }

    /** Posts whose text (and hashtags, mentions, URLs) was built: none when no such column is read. */
    public static final class TextViewsBuilt extends CustomSumMetric {
        @Override
        public String name() {
            return TEXT_VIEWS_BUILT;
        }

        @Override
        public String description() {
            return "posts whose text views were built";
        }
    }

    /** Files or ranges skipped as unreadable under {@code ignoreCorruptFiles}; each is also logged. */
    public static final class FilesSkipped extends CustomSumMetric {
        @Override
        public String name() {
            return FILES_SKIPPED;
        }

        @Override
        public String description() {
            return "unreadable files skipped (ignoreCorruptFiles)";
        }
    }

    static CustomTaskMetric task(String name, long value) {
        return new CustomTaskMetric() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long value() {
                return value;
            }
        };
    }
}
