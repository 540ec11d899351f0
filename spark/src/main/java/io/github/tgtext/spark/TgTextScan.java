package io.github.tgtext.spark;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.metric.CustomMetric;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;

/**
 * One read of exports: lists the files on the driver, cuts them into partitions
 * ({@link PartitionPlan}), and hands the executors a reader factory with the session's Hadoop
 * settings.
 */
final class TgTextScan implements Scan, Batch {

    private final ReadOptions options;
    private final StructType readSchema;
    private List<ExportPartition> partitions;
    private Broadcast<HadoopConf> conf;
    private Broadcast<Map<String, ReplyContext>> contexts;

    TgTextScan(ReadOptions options, StructType readSchema) {
        this.options = options;
        this.readSchema = readSchema;
    }

    @Override
    public StructType readSchema() {
        return readSchema;
    }

    @Override
    public String description() {
        return "tgtext " + options.paths() + " rows=" + options.rows().optionValue()
                + (options.layout() == null ? "" : " layout=" + FileContext.layoutName(options.layout()))
                + (options.strict() ? " strict" : "");
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public CustomMetric[] supportedCustomMetrics() {
        return new CustomMetric[] {new ReadMetrics.TextViewsBuilt(), new ReadMetrics.FilesSkipped()};
    }

    @Override
    public InputPartition[] planInputPartitions() {
        if (partitions == null) {
            Configuration hadoop = spark().hadoopConfiguration();
            // Rows of headers come from the top of each file: splitting would not spread the work.
            boolean splitting = options.rows() != RowKind.CHANNELS;
            List<ExportPartition> planned = PartitionPlan.of(ExportFiles.list(options, hadoop),
                    options.maxPartitionBytes(), options.openCostInBytes(), splitting);
            if (needsIndexes()) {
                PostCounts.Numbered numbered = PostCounts.numbered(planned, options, conf(), spark());
                partitions = numbered.partitions();
                if (!numbered.contexts().isEmpty()) {
                    contexts = spark().broadcast(numbered.contexts());
                }
            } else {
                partitions = planned;
            }
        }
        return partitions.toArray(new InputPartition[0]);
    }

    /** @return whether the query reads a column that holds a post's index in its file */
    private boolean needsIndexes() {
        List<String> columns = List.of(readSchema.fieldNames());
        return options.rows() == RowKind.POSTS
                && (columns.contains(PostColumn.INDEX.columnName()) || columns.contains(PostColumn.REPLY_TO.columnName()));
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new ExportReaderFactory(options, conf(), readSchema, contexts);
    }

    private static JavaSparkContext spark() {
        return JavaSparkContext.fromSparkContext(SparkSession.active().sparkContext());
    }

    private Broadcast<HadoopConf> conf() {
        if (conf == null) {
            conf = spark().broadcast(new HadoopConf(new Configuration(spark().hadoopConfiguration())));
        }
        return conf;
    }
}
