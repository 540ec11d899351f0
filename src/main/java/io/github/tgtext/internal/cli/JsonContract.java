package io.github.tgtext.internal.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tgtext.Block;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Footer;
import io.github.tgtext.Layout;
import io.github.tgtext.LinkPreview;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.RecurringLine;
import io.github.tgtext.SourceSpan;
import io.github.tgtext.internal.text.ClockTimes;
import io.github.tgtext.internal.text.InlineEntities;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tool's JSON contract ("tgtext/2"): how each node is written. docs/json.md describes every
 * field and docs/tgtext.schema.json states them; the JSON and JSON Lines formats both write
 * through here.
 */
final class JsonContract {

    static final String SCHEMA = "tgtext/2";

    private JsonContract() {
    }

    static void layout(JsonGenerator json, Layout layout) throws IOException {
        json.writeStringField("layout", layout.name().toLowerCase(Locale.ROOT));
    }

    static void channel(JsonGenerator json, ChannelHeader header) throws IOException {
        json.writeStartObject();
        channelFields(json, header);
        json.writeEndObject();
    }

    /** Writes the header's fields into the object the caller has opened. */
    static void channelFields(JsonGenerator json, ChannelHeader header) throws IOException {
        json.writeStringField("title", header.title());
        json.writeBooleanField("verified", header.verified());
        json.writeStringField("username", header.username().orElse(null));
        count(json, "subscribers", header.subscribers());
        count(json, "photos", header.photos());
        count(json, "videos", header.videos());
        count(json, "files", header.files());
        count(json, "links", header.links());
        json.writeStringField("description", header.descriptionText());
        if (header.pageTop().isPresent()) {
            json.writeObjectFieldStart("pageTop");
            strings(json, "links", header.pageTop().get().links());
            json.writeBooleanField("topBar", header.pageTop().get().topBar());
            lines(json, header.pageTop().get().span());
            json.writeEndObject();
        } else {
            json.writeNullField("pageTop");
        }
        lines(json, header.span());
    }

    /** Writes the post's fields into the object the caller has opened. */
    static void postFields(JsonGenerator json, Post post) throws IOException {
        json.writeNumberField("index", post.index());
        lines(json, post.span());
        json.writeStringField("author", post.author().orElse(null));
        json.writeStringField("forwardedFrom", post.forwardedFrom().orElse(null));
        if (post.replyTo().isPresent()) {
            json.writeObjectFieldStart("replyTo");
            json.writeStringField("author", post.replyTo().get().author());
            json.writeStringField("snippet", post.replyTo().get().snippet());
            Optional<Integer> target = post.replyTo().get().postIndex();
            if (target.isPresent()) {
                json.writeNumberField("postIndex", target.get());
            } else {
                json.writeNullField("postIndex");
            }
            json.writeEndObject();
        } else {
            json.writeNullField("replyTo");
        }
        json.writeArrayFieldStart("media");
        for (MediaPlaceholder media : post.media()) {
            json.writeStartObject();
            json.writeStringField("kind", name(media.kind()));
            json.writeNumberField("line", media.span().firstLine());
            if (media.duration().isPresent()) {
                json.writeNumberField("duration", media.duration().get().toSeconds());
            } else {
                json.writeNullField("duration");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("textAboveMedia", post.textAboveMedia());
        json.writeArrayFieldStart("blocks");
        for (Block block : post.blocks()) {
            block(json, block);
        }
        json.writeEndArray();
        String text = post.text();
        // One pass of the lexer for all three lists; Post.hashtags() and the like each make their own.
        List<InlineEntities.Segment> segments = InlineEntities.segments(text);
        json.writeStringField("text", text);
        strings(json, "hashtags", entities(segments, InlineEntities.Kind.HASHTAG));
        strings(json, "mentions", entities(segments, InlineEntities.Kind.MENTION));
        strings(json, "urls", entities(segments, InlineEntities.Kind.URL));
        json.writeArrayFieldStart("links");
        for (Block.LinkLabel link : post.links()) {
            json.writeStartObject();
            json.writeStringField("label", link.text());
            json.writeNumberField("line", link.span().firstLine());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (post.echo().isPresent()) {
            json.writeObjectFieldStart("echo");
            lines(json, post.echo().get().span());
            json.writeBooleanField("complete", post.echo().get().complete());
            json.writeEndObject();
        } else {
            json.writeNullField("echo");
        }
        if (post.linkPreview().isPresent()) {
            LinkPreview preview = post.linkPreview().get();
            json.writeObjectFieldStart("linkPreview");
            json.writeStringField("siteName", preview.siteName().orElse(null));
            json.writeStringField("title", preview.title().orElse(null));
            json.writeStringField("description", preview.description().orElse(null));
            lines(json, preview.span());
            json.writeEndObject();
        } else {
            json.writeNullField("linkPreview");
        }
        json.writeArrayFieldStart("reactions");
        for (Reaction reaction : post.reactions()) {
            json.writeStartObject();
            json.writeStringField("emoji", reaction.emoji().orElse(null));
            json.writeNumberField("count", reaction.count().value());
            json.writeStringField("countText", reaction.count().text());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (post.footer().isPresent()) {
            Footer footer = post.footer().get();
            json.writeObjectFieldStart("footer");
            if (footer.voters().isPresent()) {
                json.writeNumberField("voters", footer.voters().get().value());
            } else {
                json.writeNullField("voters");
            }
            json.writeNumberField("views", footer.views().value());
            json.writeStringField("viewsText", footer.views().text());
            json.writeStringField("signature", footer.signature().orElse(null));
            json.writeBooleanField("edited", footer.edited());
            json.writeStringField("time", ClockTimes.shown(footer.time()));
            json.writeNumberField("line", footer.span().firstLine());
            json.writeEndObject();
        } else {
            json.writeNullField("footer");
        }
    }

    /** Writes the diagnostic's fields into the object the caller has opened. */
    static void diagnosticFields(JsonGenerator json, Diagnostic diagnostic) throws IOException {
        json.writeStringField("severity", diagnostic.severity().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("line", diagnostic.line());
        json.writeNumberField("column", diagnostic.column());
        json.writeStringField("message", diagnostic.message());
        json.writeStringField("text", diagnostic.text());
        if (diagnostic.byteOffset().isPresent()) {
            json.writeNumberField("byteOffset", diagnostic.byteOffset().getAsLong());
        }
    }

    /** Writes a recurring line's fields into the object the caller has opened. */
    static void recurringLineFields(JsonGenerator json, RecurringLine line) throws IOException {
        json.writeStringField("shape", line.shape());
        json.writeStringField("example", line.example());
        json.writeNumberField("count", line.count());
        json.writeArrayFieldStart("lines");
        for (int number : line.lines()) {
            json.writeNumber(number);
        }
        json.writeEndArray();
    }

    private static void block(JsonGenerator json, Block block) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", typeOf(block));
        lines(json, block.span());
        json.writeStringField("text", block.text());
        if (block instanceof Block.Bullet bullet) {
            json.writeStringField("marker", bullet.marker());
        } else if (block instanceof Block.Poll poll) {
            json.writeStringField("question", poll.question());
            json.writeStringField("kind", poll.kind());
            json.writeArrayFieldStart("options");
            for (Block.Poll.Option option : poll.options()) {
                json.writeStartObject();
                json.writeNumberField("percent", option.percent());
                json.writeStringField("text", option.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        } else if (block instanceof Block.Document document) {
            json.writeStringField("name", document.name());
            json.writeStringField("size", document.size());
        }
        json.writeEndObject();
    }

    /** @return the media kind's name in the contract: "too_big", "video", "unsupported" */
    static String name(MediaPlaceholder.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String typeOf(Block block) {
        if (block instanceof Block.Paragraph) {
            return "paragraph";
        } else if (block instanceof Block.Bullet) {
            return "bullet";
        } else if (block instanceof Block.HashtagLine) {
            return "hashtags";
        } else if (block instanceof Block.LinkLabel) {
            return "link";
        } else if (block instanceof Block.Separator) {
            return "separator";
        } else if (block instanceof Block.Poll) {
            return "poll";
        } else if (block instanceof Block.Document) {
            return "document";
        }
        return "omission";
    }

    private static void count(JsonGenerator json, String name, Optional<Count> count) throws IOException {
        if (count.isPresent()) {
            json.writeNumberField(name, count.get().value());
        } else {
            json.writeNullField(name);
        }
    }

    private static void lines(JsonGenerator json, SourceSpan span) throws IOException {
        json.writeObjectFieldStart("lines");
        json.writeNumberField("start", span.firstLine());
        json.writeNumberField("end", span.lastLine());
        json.writeEndObject();
    }

    private static List<String> entities(List<InlineEntities.Segment> segments, InlineEntities.Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).map(InlineEntities.Segment::text).toList();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
