package io.github.tgtext.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The tgtext data source: {@code spark.read.format("tgtext").load("exports/")} gives one row per
 * post of every export below {@code exports/}, parsed by the library inside the executors
 * (docs/spark.md). Registered under the short name {@code tgtext} through
 * {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}.
 *
 * <p>The schema is fixed by the {@code rows} option (posts, diagnostics or channels); a schema
 * given by the user is refused, since the parser's output has one shape.
 */
public final class TgTextDataSource implements TableProvider, DataSourceRegister {

    /** The short name: {@code format("tgtext")}, {@code USING tgtext}. */
    public static final String SHORT_NAME = "tgtext";

    /** Spark makes data sources by reflection. */
    public TgTextDataSource() {
    }

    @Override
    public String shortName() {
        return SHORT_NAME;
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return ReadOptions.rowsOf(options).schema();
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new TgTextTable(schema, properties);
    }
}
