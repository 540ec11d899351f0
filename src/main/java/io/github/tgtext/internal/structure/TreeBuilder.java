package io.github.tgtext.internal.structure;

import io.github.tgtext.Block;
import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Echo;
import io.github.tgtext.Footer;
import io.github.tgtext.Layout;
import io.github.tgtext.LinkPreview;
import io.github.tgtext.MediaPlaceholder;
import io.github.tgtext.PageTop;
import io.github.tgtext.Post;
import io.github.tgtext.Reaction;
import io.github.tgtext.ReplyPreview;
import io.github.tgtext.SourceSpan;
import io.github.tgtext.Unrecognised;
import io.github.tgtext.internal.grammar.TgExportParser;
import io.github.tgtext.internal.lines.Classification;
import io.github.tgtext.internal.lines.ClassifiedLine;
import io.github.tgtext.internal.text.ClockTimes;
import io.github.tgtext.internal.text.CountParser;
import io.github.tgtext.internal.text.Phrases;
import io.github.tgtext.internal.text.ReactionCounts;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses a piece of lines with the structure grammar and builds the public tree from the parse
 * tree. Lines the grammar could not place are reported as {@link Unrecognised}, each with an
 * error, so no line is lost. Not thread-safe: one builder per parse.
 */
final class TreeBuilder {

    private final TgExportParser parser = new TgExportParser(null);
    private final LineTokenStream stream = new LineTokenStream();
    private final Layout layout;
    private final Consumer<Diagnostic> diagnostics;
    private final Consumer<Unrecognised> unrecognised;
    private List<LineToken> tokens;
    private final BitSet reported = new BitSet();
    private final ANTLRErrorStrategy recovering = new DefaultErrorStrategy() {
        @Override
        protected Token getMissingSymbol(Parser recognizer) {
            // Our tokens are lines without a character source; a conjured line has no text.
            CommonToken missing = new CommonToken(getExpectedTokens(recognizer).getMinElement(), "");
            missing.setTokenIndex(-1);
            return missing;
        }
    };
    /** Stops at the first syntax error, reporting nothing, or recovers at once when tested against that. */
    private final ANTLRErrorStrategy firstStage;

    TreeBuilder(Layout layout, Consumer<Diagnostic> diagnostics, Consumer<Unrecognised> unrecognised) {
        this(layout, diagnostics, unrecognised, true);
    }

    /** @param failFastFirst false to parse every post with error recovery, which the two stages are tested against */
    TreeBuilder(Layout layout, Consumer<Diagnostic> diagnostics, Consumer<Unrecognised> unrecognised,
            boolean failFastFirst) {
        this.layout = layout;
        this.firstStage = failFastFirst ? new BailErrorStrategy() {
            @Override
            public void reportError(Parser recognizer, RecognitionException e) {
                // A rule reports an error before it asks to recover: the recovering parse reports it.
            }
        } : recovering;
        this.diagnostics = diagnostics;
        this.unrecognised = unrecognised;
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                    String message, RecognitionException e) {
                boolean missing = message.startsWith("missing");
                boolean placeholder = ((TgExportParser) recognizer).getExpectedTokens()
                        .contains(TgExportParser.VIEW_IN_TELEGRAM_LINE);
                reportSyntaxError((Token) offendingSymbol, missing, missing && placeholder);
            }
        });
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    }

    /** @return the header, or empty if its lines do not make one (they are then unrecognised) */
    Optional<ChannelHeader> header(List<LineToken> lines) {
        TgExportParser.HeaderContext ctx = parse(lines, recovering).header();
        if (ctx.title() == null || ctx.title().getStart().getTokenIndex() < 0) {
            reportUncovered(new BitSet());
            return Optional.empty();
        }
        ChannelHeader header = new ChannelHeader(
                ctx.BLANK().stream().flatMap(blank -> token(blank.getSymbol()).texts().stream()).toList(),
                line(ctx.title().getStart()).text(),
                Optional.ofNullable(ctx.verified()).map(v -> line(v.getStart()).text()),
                Optional.ofNullable(ctx.username()).map(u -> line(u.getStart()).text().strip()),
                count(ctx.subscribers()), count(ctx.photos()), count(ctx.videos()), count(ctx.files()),
                count(ctx.links()),
                ctx.description().descriptionLine().stream().flatMap(d -> token(d.getStart()).texts().stream()).toList(),
                Optional.ofNullable(ctx.pageTop()).map(this::pageTop), spanOfAll());
        reportUncovered(ctx);
        return Optional.of(header);
    }

    private PageTop pageTop(TgExportParser.PageTopContext ctx) {
        return new PageTop(ctx.PAGE_LINK_LINE().stream().map(link -> line(link.getSymbol()).text()).toList(),
                ctx.topBar() != null, span(ctx));
    }

    /** @return the post made of the piece's lines; its reply preview, if any, is not resolved yet (ReplyIndex) */
    Post post(int index, Chunk chunk) {
        TgExportParser.PostContext ctx = postOf(chunk.tokens());
        Optional<String> author = Optional.empty();
        Optional<String> forwardedFrom = Optional.empty();
        Optional<ReplyPreview> reply = Optional.empty();
        List<MediaPlaceholder> media = new ArrayList<>(1);
        List<Block> blocks = new ArrayList<>();
        Optional<Echo> echo = Optional.empty();
        List<Reaction> reactions = List.of();
        boolean textAboveMedia = false;
        Optional<LinkPreview> linkPreview = Optional.empty();
        Optional<Footer> footer = Optional.empty();
        int blankLines = 0;
        // One walk over the post's parts, in the order the grammar's post rule gives them.
        for (ParseTree part : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
            if (part instanceof TgExportParser.BlockContext block) {
                addBlock(block, blankLines, blocks);
                blankLines = 0;
            } else if (isLine(part) && ((TerminalNode) part).getSymbol().getType() == TgExportParser.BLANK) {
                blankLines += token(((TerminalNode) part).getSymbol()).lineCount();
            } else if (part instanceof TgExportParser.AuthorContext name) {
                author = Optional.of(line(name.getStart()).text());
            } else if (part instanceof TgExportParser.ForwardedContext forwarded) {
                forwardedFrom = Optional.of(line(forwarded.getStart()).content());
            } else if (part instanceof TgExportParser.ReplyPreviewContext preview) {
                reply = replyPreview(preview);
            } else if (part instanceof TgExportParser.MediaContext item) {
                media.add(mediaItem(item));
                textAboveMedia |= !blocks.isEmpty();
            } else if (part instanceof TgExportParser.TrailingPlaceholderContext trailing) {
                media.add(new MediaPlaceholder(MediaPlaceholder.Kind.UNSUPPORTED, Optional.empty(), span(trailing)));
            } else if (part instanceof TgExportParser.EchoContext repeated) {
                echo = Optional.of(new Echo(lineCount(repeated), chunk.echoComplete(), span(repeated)));
            } else if (part instanceof TgExportParser.LinkPreviewContext lines) {
                linkPreview = Optional.of(linkPreview(lines));
            } else if (part instanceof TgExportParser.ReactionsContext counters) {
                reactions = reactions(counters.getStart());
            } else if (part instanceof TgExportParser.FooterContext line) {
                footer = footer(line(line.getStart()));
            }
        }
        if (echo.isPresent() && !chunk.echoComplete()) {
            ClassifiedLine last = tokens.get(tokens.size() - 1).last();
            report(Diagnostic.Severity.WARNING, last, 1, "the input ends inside the echo of the post that starts on line "
                    + tokens.get(0).line().line().number() + "; the file may be cut off");
        }
        Post post = new Post(index, spanOfAll(), author, forwardedFrom, reply, media, blocks, reactions, echo,
                textAboveMedia, linkPreview, footer);
        reportUncovered(ctx);
        if (tokens.stream().allMatch(token -> token.type() == TgExportParser.BLANK)) {
            // A file of blank lines, or blank lines after a reactions line: they stay a post, as
            // every line belongs to one, and the warning says that it is no real post.
            report(Diagnostic.Severity.WARNING, tokens.get(0).line(), 1, "the post that starts on line "
                    + tokens.get(0).line().line().number() + " has no text, only " + post.span().lineCount()
                    + (post.span().lineCount() == 1 ? " blank line" : " blank lines"));
        }
        if (chunk.cut()) {
            report(Diagnostic.Severity.WARNING, tokens.get(tokens.size() - 1).last(), 1, "the post that starts on line "
                    + tokens.get(0).line().line().number() + " ends here, with no boundary: it reached "
                    + PostSizeLimit.reachedBy(tokens.size())
                    + ", more than a Telegram post holds; the next line starts a new post");
        }
        return post;
    }

    private MediaPlaceholder mediaItem(TgExportParser.MediaContext leading) {
        MediaPlaceholder.Kind kind = leading.ROUND_VIDEO_DURATION() != null ? MediaPlaceholder.Kind.ROUND_VIDEO
                : leading.VIDEO_NOT_SUPPORTED_LINE() != null ? MediaPlaceholder.Kind.VIDEO : MediaPlaceholder.Kind.TOO_BIG;
        Optional<Duration> duration = Optional.empty();
        TerminalNode shown = leading.DURATION_LINE() != null ? leading.DURATION_LINE() : leading.ROUND_VIDEO_DURATION();
        if (shown != null && !(shown instanceof ErrorNode)) {
            ClassifiedLine line = line(shown.getSymbol());
            duration = ClockTimes.duration(line.content());
            if (duration.isEmpty()) {
                report(Diagnostic.Severity.ERROR, line, 1, "unreadable duration '" + line.content() + "'");
            }
        }
        return new MediaPlaceholder(kind, duration, span(leading));
    }

    /** The preview's lines in the order the grammar gives them: the site's, the title's, the description's. */
    private LinkPreview linkPreview(TgExportParser.LinkPreviewContext ctx) {
        Optional<String> site = Optional.ofNullable(ctx.PREVIEW_SITE()).map(t -> line(t.getSymbol()).text());
        Optional<String> title = Optional.ofNullable(ctx.PREVIEW_TITLE()).map(t -> line(t.getSymbol()).text());
        List<String> description = ctx.PREVIEW_DESCRIPTION().stream().map(t -> line(t.getSymbol()).text()).toList();
        return new LinkPreview(site, title,
                description.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", description)), span(ctx));
    }

    private Optional<Footer> footer(ClassifiedLine line) {
        Classification.FooterText text = line.classification().footer();
        Optional<Count> voters = text.voters().isEmpty() ? Optional.empty() : CountParser.parse(text.voters());
        Optional<Count> views = CountParser.parse(text.views());
        Optional<LocalTime> time = ClockTimes.timeOfDay(text.time());
        if (views.isEmpty() || time.isEmpty() || voters.isEmpty() && !text.voters().isEmpty()) {
            report(Diagnostic.Severity.ERROR, line, 1, views.isEmpty() ? "unreadable views '" + text.views() + "'"
                    : time.isEmpty() ? "unreadable time '" + text.time() + "'" : "unreadable voters '" + text.voters() + "'");
            return Optional.empty();
        }
        return Optional.of(new Footer(voters, views.get(), text.signature().isEmpty() ? Optional.empty()
                : Optional.of(text.signature()), text.edited(), time.get(), line.line().span()));
    }

    private Optional<ReplyPreview> replyPreview(TgExportParser.ReplyPreviewContext preview) {
        TerminalNode snippetLine = preview.REPLY_SNIPPET();
        if (snippetLine == null || snippetLine instanceof ErrorNode) {
            return Optional.empty();
        }
        String snippet = line(snippetLine.getSymbol()).text().strip();
        return Optional.of(new ReplyPreview(line(preview.REPLY_AUTHOR().getSymbol()).text().strip(), snippet,
                Optional.empty(), span(preview)));
    }

    /**
     * Parses a post in two stages: first with no error recovery, which stops at the first syntax
     * error; only then again with it. Recovery checks the next token at every loop and optional
     * part of the rule, in case it must resynchronise there; most posts have no error, and
     * skipping those checks made an export of three-line posts 30% faster. On input with no
     * error both stages build the same tree.
     */
    private TgExportParser.PostContext postOf(List<LineToken> lines) {
        try {
            return parse(lines, firstStage).post();
        } catch (ParseCancellationException e) {
            return parse(lines, recovering).post();
        }
    }

    private TgExportParser parse(List<LineToken> lines, ANTLRErrorStrategy errors) {
        tokens = lines;
        reported.clear();
        stream.reset(lines);
        parser.setErrorHandler(errors);
        parser.setTokenStream(stream);
        return parser;
    }

    private void addBlock(TgExportParser.BlockContext block, int blankLinesBefore, List<Block> blocks) {
        if (block.paragraph() != null) {
            paragraphs(block.paragraph(), blankLinesBefore, blocks);
        } else if (block.poll() != null) {
            blocks.add(poll(block.poll(), blankLinesBefore));
        } else if (block.document() != null) {
            TgExportParser.DocumentContext document = block.document();
            blocks.add(new Block.Document(line(document.getStart()).text(), textOf(document.FILE_SIZE_LINE()),
                    blankLinesBefore, span(document)));
        } else {
            blocks.add(lineBlock(block, blankLinesBefore));
        }
    }

    private Block.Poll poll(TgExportParser.PollContext poll, int blankLinesBefore) {
        List<String> question = new ArrayList<>();
        for (ParseTree part : poll.children) {
            if (isLine(part) && ((TerminalNode) part).getSymbol().getType() != TgExportParser.POLL_KIND_LINE) {
                question.addAll(token(((TerminalNode) part).getSymbol()).texts());
            } else if (isLine(part)) {
                break;
            }
        }
        List<Block.Poll.Option> options = new ArrayList<>();
        for (TgExportParser.PollOptionContext option : poll.pollOption()) {
            ClassifiedLine percent = line(option.getStart());
            String digits = percent.text().replaceAll("[^0-9]", "");
            if (digits.length() > 3 || Integer.parseInt(digits) > 100) {
                report(Diagnostic.Severity.ERROR, percent, 1, "unreadable share of the votes '" + percent.text() + "'");
            } else {
                options.add(new Block.Poll.Option(Integer.parseInt(digits), textOf(option.POLL_OPTION())));
            }
        }
        return new Block.Poll(String.join("\n", question), textOf(poll.POLL_KIND_LINE()), options, blankLinesBefore,
                span(poll));
    }

    /** Text lines make one paragraph in the spaced layout, and one paragraph each in the compact one. */
    private void paragraphs(TgExportParser.ParagraphContext paragraph, int blankLinesBefore, List<Block> blocks) {
        if (layout == Layout.SPACED) {
            List<String> texts = new ArrayList<>(paragraph.getChildCount());
            for (ParseTree part : paragraph.children) {
                if (isLine(part)) {
                    texts.add(line(((TerminalNode) part).getSymbol()).text());
                }
            }
            blocks.add(new Block.Paragraph(texts, blankLinesBefore, span(paragraph)));
            return;
        }
        int before = blankLinesBefore;
        for (ParseTree part : paragraph.children) {
            if (isLine(part)) {
                ClassifiedLine line = line(((TerminalNode) part).getSymbol());
                blocks.add(new Block.Paragraph(List.of(line.text()), before, line.line().span()));
                before = 0;
            }
        }
    }

    /** @return how many lines the rule matched, lines that error recovery put in it aside */
    private static int lineCount(ParserRuleContext rule) {
        int lines = 0;
        for (ParseTree part : rule.children) {
            if (isLine(part)) {
                lines++;
            }
        }
        return lines;
    }

    private static boolean isLine(ParseTree part) {
        return part instanceof TerminalNode && !(part instanceof ErrorNode);
    }

    private Block lineBlock(TgExportParser.BlockContext block, int blankLinesBefore) {
        ClassifiedLine line = line(block.getStart());
        SourceSpan span = line.line().span();
        if (block.bullet() != null) {
            return new Block.Bullet(line.marker(), line.gap(), line.content(), blankLinesBefore, span);
        } else if (block.hashtags() != null) {
            return new Block.HashtagLine(line.text(), blankLinesBefore, span);
        } else if (block.link() != null) {
            return new Block.LinkLabel(line.text(), blankLinesBefore, span);
        } else if (block.separator() != null) {
            return new Block.Separator(line.text(), blankLinesBefore, span);
        }
        return new Block.Omission(line.text(), blankLinesBefore, span);
    }

    private List<Reaction> reactions(Token token) {
        ClassifiedLine line = line(token);
        ReactionCounts.Reading reading = line.reactions();
        if (reading.ambiguous()) {
            report(Diagnostic.Severity.WARNING, line, 1, "the counts of this reactions line can be read in more"
                    + " than one way (a reaction whose emoji is not shown is only its count); read as "
                    + reading.pieces().stream().map(p -> (p.emoji().isEmpty() ? "?" : p.emoji()) + p.count())
                            .collect(Collectors.joining(" ")));
        }
        List<Reaction> reactions = new ArrayList<>();
        for (ReactionCounts.Piece piece : reading.pieces()) {
            long start = line.line().startOffset() + piece.column();
            SourceSpan span = new SourceSpan(line.line().number(), line.line().number(), start,
                    start + piece.emoji().length() + piece.count().length());
            Optional<Count> count = CountParser.parse(piece.count());
            if (count.isPresent()) {
                reactions.add(new Reaction(piece.emoji().isEmpty() ? Optional.empty() : Optional.of(piece.emoji()),
                        count.get(), span));
            } else {
                report(Diagnostic.Severity.ERROR, line, piece.column() + 1,
                        "unreadable reaction count '" + piece.count() + "'");
            }
        }
        return reactions;
    }

    private Optional<Count> count(ParserRuleContext counter) {
        if (counter == null) {
            return Optional.empty();
        }
        ClassifiedLine line = line(counter.getStart());
        Optional<Count> count = CountParser.parse(line.content());
        if (count.isEmpty()) {
            report(Diagnostic.Severity.ERROR, line, 1, "unreadable counter '" + line.content() + "'");
        }
        return count;
    }

    private void reportSyntaxError(Token offending, boolean missing, boolean placeholderIncomplete) {
        int index = Math.min(Math.max(offending.getTokenIndex(), 0), tokens.size() - 1);
        if (missing) {
            // The line before the gap is the placeholder's first line, left without its second.
            index = Math.max(index - 1, 0);
        }
        ClassifiedLine line = tokens.get(index).line();
        if (!missing) {
            reported.set(index);
        }
        String message = placeholderIncomplete
                ? "media placeholder without its '" + Phrases.VIEW_IN_TELEGRAM + "' line"
                : missing ? "a line is missing after this one"
                : "this line cannot stand here: " + Misplaced.explain(offending.getType());
        report(Diagnostic.Severity.ERROR, line, 1, message);
    }

    /** Reports a diagnostic about a whole line: the line is its offending text. */
    private void report(Diagnostic.Severity severity, ClassifiedLine line, int column, String message) {
        diagnostics.accept(new Diagnostic(severity, line.line().number(), column, message, line.text(),
                OptionalLong.empty()));
    }

    /**
     * Lines not in the tree become unrecognised regions. Only error recovery leaves a line out of
     * the tree, and it always starts with a syntax error: without one, every line is in it.
     */
    private void reportUncovered(ParseTree tree) {
        if (parser.getNumberOfSyntaxErrors() > 0) {
            reportUncovered(covered(tree));
        }
    }

    /** Lines not covered become unrecognised regions, one per run of adjacent lines. */
    private void reportUncovered(BitSet covered) {
        int from = covered.nextClearBit(0);
        while (from < tokens.size()) {
            int next = covered.nextSetBit(from);
            int to = next < 0 ? tokens.size() : next;
            List<LineToken> region = tokens.subList(from, to);
            if (reported.get(from, to).isEmpty()) {
                report(Diagnostic.Severity.ERROR, region.get(0).line(), 1, "line could not be placed in a post or the header");
            }
            unrecognised.accept(new Unrecognised(region.stream().flatMap(t -> t.texts().stream()).toList(),
                    region.get(0).spanTo(region.get(region.size() - 1))));
            from = covered.nextClearBit(to);
        }
    }

    private static BitSet covered(ParseTree tree) {
        BitSet covered = new BitSet();
        mark(tree, covered);
        return covered;
    }

    private static void mark(ParseTree tree, BitSet covered) {
        if (tree instanceof ErrorNode) {
            return;
        }
        if (tree instanceof TerminalNode terminal) {
            int index = terminal.getSymbol().getTokenIndex();
            if (index >= 0 && terminal.getSymbol().getType() != Token.EOF) {
                covered.set(index);
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            mark(tree.getChild(i), covered);
        }
    }

    /** @return the text of a line the rule required, or "" where error recovery stood in for a missing one */
    private String textOf(TerminalNode line) {
        return line == null || line instanceof ErrorNode || line.getSymbol().getTokenIndex() < 0 ? ""
                : line(line.getSymbol()).text();
    }

    private ClassifiedLine line(Token token) {
        return token(token).line();
    }

    private LineToken token(Token token) {
        return tokens.get(token.getTokenIndex());
    }

    private SourceSpan span(ParserRuleContext ctx) {
        int first = Math.max(0, ctx.getStart().getTokenIndex());
        int last = ctx.getStop() == null || ctx.getStop().getTokenIndex() < first ? first : ctx.getStop().getTokenIndex();
        last = Math.min(last, tokens.size() - 1);
        return tokens.get(first).spanTo(tokens.get(last));
    }

    private SourceSpan spanOfAll() {
        return tokens.get(0).spanTo(tokens.get(tokens.size() - 1));
    }
}
