package io.github.tgtext.spark;

import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Layout;
import java.util.Optional;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The rows of {@code rows = channels}: one per file, its channel header's fields (null where
 * the file has no header) and its layout. Read from the top of the file only: the posts are not
 * parsed.
 */
final class ChannelRows {

    static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("layout", DataTypes.StringType, false),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("verified", DataTypes.BooleanType, true),
        DataTypes.createStructField("username", DataTypes.StringType, true),
        DataTypes.createStructField("subscribers", DataTypes.LongType, true),
        DataTypes.createStructField("photos", DataTypes.LongType, true),
        DataTypes.createStructField("videos", DataTypes.LongType, true),
        DataTypes.createStructField("files", DataTypes.LongType, true),
        DataTypes.createStructField("links", DataTypes.LongType, true),
        DataTypes.createStructField("description", DataTypes.StringType, true),
        DataTypes.createStructField("first_line", DataTypes.IntegerType, true),
        DataTypes.createStructField("last_line", DataTypes.IntegerType, true)});

    private ChannelRows() {
    }

    static InternalRow row(UTF8String source, Layout layout, Optional<ChannelHeader> header) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = source;
        values[1] = UTF8String.fromString(FileContext.layoutName(layout));
        header.ifPresent(h -> {
            values[2] = UTF8String.fromString(h.title());
            values[3] = h.verified();
            values[4] = PostColumn.string(h.username());
            values[5] = count(h.subscribers());
            values[6] = count(h.photos());
            values[7] = count(h.videos());
            values[8] = count(h.files());
            values[9] = count(h.links());
            values[10] = UTF8String.fromString(h.descriptionText());
            values[11] = h.span().firstLine();
            values[12] = h.span().lastLine();
        });
        return new GenericInternalRow(values);
    }

    private static Long count(Optional<Count> count) {
        return count.map(Count::value).orElse(null);
    }
}
