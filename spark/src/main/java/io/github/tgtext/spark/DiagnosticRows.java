package io.github.tgtext.spark;

import io.github.tgtext.Diagnostic;
import java.util.Locale;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/** The rows of {@code rows = diagnostics}: one per diagnostic, in input order. */
final class DiagnosticRows {

    static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.IntegerType, false),
        DataTypes.createStructField("column", DataTypes.IntegerType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("message", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("byte_offset", DataTypes.LongType, true)});

    private DiagnosticRows() {
    }

    static InternalRow row(UTF8String source, Diagnostic d) {
        return new GenericInternalRow(new Object[] {source, d.line(), d.column(),
            UTF8String.fromString(severityName(d.severity())), UTF8String.fromString(d.message()),
            UTF8String.fromString(d.text()), d.byteOffset().isPresent() ? d.byteOffset().getAsLong() : null});
    }

    /** @return the severity as the JSON contract writes it: {@code error}, {@code warning} */
    static String severityName(Diagnostic.Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
