package io.github.tgtext.spark;

import io.github.tgtext.Count;
import io.github.tgtext.LinkPreview;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Reaction;
import io.github.tgtext.ReplyPreview;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The columns of {@code rows = posts}, in schema order, each with how its value is made from a
 * post. The names follow the JSON contract (docs/json.md), in Spark's snake case. A read asks
 * only for the columns a query uses (column pruning), so a column's value is made only when it
 * is asked for: {@code text}, {@code hashtags}, {@code mentions} and {@code urls} build the
 * post's text, the others do not.
 */
enum PostColumn {
    SOURCE(DataTypes.StringType, false, p -> p.file().source()),
    LAYOUT(DataTypes.StringType, false, p -> p.file().layout()),
    CHANNEL_TITLE(DataTypes.StringType, true, p -> p.file().channelTitle()),
    CHANNEL_SUBSCRIBERS(DataTypes.LongType, true, p -> p.file().channelSubscribers()),
    INDEX(DataTypes.IntegerType, false, p -> p.post().index()),
    FIRST_LINE(DataTypes.IntegerType, false, p -> p.post().span().firstLine()),
    LAST_LINE(DataTypes.IntegerType, false, p -> p.post().span().lastLine()),
    FORWARDED_FROM(DataTypes.StringType, true, p -> string(p.post().forwardedFrom())),
    REPLY_TO(Types.REPLY, true, p -> p.post().replyTo().map(PostColumn::reply).orElse(null)),
    MEDIA(DataTypes.createArrayType(Types.MEDIUM, false), false, p -> array(p.post().media(), PostColumn::medium)),
    LINK_PREVIEW(Types.LINK_PREVIEW, true, p -> p.post().linkPreview().map(PostColumn::linkPreview).orElse(null)),
    TEXT(DataTypes.StringType, false, p -> UTF8String.fromString(p.text())),
    HASHTAGS(Types.STRINGS, false, p -> strings(p.hashtags())),
    MENTIONS(Types.STRINGS, false, p -> strings(p.mentions())),
    URLS(Types.STRINGS, false, p -> strings(p.urls())),
    REACTIONS(DataTypes.createArrayType(Types.REACTION, false), false,
            p -> array(p.post().reactions(), PostColumn::reaction)),
    ECHO(Types.ECHO, true, p -> p.post().echo()
            .map(e -> (Object) new GenericInternalRow(new Object[] {e.span().firstLine(), e.span().lastLine(),
                    e.complete()}))
            .orElse(null)),
    DIAGNOSTIC_COUNT(DataTypes.IntegerType, false, PostView::diagnosticCount);

    private final DataType type;
    private final boolean nullable;
    private final Function<PostView, Object> value;

    PostColumn(DataType type, boolean nullable, Function<PostView, Object> value) {
        this.type = type;
        this.nullable = nullable;
        this.value = value;
    }

    /** @return the column's name in the schema */
    String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the column's value for the post, as Spark holds it inside (UTF8String, InternalRow, ...) */
    Object valueOf(PostView post) {
        return value.apply(post);
    }

    static StructType schema() {
        StructField[] fields = new StructField[values().length];
        for (PostColumn column : values()) {
            fields[column.ordinal()] = DataTypes.createStructField(column.columnName(), column.type, column.nullable);
        }
        return DataTypes.createStructType(fields);
    }

    /** @return the columns of {@code schema}, in its order; each must be one of these */
    static List<PostColumn> of(StructType schema) {
        return java.util.Arrays.stream(schema.fieldNames()).map(name -> valueOf(name.toUpperCase(Locale.ROOT)))
                .toList();
    }

    /** The nested types, one definition each. */
    static final class Types {
        static final StructType REPLY = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("author", DataTypes.StringType, false),
            DataTypes.createStructField("snippet", DataTypes.StringType, false),
            DataTypes.createStructField("post_index", DataTypes.IntegerType, true)});
        static final StructType MEDIUM = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("duration", DataTypes.LongType, true)});
        static final StructType LINK_PREVIEW = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("site_name", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("description", DataTypes.StringType, true)});
        static final StructType REACTION = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("emoji", DataTypes.StringType, true),
            DataTypes.createStructField("count", DataTypes.LongType, false),
            DataTypes.createStructField("count_text", DataTypes.StringType, false)});
        static final StructType ECHO = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("first_line", DataTypes.IntegerType, false),
            DataTypes.createStructField("last_line", DataTypes.IntegerType, false),
            DataTypes.createStructField("complete", DataTypes.BooleanType, false)});
        static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

        private Types() {
        }
    }

    private static InternalRow reply(ReplyPreview reply) {
        return new GenericInternalRow(new Object[] {UTF8String.fromString(reply.author()),
            UTF8String.fromString(reply.snippet()), reply.postIndex().orElse(null)});
    }

    private static InternalRow medium(MediaPlaceholder medium) {
        return new GenericInternalRow(new Object[] {UTF8String.fromString(mediaKind(medium.kind())),
            medium.duration().map(java.time.Duration::toSeconds).orElse(null)});
    }

    /** @return the kind as the JSON contract writes it: {@code too_big}, {@code video}, ... */
    static String mediaKind(MediaPlaceholder.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static InternalRow linkPreview(LinkPreview preview) {
        return new GenericInternalRow(new Object[] {string(preview.siteName()), string(preview.title()),
            string(preview.description())});
    }

    private static InternalRow reaction(Reaction reaction) {
        Count count = reaction.count();
        return new GenericInternalRow(new Object[] {string(reaction.emoji()), count.value(),
            UTF8String.fromString(count.text())});
    }

    static UTF8String string(Optional<String> value) {
        return value.map(UTF8String::fromString).orElse(null);
    }

    private static GenericArrayData strings(List<String> values) {
        return array(values, UTF8String::fromString);
    }

    private static <T> GenericArrayData array(List<T> values, Function<T, Object> element) {
        Object[] elements = new Object[values.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = element.apply(values.get(i));
        }
        return new GenericArrayData(elements);
    }
}
