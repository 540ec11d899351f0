package io.github.tgtext.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;

/** Sent to the executors: makes a reader for each partition. */
final class ExportReaderFactory implements PartitionReaderFactory {

    private final ReadOptions options;
    private final Broadcast<HadoopConf> conf;
    private final StructType readSchema;
    private final Broadcast<Map<String, ReplyContext>> contexts;

    /** @param contexts the reply contexts of ranges of split files ({@link PostCounts}), or null for none */
    ExportReaderFactory(ReadOptions options, Broadcast<HadoopConf> conf, StructType readSchema,
            Broadcast<Map<String, ReplyContext>> contexts) {
        this.options = options;
        this.conf = conf;
        this.readSchema = readSchema;
        this.contexts = contexts;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        List<PostColumn> columns = options.rows() == RowKind.POSTS ? PostColumn.of(readSchema) : List.of();
        return new ExportPartitionReader((ExportPartition) partition, options, conf.value().get(), columns,
                contexts == null ? Map.of() : contexts.value(), post -> { });
    }
}
