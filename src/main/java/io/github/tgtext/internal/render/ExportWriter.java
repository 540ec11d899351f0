package io.github.tgtext.internal.render;

import io.github.tgtext.Block;
import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Footer;
import io.github.tgtext.Layout;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.internal.text.ClockTimes;
import io.github.tgtext.internal.text.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a tree back to the export format. A parsed export rendered in its own layout gives
 * back the lines it was parsed from (see docs/format.md for what is not kept).
 */
public final class ExportWriter {

    private final Layout layout;
    private final StringBuilder out = new StringBuilder();

    private ExportWriter(Layout layout) {
        this.layout = layout;
    }

    /**
     * @param export the export
     * @param layout the layout to write in
     * @return the text, each line ended by {@code \n}
     */
    public static String write(ChannelExport export, Layout layout) {
        ExportWriter writer = new ExportWriter(layout);
        export.header().ifPresent(writer::header);
        export.posts().forEach(writer::post);
        return writer.out.toString();
    }

    private void header(ChannelHeader header) {
        header.blankLines().forEach(this::line);
        line(header.title());
        header.verifiedMark().ifPresent(this::line);
        header.username().ifPresent(this::line);
        counter(header.subscribers(), "subscriber");
        counter(header.photos(), "photo");
        counter(header.videos(), "video");
        counter(header.files(), "file");
        counter(header.links(), "link");
        header.description().forEach(this::line);
        line(Phrases.DOWNLOAD_TELEGRAM);
        header.pageTop().ifPresent(top -> {
            top.links().forEach(this::line);
            if (top.topBar()) {
                line(header.title());
                header.verifiedMark().ifPresent(this::line);
                counter(header.subscribers(), "subscriber");
            }
        });
    }

    /** The units match the grammar's SUBSCRIBERS, PHOTOS, ... tokens: singular for exactly one. */
    private void counter(Optional<Count> count, String unit) {
        count.ifPresent(c -> line(c.text() + " " + unit + (c.text().equals("1") ? "" : "s")));
    }

    private void post(Post post) {
        post.author().ifPresent(this::line);
        post.forwardedFrom().ifPresent(source ->
                line(Phrases.FORWARDED_FROM + (layout == Layout.SPACED ? "\u00A0" : " ") + source));
        post.replyTo().ifPresent(reply -> {
            line(reply.author());
            line(reply.snippet());
        });
        if (!post.textAboveMedia()) {
            post.media().stream().filter(m -> m.kind().opensPost()).forEach(this::placeholder);
        }
        List<String> textLines = new ArrayList<>();
        for (Block block : post.blocks()) {
            if (layout == Layout.SPACED) {
                for (int i = 0; i < block.blankLinesBefore(); i++) {
                    line("");
                }
            }
            for (String line : block.text().split("\n", -1)) {
                line(line);
                textLines.add(line);
            }
        }
        if (post.textAboveMedia()) {
            post.media().stream().filter(m -> m.kind().opensPost()).forEach(this::placeholder);
        }
        if (layout == Layout.COMPACT) {
            post.echo().ifPresent(echo ->
                    textLines.subList(1, Math.min(textLines.size(), 1 + echo.lineCount())).forEach(this::line));
        }
        post.media().stream().filter(m -> !m.kind().opensPost()).forEach(this::placeholder);
        post.linkPreview().ifPresent(preview -> {
            preview.siteName().ifPresent(this::line);
            preview.title().ifPresent(this::line);
            preview.description().ifPresent(description -> description.lines().forEach(this::line));
        });
        if (!post.reactions().isEmpty()) {
            StringBuilder reactions = new StringBuilder();
            for (Reaction reaction : post.reactions()) {
                reactions.append(reaction.emoji().orElse("")).append(reaction.count().text());
            }
            line(reactions.toString());
        }
        post.footer().ifPresent(footer -> line(footer(footer)));
    }

    /** As the page writes it: "2.19M viewsPavel Durov,&nbsp;edited &nbsp;22:36", no space after "views". */
    private static String footer(Footer footer) {
        return footer.voters().map(voters -> voters.text() + " voters").orElse("") + footer.views().text() + " views" + footer.signature().map(name -> name + ",\u00A0").orElse("")
                + (footer.edited() ? "edited \u00A0" : "") + ClockTimes.shown(footer.time());
    }

    private void placeholder(MediaPlaceholder media) {
        boolean round = media.kind() == MediaPlaceholder.Kind.ROUND_VIDEO;
        if (!round) {
            media.duration().ifPresent(duration -> line(ClockTimes.shown(duration)));
        }
        line(switch (media.kind()) {
            case TOO_BIG -> Phrases.MEDIA_TOO_BIG;
            case VIDEO, ROUND_VIDEO -> Phrases.VIDEO_NOT_SUPPORTED;
            case UNSUPPORTED -> Phrases.OPEN_IN_TELEGRAM;
        });
        line(Phrases.VIEW_IN_TELEGRAM);
        if (round) {
            media.duration().ifPresent(duration -> line(ClockTimes.shown(duration)));
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
