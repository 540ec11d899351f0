package io.github.tgtext.spark;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Takes the columns a query needs (column pruning): for rows of posts, the reader then makes only
 * those columns' values, and builds no text unless a text column is among them. Rows of
 * diagnostics and headers are small and always made whole.
 */
final class TgTextScanBuilder implements ScanBuilder, SupportsPushDownRequiredColumns {

    private final ReadOptions options;
    private StructType readSchema;

    TgTextScanBuilder(ReadOptions options) {
        this.options = options;
        this.readSchema = options.rows().schema();
    }

    @Override
    public void pruneColumns(StructType required) {
        if (options.rows() != RowKind.POSTS) {
            return;
        }
        Set<String> names = Arrays.stream(required.fieldNames()).collect(Collectors.toSet());
        // Whole columns only: a struct column asked for in part is made whole, and Spark picks its fields.
        StructField[] kept = Arrays.stream(options.rows().schema().fields())
                .filter(field -> names.contains(field.name()))
                .toArray(StructField[]::new);
        readSchema = DataTypes.createStructType(kept);
    }

    @Override
    public Scan build() {
        return new TgTextScan(options, readSchema);
    }
}
