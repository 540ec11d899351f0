package io.github.tgtext.internal.lines;

import io.github.tgtext.internal.grammar.TgLineParser;
import io.github.tgtext.internal.grammar.TgTextLexer;
import io.github.tgtext.internal.input.Line;
import io.github.tgtext.internal.text.LineCharStream;
import io.github.tgtext.internal.text.ReactionCounts;
import io.github.tgtext.internal.text.WideCharLexerSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Says what each line is by applying the grammar's {@code line} rule to it. One classifier
 * reuses its lexer and parser from line to line; it is not thread-safe.
 *
 * <p>Five shortcuts make this several times faster than plain ANTLR and change no result
 * (LineClassifierTest compares the two on every corpus line and on generated lines): short
 * lines seen before are not classified again ({@link ShortLineMemo}), the lexer reads the
 * line's text in place ({@link LineCharStream}), lexer transitions on non-ASCII chars are
 * cached ({@link WideCharLexerSimulator}), a line whose first token opens only text lines is
 * not parsed further ({@link TextOnlyOpeners}), and the rest of a line that a rule takes whole
 * is not lexed ({@link RestOfLineTokenStream}).
 */
public final class LineClassifier {

    private final TgTextLexer lexer;
    private final LineCharStream chars = new LineCharStream();
    private final CommonTokenStream tokens;
    private final TgLineParser parser;
    private final boolean shortcuts;
    private final Predicate<String> customLinkLabels;
    private final ShortLineMemo memo = new ShortLineMemo(this::classifyText);

    /** @param customLinkLabels recognises the user's extra link labels (text after the marker) */
    public LineClassifier(Predicate<String> customLinkLabels) {
        this(customLinkLabels, true);
    }

    /** @param shortcuts false for the plain ANTLR classification, which the shortcuts are tested against */
    LineClassifier(Predicate<String> customLinkLabels, boolean shortcuts) {
        this.customLinkLabels = customLinkLabels;
        this.shortcuts = shortcuts;
        lexer = shortcuts ? WideCharLexerSimulator.newLexer(chars) : new TgTextLexer(CharStreams.fromString(""));
        lexer.removeErrorListeners();
        if (shortcuts) {
            RestOfLineTokenStream restOfLine = new RestOfLineTokenStream(lexer);
            tokens = restOfLine;
            parser = new TgLineParser(tokens);
            parser.addParseListener(restOfLine.collapser());
        } else {
            tokens = new CommonTokenStream(lexer);
            parser = new TgLineParser(tokens);
        }
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    }

    /**
     * @param line a line
     * @return the line with its kind and parts
     */
    public ClassifiedLine classify(Line line) {
        return new ClassifiedLine(line, shortcuts ? memo.classify(line.text()) : classifyText(line.text()));
    }

    private Classification classifyText(String text) {
        Classification classified = byGrammar(text);
        boolean userLabel = classified.kind() == LineKind.TEXT && customLinkLabels.test(text)
                || classified.kind() == LineKind.BULLET && customLinkLabels.test(classified.content());
        return userLabel ? Classification.of(LineKind.LINK, classified.marker(), classified.emojiMarker(),
                classified.gap(), "") : classified;
    }

    private Classification byGrammar(String text) {
        if (shortcuts) {
            chars.reset(text);
            lexer.reset();
            if (TextOnlyOpeners.contains(lexer.nextToken().getType())) {
                return Classification.plain(LineKind.TEXT);
            }
            lexer.reset();
        } else {
            lexer.setInputStream(CharStreams.fromString(text));
        }
        tokens.setTokenSource(lexer);
        parser.reset();
        ParseTree alternative = parser.line().getChild(0);
        if (alternative instanceof TgLineParser.BlankLineContext) {
            return Classification.plain(LineKind.BLANK);
        } else if (alternative instanceof TgLineParser.ForwardedLineContext forwarded) {
            return Classification.of(LineKind.FORWARDED, "", false, forwarded.SPACE().getText(),
                    textOf(forwarded.source()));
        } else if (alternative instanceof TgLineParser.MediaTooBigLineContext) {
            return Classification.plain(LineKind.MEDIA_TOO_BIG);
        } else if (alternative instanceof TgLineParser.VideoNotSupportedLineContext) {
            return Classification.plain(LineKind.VIDEO_NOT_SUPPORTED);
        } else if (alternative instanceof TgLineParser.DurationLineContext duration) {
            return Classification.of(LineKind.DURATION, "", false, "", duration.CLOCK_TIME().getText());
        } else if (alternative instanceof TgLineParser.OpenInTelegramLineContext) {
            return Classification.plain(LineKind.OPEN_IN_TELEGRAM);
        } else if (alternative instanceof TgLineParser.ViewInTelegramLineContext) {
            return Classification.plain(LineKind.VIEW_IN_TELEGRAM);
        } else if (alternative instanceof TgLineParser.DownloadTelegramLineContext) {
            return Classification.plain(LineKind.DOWNLOAD_TELEGRAM);
        } else if (alternative instanceof TgLineParser.CounterLineContext counter) {
            return counter(counter);
        } else if (alternative instanceof TgLineParser.FooterLineContext footer) {
            return footer(footer);
        } else if (alternative instanceof TgLineParser.PollKindLineContext) {
            return Classification.plain(LineKind.POLL_KIND);
        } else if (alternative instanceof TgLineParser.PercentLineContext) {
            return Classification.plain(LineKind.PERCENT);
        } else if (alternative instanceof TgLineParser.FileSizeLineContext) {
            return Classification.plain(LineKind.FILE_SIZE);
        } else if (alternative instanceof TgLineParser.PageLinkLineContext) {
            return Classification.plain(LineKind.PAGE_LINK);
        } else if (alternative instanceof TgLineParser.MentionLineContext) {
            return Classification.plain(LineKind.MENTION);
        } else if (alternative instanceof TgLineParser.ReactionsLineContext reactions) {
            return reactions(reactions);
        } else if (alternative instanceof TgLineParser.SeparatorLineContext) {
            return Classification.plain(LineKind.SEPARATOR);
        } else if (alternative instanceof TgLineParser.OmissionLineContext) {
            return Classification.plain(LineKind.OMISSION);
        } else if (alternative instanceof TgLineParser.HashtagLineContext) {
            return Classification.plain(LineKind.HASHTAGS);
        } else if (alternative instanceof TgLineParser.LinkLabelLineContext label) {
            return marked(LineKind.LINK, label.marker(), null, null);
        } else if (alternative instanceof TgLineParser.BulletLineContext bullet) {
            return marked(LineKind.BULLET, bullet.marker(), bullet.SPACE(), bullet.bulletText());
        }
        return Classification.plain(LineKind.TEXT);
    }

    private static Classification counter(TgLineParser.CounterLineContext ctx) {
        LineKind kind = switch (ctx.counterUnit().getStart().getType()) {
            case TgTextLexer.SUBSCRIBERS -> LineKind.SUBSCRIBERS;
            case TgTextLexer.PHOTOS -> LineKind.PHOTOS;
            case TgTextLexer.VIDEOS -> LineKind.VIDEOS;
            case TgTextLexer.FILES -> LineKind.FILES;
            default -> LineKind.LINKS;
        };
        return Classification.of(kind, "", false, "", ctx.count.getText());
    }

    private static Classification footer(TgLineParser.FooterLineContext ctx) {
        String views = ctx.VIEWS().getText();
        String signature = "";
        TgLineParser.SignatureContext signed = ctx.signature();
        if (signed != null && signed.COMMA().getSymbol().getTokenIndex() > signed.getStart().getTokenIndex()) {
            signature = signed.getStart().getInputStream().getText(Interval.of(signed.getStart().getStartIndex(),
                    signed.COMMA().getSymbol().getStartIndex() - 1));
        }
        // VIEWS and VOTERS are the number, a space and the word: the number alone is the count.
        String voters = ctx.VOTERS() == null ? "" : ctx.VOTERS().getText();
        return Classification.footer(new Classification.FooterText(
                voters.isEmpty() ? "" : voters.substring(0, voters.indexOf("voter") - 1),
                views.substring(0, views.indexOf("view") - 1), signature, ctx.EDITED() != null,
                ctx.CLOCK_TIME().getText()));
    }

    private static Classification reactions(TgLineParser.ReactionsLineContext ctx) {
        List<ReactionCounts.Group> groups = new ArrayList<>();
        int column = 0;
        for (ParseTree part : ctx.children) {
            TgLineParser.CountRunContext run;
            String emoji;
            if (part instanceof TgLineParser.EmojiReactionContext reaction) {
                emoji = reaction.EMOJI().getText();
                run = reaction.countRun();
            } else if (part instanceof TgLineParser.CountRunContext counts) {
                emoji = "";
                run = counts;
            } else {
                continue;
            }
            List<String> numbers = run.children.stream().map(ParseTree::getText).toList();
            groups.add(new ReactionCounts.Group(emoji, numbers, column));
            column += emoji.length() + numbers.stream().mapToInt(String::length).sum();
        }
        return Classification.reactions(ReactionCounts.read(groups));
    }

    private static Classification marked(LineKind kind, TgLineParser.MarkerContext marker, TerminalNode gap,
            ParserRuleContext content) {
        if (marker == null) {
            return Classification.plain(kind);
        }
        return Classification.of(kind, textOf(marker), marker.BULLET_SYMBOL() == null,
                gap == null ? "" : gap.getText(), content == null ? "" : textOf(content));
    }

    /**
     * A rule's text, cut from the line at once: {@code getText()} joins its tokens' texts in a
     * builder, three copies of a bullet's whole text where one will do.
     */
    private static String textOf(ParserRuleContext rule) {
        return rule.getStart().getInputStream()
                .getText(Interval.of(rule.getStart().getStartIndex(), rule.getStop().getStopIndex()));
    }
}
