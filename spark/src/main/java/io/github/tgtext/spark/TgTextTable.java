package io.github.tgtext.spark;

import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The exports a read names, as a table that can be read in batches. */
final class TgTextTable implements SupportsRead {

    private final StructType schema;
    private final Map<String, String> properties;

    TgTextTable(StructType schema, Map<String, String> properties) {
        this.schema = schema;
        this.properties = properties;
    }

    @Override
    public String name() {
        String paths = properties.getOrDefault("path", properties.getOrDefault("paths", ""));
        return "tgtext " + paths;
    }

    @Override
    public StructType schema() {
        return schema;
    }

    @Override
    public Set<TableCapability> capabilities() {
        return Set.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
        return new TgTextScanBuilder(ReadOptions.of(options, SQLConf.get()));
    }
}
