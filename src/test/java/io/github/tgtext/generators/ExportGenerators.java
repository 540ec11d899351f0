package io.github.tgtext.generators;

import static io.github.tgtext.generators.Spanless.NONE;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.Block;
import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Echo;
import io.github.tgtext.Layout;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.ReplyPreview;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates whole exports, composed from generators of each node. Every export it makes is one
 * the format allows, so that writing and parsing it again must give it back:
 *
 * <ul>
 *   <li>a post that is neither forwarded nor opened by a placeholder follows only a post that
 *       ends unmistakably (reactions, a trailing placeholder, or in the compact layout an echo);
 *   <li>spaced layout: blocks are set off by blank lines, except a list item after an item with
 *       the same marker and a link label after a link label; the first post has a blank line, so
 *       the layout can be told;
 *   <li>compact layout: no blank lines; the lines of a post's text are distinct, so that the
 *       first repetition is the echo;
 *   <li>a reply preview quotes the start of an earlier post, and points to the most recent post
 *       that starts so.
 * </ul>
 */
public final class ExportGenerators {

    private ExportGenerators() {
    }

    /** @return exports in either layout, with or without a header */
    public static Gen<ChannelExport> exports() {
        return in -> exports(pick(List.of(Layout.SPACED, Layout.COMPACT)).generate(in)).generate(in);
    }

    /** @return exports in the layout, with or without a header */
    public static Gen<ChannelExport> exports(Layout layout) {
        return in -> {
            Optional<ChannelHeader> header = range(0, 2).generate(in) == 0 ? Optional.of(header(in))
                    : Optional.empty();
            return new ChannelExport(header, posts(in, layout, range(1, 8).generate(in), false), layout,
                    List.of(), List.of(), List.of());
        };
    }

    /** @return exports without a header whose first post is forwarded: they can follow any export */
    public static Gen<ChannelExport> headerlessExports(Layout layout) {
        return in -> new ChannelExport(Optional.empty(), posts(in, layout, range(1, 6).generate(in), true), layout,
                List.of(), List.of(), List.of());
    }

    private static ChannelHeader header(RandomnessSource in) {
        List<String> description = new ArrayList<>();
        int lines = range(0, 5).generate(in);
        for (int i = 0; i < lines; i++) {
            description.add(range(0, 4).generate(in) == 0 ? "" : TextGenerators.textLines().generate(in));
        }
        return new ChannelHeader(List.of(), TextGenerators.names().generate(in), Optional.empty(), Optional.empty(),
                counter(in), counter(in), counter(in), counter(in), counter(in), description, Optional.empty(), NONE);
    }

    private static Optional<Count> counter(RandomnessSource in) {
        return range(0, 3).generate(in) == 0 ? Optional.empty() : Optional.of(MarkerGenerators.counts().generate(in));
    }

    private static List<Post> posts(RandomnessSource in, Layout layout, int count, boolean firstForwarded) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean ownPostAllowed = i == 0 ? !firstForwarded : endsUnmistakably(posts.get(i - 1), layout);
            posts.add(post(in, layout, posts, ownPostAllowed, i == 0 && layout == Layout.SPACED));
        }
        return posts;
    }

    private static boolean endsUnmistakably(Post post, Layout layout) {
        return !post.reactions().isEmpty()
                || post.media().stream().anyMatch(m -> m.kind() == MediaPlaceholder.Kind.UNSUPPORTED)
                || layout == Layout.COMPACT && post.echo().isPresent();
    }

    private static Post post(RandomnessSource in, Layout layout, List<Post> earlier, boolean ownPostAllowed,
            boolean needsBlankLine) {
        boolean leading = range(0, 6).generate(in) == 0;
        Optional<String> forwarded = !ownPostAllowed && !leading || range(0, 1).generate(in) == 0
                ? Optional.of(TextGenerators.names().generate(in)) : Optional.empty();
        // A reply preview stands before a leading placeholder, so it may open a post only where an own
        // post may start: the placeholder alone would not be seen as the start of a new post.
        boolean replyAllowed = forwarded.isPresent() || ownPostAllowed;
        Optional<ReplyPreview> reply = replyAllowed && range(0, 4).generate(in) == 0 ? reply(in, earlier)
                : Optional.empty();
        List<MediaPlaceholder> media = new ArrayList<>();
        if (leading) {
            media.add(new MediaPlaceholder(MediaPlaceholder.Kind.TOO_BIG, Optional.empty(), NONE));
        }
        List<Block> blocks = blocks(in, layout, needsBlankLine ? 2 : media.isEmpty() ? 1 : 0);
        if (needsBlankLine) {
            blocks.set(1, Blocks.rebuilt(blocks.get(1), 1, NONE));
        }
        int trailing = range(0, 6).generate(in) == 0 ? range(1, 2).generate(in) : 0;
        for (int i = 0; i < trailing; i++) {
            media.add(new MediaPlaceholder(MediaPlaceholder.Kind.UNSUPPORTED, Optional.empty(), NONE));
        }
        int textLines = blocks.stream().mapToInt(b -> b.text().split("\n", -1).length).sum();
        Optional<Echo> echo = layout == Layout.COMPACT && textLines >= 2 && range(0, 4).generate(in) > 0
                ? Optional.of(new Echo(textLines - 1, true, NONE)) : Optional.empty();
        List<Reaction> reactions = new ArrayList<>();
        if (range(0, 2).generate(in) == 0) {
            int count = range(1, 4).generate(in);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String emoji = MarkerGenerators.reactionEmoji().generate(in);
                if (seen.add(emoji)) {
                    reactions.add(new Reaction(Optional.of(emoji), MarkerGenerators.counts().generate(in), NONE));
                }
            }
        }
        return new Post(earlier.size(), NONE, Optional.empty(), forwarded, reply, media, blocks, reactions, echo, false,
                Optional.empty(), Optional.empty());
    }

    private static Optional<ReplyPreview> reply(RandomnessSource in, List<Post> earlier) {
        if (range(0, 3).generate(in) == 0) {
            // A reply to a post that is not in the export.
            String start = "Quoted " + TextGenerators.textLines().generate(in).replaceAll("[.!?:,)]$", "");
            boolean quotesEarlier = earlier.stream().anyMatch(p -> Folding.fold(p.text()).startsWith(start));
            return quotesEarlier ? Optional.empty() : Optional.of(new ReplyPreview(TextGenerators.names().generate(in),
                    Folding.fold(start) + "…", Optional.empty(), NONE));
        }
        List<Post> quotable = earlier.stream().filter(p -> Folding.fold(p.text()).length() >= 8).toList();
        if (quotable.isEmpty()) {
            return Optional.empty();
        }
        String quoted = Folding.fold(pick(quotable).generate(in).text());
        String start = quoted.substring(0, range(8, Math.min(60, quoted.length())).generate(in)).strip();
        int target = -1;
        for (Post post : earlier) {
            if (Folding.fold(post.text()).startsWith(start)) {
                target = post.index();
            }
        }
        return Optional.of(new ReplyPreview(TextGenerators.names().generate(in), start + "…", Optional.of(target),
                NONE));
    }

    private static List<Block> blocks(RandomnessSource in, Layout layout, int atLeast) {
        List<Block> blocks = new ArrayList<>();
        Set<String> lines = new HashSet<>();
        int count = range(atLeast, Math.max(atLeast, 6)).generate(in);
        for (int attempt = 0; blocks.size() < count; attempt++) {
            // When shrinking drives every choice to its minimum, the same block comes again and
            // again; after a few tries a numbered paragraph keeps the lines distinct.
            Block block = attempt < 3 * count ? block(in, layout)
                    : new Block.Paragraph(List.of("Numbered line " + blocks.size() + " of the post"), 0, NONE);
            List<String> blockLines = List.of(block.text().split("\n", -1));
            if (layout == Layout.COMPACT && !java.util.Collections.disjoint(lines, blockLines)) {
                continue;
            }
            lines.addAll(blockLines);
            blocks.add(Blocks.rebuilt(block, blankLinesBefore(in, layout, blocks, block), NONE));
        }
        return blocks;
    }

    private static Block block(RandomnessSource in, Layout layout) {
        return switch (range(0, 9).generate(in)) {
            case 0, 1, 2, 3 -> new Block.Paragraph(paragraphLines(in, layout), 0, NONE);
            case 4, 5 -> new Block.Bullet(MarkerGenerators.markers().generate(in), MarkerGenerators.gaps().generate(in),
                    TextGenerators.textLines().generate(in), 0, NONE);
            case 6 -> new Block.HashtagLine(hashtags(in), 0, NONE);
            case 7 -> new Block.LinkLabel(MarkerGenerators.linkLabels().generate(in), 0, NONE);
            case 8 -> new Block.Separator("***", 0, NONE);
            default -> new Block.Omission("<...>", 0, NONE);
        };
    }

    private static List<String> paragraphLines(RandomnessSource in, Layout layout) {
        int count = layout == Layout.COMPACT ? 1 : range(1, 3).generate(in);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(TextGenerators.textLines().generate(in));
        }
        return lines;
    }

    private static String hashtags(RandomnessSource in) {
        StringBuilder line = new StringBuilder();
        int count = range(1, 4).generate(in);
        for (int i = 0; i < count; i++) {
            line.append(i == 0 ? "" : " ").append('#')
                    .append(pick(List.of("CIS", "UNGA79", "RussiaChina", "Россия", "BRICS", "SCO_2024")).generate(in));
        }
        return line.toString();
    }

    /** Blank lines never stand in the compact layout; in the spaced one they set blocks off. */
    private static int blankLinesBefore(RandomnessSource in, Layout layout, List<Block> before, Block block) {
        if (layout == Layout.COMPACT || before.isEmpty()) {
            return 0;
        }
        Block previous = before.get(before.size() - 1);
        boolean sameList = block instanceof Block.Bullet b && previous instanceof Block.Bullet p
                && b.marker().equals(p.marker());
        boolean linkAfterLink = block instanceof Block.LinkLabel && previous instanceof Block.LinkLabel;
        if ((sameList || linkAfterLink) && range(0, 1).generate(in) == 0) {
            return 0;
        }
        return range(0, 5).generate(in) == 0 ? 2 : 1;
    }


    /** How a reply preview's snippet relates to the quoted text: white space folded to one space. */
    static final class Folding {
        private Folding() {
        }

        static String fold(String text) {
            return text.replaceAll("[\\s\\u00A0]+", " ").strip();
        }
    }
}
