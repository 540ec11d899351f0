package io.github.tgtext.internal.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tgtext.Block;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Footer;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.internal.text.InlineEntities;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        if (post.footer().flatMap(Footer::signature).isPresent()) {
            json.writeStringField("author", post.footer().get().signature().get());
        }
        Optional<MediaPlaceholder> video = post.media().stream()
                .filter(m -> m.kind() == MediaPlaceholder.Kind.VIDEO || m.kind() == MediaPlaceholder.Kind.ROUND_VIDEO)
                .findFirst();
        if (video.isPresent()) {
            // Desktop writes one medium per message; an album's first video stands for it.
            json.writeStringField("media_type",
                    video.get().kind() == MediaPlaceholder.Kind.ROUND_VIDEO ? "video_message" : "video_file");
            if (video.get().duration().isPresent()) {
                json.writeNumberField("duration_seconds", video.get().duration().get().toSeconds());
            }
        }
        for (Block block : post.blocks()) {
            if (block instanceof Block.Document document) {
                json.writeStringField("file_name", document.name());
            } else if (block instanceof Block.Poll poll) {
                poll(json, poll, post.footer().flatMap(Footer::voters));
            }
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

    /** Desktop counts each answer's voters; the page shows shares, so each answer has its share instead. */
    private static void poll(JsonGenerator json, Block.Poll poll, Optional<Count> voters) throws IOException {
        json.writeObjectFieldStart("poll");
        json.writeStringField("question", poll.question());
        if (voters.isPresent()) {
            json.writeNumberField("total_voters", voters.get().value());
        }
        json.writeArrayFieldStart("answers");
        for (Block.Poll.Option option : poll.options()) {
            json.writeStartObject();
            json.writeStringField("text", option.text());
            json.writeNumberField("percent", option.percent());
            json.writeEndObject();
        }
        json.writeEndArray();
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
