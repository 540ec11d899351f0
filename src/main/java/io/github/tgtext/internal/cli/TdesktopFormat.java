package io.github.tgtext.internal.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.internal.text.InlineEntities;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Writes an export in the shape of Telegram Desktop's {@code result.json}, so that tools made
 * for Desktop exports can read it. What a text export cannot know is left out or synthetic:
 * see docs/cli.md.
 */
final class TdesktopFormat {

    private TdesktopFormat() {
    }

    static void write(JsonGenerator json, Input input, ChannelHeader header, Iterator<Post> posts)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("name", header == null ? input.name() : header.title());
        json.writeStringField("type", "public_channel");
        json.writeArrayFieldStart("messages");
        while (posts.hasNext()) {
            message(json, header, posts.next());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void message(JsonGenerator json, ChannelHeader header, Post post) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", messageId(post.index()));
        json.writeStringField("type", "message");
        if (header != null) {
            json.writeStringField("from", header.title());
        }
        if (post.forwardedFrom().isPresent()) {
            json.writeStringField("forwarded_from", post.forwardedFrom().get());
        }
        if (post.replyTo().isPresent() && post.replyTo().get().postIndex().isPresent()) {
            json.writeNumberField("reply_to_message_id", messageId(post.replyTo().get().postIndex().get()));
        }
        List<InlineEntities.Segment> segments = InlineEntities.segments(post.text());
        json.writeFieldName("text");
        if (segments.stream().allMatch(s -> s.kind() == InlineEntities.Kind.PLAIN)) {
            json.writeString(post.text());
        } else {
            json.writeStartArray();
            for (InlineEntities.Segment segment : segments) {
                if (segment.kind() == InlineEntities.Kind.PLAIN) {
                    json.writeString(segment.text());
                } else {
                    entity(json, segment);
                }
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("text_entities");
        for (InlineEntities.Segment segment : segments) {
            entity(json, segment);
        }
        json.writeEndArray();
        if (!post.reactions().isEmpty()) {
            json.writeArrayFieldStart("reactions");
            for (Reaction reaction : post.reactions()) {
                json.writeStartObject();
                // Desktop names a custom emoji by its document id, which the text does not show.
                json.writeStringField("type", reaction.emoji().isPresent() ? "emoji" : "custom_emoji");
                json.writeNumberField("count", reaction.count().value());
                if (reaction.emoji().isPresent()) {
                    json.writeStringField("emoji", reaction.emoji().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void entity(JsonGenerator json, InlineEntities.Segment segment) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", segment.kind() == InlineEntities.Kind.URL ? "link"
                : segment.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("text", segment.text());
        json.writeEndObject();
    }

    /** Message ids are synthetic: the post's position in the export, from 1. */
    private static int messageId(int postIndex) {
        return postIndex + 1;
    }
}
