package io.github.tgtext.internal.lines;

import io.github.tgtext.internal.grammar.TgLineParser;
import io.github.tgtext.internal.grammar.TgLineParser.LineContext;
import io.github.tgtext.internal.grammar.TgTextLexer;
import io.github.tgtext.internal.input.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Says what each line is by applying the grammar's {@code line} rule to it. One classifier
 * reuses its lexer and parser from line to line; it is not thread-safe.
 */
public final class LineClassifier {

    private final TgTextLexer lexer = new TgTextLexer(CharStreams.fromString(""));
    private final TgLineParser parser = new TgLineParser(new CommonTokenStream(lexer));
    private final Predicate<String> customLinkLabels;

    /** @param customLinkLabels recognises the user's extra link labels (text after the marker) */
    public LineClassifier(Predicate<String> customLinkLabels) {
        this.customLinkLabels = customLinkLabels;
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    }

    /**
     * @param line a line
     * @return the line with its kind and parts
     */
    public ClassifiedLine classify(Line line) {
        ClassifiedLine classified = byGrammar(line);
        boolean userLabel = classified.kind() == LineKind.TEXT && customLinkLabels.test(line.text())
                || classified.kind() == LineKind.BULLET && customLinkLabels.test(classified.content());
        return userLabel ? new ClassifiedLine(line, LineKind.LINK, classified.marker(), classified.emojiMarker(),
                classified.gap(), "", List.of()) : classified;
    }

    private ClassifiedLine byGrammar(Line line) {
        lexer.setInputStream(CharStreams.fromString(line.text()));
        parser.setTokenStream(new CommonTokenStream(lexer));
        LineContext ctx = parser.line();
        if (ctx.blankLine() != null) {
            return plain(line, LineKind.BLANK);
        } else if (ctx.forwardedLine() != null) {
            return new ClassifiedLine(line, LineKind.FORWARDED, "", false, ctx.forwardedLine().SPACE().getText(),
                    ctx.forwardedLine().source().getText(), List.of());
        } else if (ctx.mediaTooBigLine() != null) {
            return plain(line, LineKind.MEDIA_TOO_BIG);
        } else if (ctx.openInTelegramLine() != null) {
            return plain(line, LineKind.OPEN_IN_TELEGRAM);
        } else if (ctx.viewInTelegramLine() != null) {
            return plain(line, LineKind.VIEW_IN_TELEGRAM);
        } else if (ctx.downloadTelegramLine() != null) {
            return plain(line, LineKind.DOWNLOAD_TELEGRAM);
        } else if (ctx.counterLine() != null) {
            return counter(line, ctx.counterLine());
        } else if (ctx.reactionsLine() != null) {
            return reactions(line, ctx.reactionsLine());
        } else if (ctx.separatorLine() != null) {
            return plain(line, LineKind.SEPARATOR);
        } else if (ctx.omissionLine() != null) {
            return plain(line, LineKind.OMISSION);
        } else if (ctx.hashtagLine() != null) {
            return plain(line, LineKind.HASHTAGS);
        } else if (ctx.linkLabelLine() != null) {
            return marked(line, LineKind.LINK, ctx.linkLabelLine().marker(), null, null);
        } else if (ctx.bulletLine() != null) {
            return marked(line, LineKind.BULLET, ctx.bulletLine().marker(), ctx.bulletLine().SPACE(),
                    ctx.bulletLine().bulletText());
        }
        return plain(line, LineKind.TEXT);
    }

    private static ClassifiedLine plain(Line line, LineKind kind) {
        return new ClassifiedLine(line, kind, "", false, "", "", List.of());
    }

    private static ClassifiedLine counter(Line line, TgLineParser.CounterLineContext ctx) {
        LineKind kind = switch (ctx.counterUnit().getStart().getType()) {
            case TgTextLexer.SUBSCRIBERS -> LineKind.SUBSCRIBERS;
            case TgTextLexer.PHOTOS -> LineKind.PHOTOS;
            case TgTextLexer.VIDEOS -> LineKind.VIDEOS;
            case TgTextLexer.FILES -> LineKind.FILES;
            default -> LineKind.LINKS;
        };
        return new ClassifiedLine(line, kind, "", false, "", ctx.count.getText(), List.of());
    }

    private static ClassifiedLine reactions(Line line, TgLineParser.ReactionsLineContext ctx) {
        List<ClassifiedLine.ReactionText> pairs = new ArrayList<>();
        int column = 0;
        for (TgLineParser.ReactionContext reaction : ctx.reaction()) {
            String emoji = reaction.EMOJI().getText();
            String count = reaction.NUMBER().getText();
            pairs.add(new ClassifiedLine.ReactionText(emoji, count, column));
            column += emoji.length() + count.length();
        }
        return new ClassifiedLine(line, LineKind.REACTIONS, "", false, "", "", pairs);
    }

    private static ClassifiedLine marked(Line line, LineKind kind, TgLineParser.MarkerContext marker,
            TerminalNode gap, ParserRuleContext content) {
        if (marker == null) {
            return plain(line, kind);
        }
        return new ClassifiedLine(line, kind, marker.getText(), marker.BULLET_SYMBOL() == null,
                gap == null ? "" : gap.getText(), content == null ? "" : content.getText(), List.of());
    }
}
