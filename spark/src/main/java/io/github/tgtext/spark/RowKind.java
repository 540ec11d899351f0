package io.github.tgtext.spark;

import java.util.Locale;
import org.apache.spark.sql.types.StructType;

/** What one row stands for: the {@code rows} option. */
enum RowKind {
    /** One row per post (the default). */
    POSTS(PostColumn.schema()),
    /** One row per diagnostic. */
    DIAGNOSTICS(DiagnosticRows.SCHEMA),
    /** One row per file: its header, layout and counts. */
    CHANNELS(ChannelRows.SCHEMA);

    private final StructType schema;

    RowKind(StructType schema) {
        this.schema = schema;
    }

    StructType schema() {
        return schema;
    }

    /** @return the option's value for this kind: {@code posts}, {@code diagnostics}, {@code channels} */
    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RowKind fromOption(String value) {
        for (RowKind kind : values()) {
            if (kind.optionValue().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("tgtext: option rows must be posts, diagnostics or channels, not '"
                + value + "'");
    }
}
