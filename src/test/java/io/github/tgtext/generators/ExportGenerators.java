package io.github.tgtext.generators;

import static io.github.tgtext.generators.Spanless.NONE;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.Block;
import io.github.tgtext.ChannelExport;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Echo;
import io.github.tgtext.Footer;
import io.github.tgtext.Layout;
import io.github.tgtext.LinkPreview;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.PageTop;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.ReplyPreview;
import io.github.tgtext.TgText;
import java.time.LocalTime;
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
 *       ends unmistakably, with reactions or a footer (after a trailing placeholder or an echo, a
 *       short post could read as a link preview);
 *   <li>spaced layout: blocks are set off by blank lines, except a list item after an item with
 *       the same marker and a link label after a link label; the first post has a blank line, so
 *       the layout can be told;
 *   <li>compact layout: no blank lines; the lines of a post's text are distinct, so that the
 *       first repetition is the echo;
 *   <li>a reply preview quotes the start of an earlier post, and points to the most recent post
 *       that starts so;
 *   <li>reactions stand in the page's order (counts do not increase, but for a first reaction with
 *       no emoji, a paid star), and a reaction whose emoji is not shown follows a count that ends
 *       in K or M, so that where one count ends is plain;
 *   <li>a round video, whose duration stands after its placeholder, is a post's last media item
 *       above the text;
 *   <li>a link preview follows trailing placeholders and comes before reactions; a poll is the
 *       first block of its post (the lines before a poll's kind are its question); polls and
 *       documents are generated in the spaced layout only;
 *   <li>a copy of the whole page (spaced, with a header) has the page top, the channel's name above
 *       every post and a footer below it; only such a post shows its text above its media.
 * </ul>
 */
public final class ExportGenerators {

    private ExportGenerators() {
    }

    /** @return exports in either layout, with or without a header */
    public static Gen<ChannelExport> exports() {
        return in -> exports(pick(List.of(Layout.SPACED, Layout.COMPACT)).generate(in)).generate(in);
    }

    /** @return exports in the layout, with or without a header, maybe copies of the whole page */
    public static Gen<ChannelExport> exports(Layout layout) {
        return exports(layout, true);
    }

    /**
     * @return exports in the layout, with or without a header, never a copy of the whole page: its
     *         posts, which carry the channel's name from its header, cannot follow another export
     */
    public static Gen<ChannelExport> exportsWithoutPageCopies(Layout layout) {
        return exports(layout, false);
    }

    private static Gen<ChannelExport> exports(Layout layout, boolean pageCopies) {
        return in -> {
            boolean withHeader = range(0, 2).generate(in) == 0;
            boolean pageCopy = pageCopies && withHeader && layout == Layout.SPACED && range(0, 2).generate(in) > 0;
            Optional<ChannelHeader> header = withHeader ? Optional.of(header(in, pageCopy)) : Optional.empty();
            Optional<String> author = pageCopy ? header.map(ChannelHeader::title) : Optional.empty();
            return new ChannelExport(header, posts(in, layout, range(1, 8).generate(in), false, author), layout,
                    List.of(), List.of(), List.of());
        };
    }

    /** @return exports without a header whose first post is forwarded: they can follow any export */
    public static Gen<ChannelExport> headerlessExports(Layout layout) {
        return in -> new ChannelExport(Optional.empty(), posts(in, layout, range(1, 6).generate(in), true,
                Optional.empty()), layout, List.of(), List.of(), List.of());
    }

    /**
     * @return the text of a long channel's file: an export, then up to three headerless ones after
     *         it, in the spaced layout, so that a file holds many points where it can be cut
     */
    public static Gen<String> longChannelTexts() {
        Gen<String> texts = exports().map(e -> TgText.write(e, e.layout()));
        return in -> {
            StringBuilder text = new StringBuilder(texts.generate(in));
            for (int i = range(0, 3).generate(in); i > 0; i--) {
                text.append(TgText.write(headerlessExports(Layout.SPACED).generate(in), Layout.SPACED));
            }
            return text.toString();
        };
    }

    private static ChannelHeader header(RandomnessSource in, boolean pageCopy) {
        List<String> description = new ArrayList<>();
        int lines = range(0, 5).generate(in);
        for (int i = 0; i < lines; i++) {
            description.add(range(0, 4).generate(in) == 0 ? "" : TextGenerators.textLines().generate(in));
        }
        if (!pageCopy) {
            return new ChannelHeader(List.of(), TextGenerators.names().generate(in), Optional.empty(),
                    Optional.empty(), counter(in), counter(in), counter(in), counter(in), counter(in), description,
                    Optional.empty(), NONE);
        }
        List<String> links = new ArrayList<>(List.of("About", "Blog", "Apps", "Platform"));
        links.add(pick(List.of("Join", "Join ")).generate(in));
        return new ChannelHeader(range(0, 1).generate(in) == 0 ? List.of("  ") : List.of(),
                TextGenerators.names().generate(in),
                range(0, 2).generate(in) == 0 ? Optional.empty() : Optional.of(pick(List.of(" ✔", "✔")).generate(in)),
                range(0, 2).generate(in) == 0 ? Optional.empty() : Optional.of("@" + pick(TextGenerators.LATIN).generate(in)),
                counter(in), counter(in), counter(in), counter(in), counter(in), description,
                Optional.of(new PageTop(links, true, NONE)), NONE);
    }

    private static Optional<Count> counter(RandomnessSource in) {
        return range(0, 3).generate(in) == 0 ? Optional.empty() : Optional.of(MarkerGenerators.counts().generate(in));
    }

    private static List<Post> posts(RandomnessSource in, Layout layout, int count, boolean firstForwarded,
            Optional<String> author) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean ownPostAllowed = i == 0 ? !firstForwarded : endsUnmistakably(posts.get(i - 1), layout);
            posts.add(post(in, layout, posts, ownPostAllowed, i == 0 && layout == Layout.SPACED && author.isEmpty(),
                    author));
        }
        return posts;
    }

    /**
     * A post that ends without reactions or a footer may run on into a short post after it: after
     * its placeholders or echo, a name-like line and reactions read as its link preview.
     */
    private static boolean endsUnmistakably(Post post, Layout layout) {
        return !post.reactions().isEmpty() || post.footer().isPresent();
    }

    private static Post post(RandomnessSource in, Layout layout, List<Post> earlier, boolean ownPostAllowed,
            boolean needsBlankLine, Optional<String> author) {
        boolean pageCopy = author.isPresent();
        boolean leading = range(0, pageCopy ? 2 : 5).generate(in) == 0;
        Optional<String> forwarded = !ownPostAllowed || range(0, 1).generate(in) == 0
                ? Optional.of(TextGenerators.names().generate(in)) : Optional.empty();
        // A reply preview stands before a leading placeholder, so it may open a post only where an own
        // post may start: the placeholder alone would not be seen as the start of a new post.
        boolean replyAllowed = forwarded.isPresent() || ownPostAllowed;
        Optional<ReplyPreview> reply = replyAllowed && range(0, 4).generate(in) == 0 ? reply(in, earlier)
                : Optional.empty();
        List<MediaPlaceholder> media = new ArrayList<>();
        if (leading) {
            int items = range(1, 2).generate(in);
            for (int i = 0; i < items; i++) {
                MediaPlaceholder item = MarkerGenerators.mediaItems().generate(in);
                // A round video's duration, after its placeholder, would read as that of an item after it.
                boolean roundBefore = !media.isEmpty() && media.get(media.size() - 1).kind() == MediaPlaceholder.Kind.ROUND_VIDEO;
                if (!roundBefore) {
                    media.add(item);
                }
            }
        }
        boolean spaced = layout == Layout.SPACED;
        List<Block> blocks = new ArrayList<>();
        if (spaced && range(0, 7).generate(in) == 0) {
            blocks.add(poll(in));
        }
        List<Block> text = blocks(in, layout, needsBlankLine ? 2 : media.isEmpty() && blocks.isEmpty() ? 1 : 0);
        if (!blocks.isEmpty() && !text.isEmpty()) {
            // After a poll's last option, a block on the next line could read as a new post.
            text.set(0, Blocks.rebuilt(text.get(0), 1, NONE));
        }
        blocks.addAll(text);
        if (needsBlankLine) {
            blocks.set(1, Blocks.rebuilt(blocks.get(1), 1, NONE));
        }
        if (spaced && blocks.size() > 1 && range(0, 9).generate(in) == 0) {
            int at = range(blocks.get(0) instanceof Block.Poll ? 1 : 0, blocks.size() - 1).generate(in);
            blocks.add(at, new Block.Document(TextGenerators.names().generate(in),
                    pick(List.of("2.1 MB", "245 KB", "1.4 GB", "980 B")).generate(in), at == 0 ? 0 : 1, NONE));
        }
        boolean textAboveMedia = pageCopy && leading && !blocks.isEmpty() && range(0, 2).generate(in) > 0;
        if (blocks.isEmpty() || textAboveMedia) {
            // A round video's duration, after its placeholder, would read as that of a media item
            // after it: only text may follow it.
            media.replaceAll(m -> m.kind() == MediaPlaceholder.Kind.ROUND_VIDEO
                    ? new MediaPlaceholder(MediaPlaceholder.Kind.VIDEO, m.duration(), NONE) : m);
        }
        int trailing = range(0, 6).generate(in) == 0 ? range(1, 2).generate(in) : 0;
        for (int i = 0; i < trailing; i++) {
            media.add(new MediaPlaceholder(MediaPlaceholder.Kind.UNSUPPORTED, Optional.empty(), NONE));
        }
        int textLines = blocks.stream().mapToInt(b -> b.text().split("\n", -1).length).sum();
        Optional<Echo> echo = layout == Layout.COMPACT && textLines >= 2 && range(0, 4).generate(in) > 0
                ? Optional.of(new Echo(textLines - 1, true, NONE)) : Optional.empty();
        List<Reaction> reactions = range(0, 2).generate(in) == 0 ? MarkerGenerators.reactions().generate(in)
                : List.of();
        Optional<Footer> footer = pageCopy ? Optional.of(footer(in, blocks)) : Optional.empty();
        // Outside a page copy only reactions mark where a preview ends; in one the footer does.
        Optional<LinkPreview> preview = trailing > 0 && (!reactions.isEmpty() || pageCopy)
                && range(0, 2).generate(in) == 0 ? Optional.of(linkPreview(in)) : Optional.empty();
        return new Post(earlier.size(), NONE, author, forwarded, reply, media, blocks, reactions, echo, textAboveMedia,
                preview, footer);
    }

    /** A poll whose question may hold a blank line, with two to four options. */
    private static Block.Poll poll(RandomnessSource in) {
        String question = TextGenerators.textLines().generate(in)
                + (range(0, 2).generate(in) == 0 ? "\n\n" + TextGenerators.textLines().generate(in) : "");
        List<Block.Poll.Option> options = new ArrayList<>();
        int count = range(2, 4).generate(in);
        for (int i = 0; i < count; i++) {
            options.add(new Block.Poll.Option(range(0, 100).generate(in), TextGenerators.textLines().generate(in)));
        }
        return new Block.Poll(question, pick(List.of("Anonymous Poll", "Public Poll", "Quiz")).generate(in), options,
                0, NONE);
    }

    /** Site, title, description: a preview's lines are read in that order, so a shorter one lacks the last. */
    private static LinkPreview linkPreview(RandomnessSource in) {
        int lines = range(1, 3).generate(in);
        return new LinkPreview(Optional.of(TextGenerators.names().generate(in)),
                lines > 1 ? Optional.of(TextGenerators.textLines().generate(in)) : Optional.empty(),
                lines > 2 ? Optional.of(TextGenerators.textLines().generate(in)) : Optional.empty(), NONE);
    }

    private static Footer footer(RandomnessSource in, List<Block> blocks) {
        boolean poll = !blocks.isEmpty() && blocks.get(0) instanceof Block.Poll;
        return new Footer(poll ? Optional.of(MarkerGenerators.counts().generate(in)) : Optional.empty(),
                MarkerGenerators.counts().generate(in),
                range(0, 2).generate(in) == 0 ? Optional.empty() : Optional.of(TextGenerators.names().generate(in)),
                range(0, 2).generate(in) == 0, LocalTime.of(range(0, 23).generate(in), range(0, 59).generate(in)), NONE);
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
