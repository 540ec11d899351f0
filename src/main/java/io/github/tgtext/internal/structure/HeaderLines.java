package io.github.tgtext.internal.structure;

import io.github.tgtext.internal.grammar.TgExportParser;
import io.github.tgtext.internal.lines.ClassifiedLine;
import io.github.tgtext.internal.lines.LineKind;
import io.github.tgtext.internal.text.Phrases;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the channel header at the start of the input and gives its lines the roles only their
 * place decides: the verified badge and the username below the title, and, in a copy of the
 * whole page, the page's links and its top bar after "Download Telegram" (the top bar names the
 * channel again: a line equal to the title, the badge, the subscriber counter).
 */
final class HeaderLines {

    /** The header must end ("Download Telegram") within this many lines of the start. */
    static final int LOOKAHEAD = 64;

    private final int title;
    private final int downloadTelegram;
    private final int end;
    private final boolean pageTop;

    private HeaderLines(int title, int downloadTelegram, int end, boolean pageTop) {
        this.title = title;
        this.downloadTelegram = downloadTelegram;
        this.end = end;
        this.pageTop = pageTop;
    }

    /**
     * @return where the header at the start of {@code lines} ends, or null if the input has none: a
     *         header is a title (maybe after blank lines) and "Download Telegram" within the
     *         lookahead, with no line between that only a post can hold
     */
    static HeaderLines find(LineQueue lines) {
        int title = 0;
        while (title < LOOKAHEAD && kind(lines, title) == LineKind.BLANK) {
            title++;
        }
        ClassifiedLine first = lines.peek(title);
        if (first == null || !first.kind().canBeTitle()) {
            return null;
        }
        for (int k = title + 1; k < LOOKAHEAD; k++) {
            LineKind kind = kind(lines, k);
            if (kind == null || kind.isPostFrame()) {
                return null;
            }
            if (kind == LineKind.DOWNLOAD_TELEGRAM) {
                return withPageTop(lines, title, k);
            }
        }
        return null;
    }

    private static HeaderLines withPageTop(LineQueue lines, int title, int downloadTelegram) {
        int k = downloadTelegram + 1;
        while (kind(lines, k) == LineKind.PAGE_LINK) {
            k++;
        }
        boolean links = k > downloadTelegram + 1;
        if (isTitle(lines, title, k) && (links || kind(lines, k + 1) == LineKind.SUBSCRIBERS
                || isVerifiedMark(lines.peek(k + 1)) && kind(lines, k + 2) == LineKind.SUBSCRIBERS)) {
            k++;
            if (isVerifiedMark(lines.peek(k))) {
                k++;
            }
            if (kind(lines, k) == LineKind.SUBSCRIBERS) {
                k++;
            }
        }
        return new HeaderLines(title, downloadTelegram, k - 1, k - 1 > downloadTelegram);
    }

    /** @return true if the input is a copy of the whole page: the page's links or top bar follow the header */
    boolean pageCopy() {
        return pageTop;
    }

    /** @return the title's text, which a copy of the whole page shows above every post */
    String titleText(LineQueue lines) {
        return lines.peek(title).text();
    }

    /** @return the header's lines, taken out of the queue, typed for the structure grammar */
    List<LineToken> take(LineQueue lines) {
        List<LineToken> tokens = new ArrayList<>();
        for (int k = 0; k <= end; k++) {
            ClassifiedLine line = lines.take();
            int belowTitle = k - title;
            boolean badge = (belowTitle == 1 || k > downloadTelegram && tokens.get(k - 1).type()
                    == TgExportParser.TOP_BAR_TITLE) && isVerifiedMark(line);
            if (badge) {
                tokens.add(LineToken.inHeader(line).as(TgExportParser.VERIFIED_LINE));
            } else if (line.kind() == LineKind.MENTION && (belowTitle == 1
                    || belowTitle == 2 && tokens.get(k - 1).type() == TgExportParser.VERIFIED_LINE)) {
                tokens.add(LineToken.inHeader(line).as(TgExportParser.USERNAME_LINE));
            } else if (k > downloadTelegram && line.kind() == LineKind.PAGE_LINK) {
                tokens.add(LineToken.inHeader(line).as(TgExportParser.PAGE_LINK_LINE));
            } else if (k > downloadTelegram && line.kind() != LineKind.SUBSCRIBERS) {
                tokens.add(LineToken.inHeader(line).as(TgExportParser.TOP_BAR_TITLE));
            } else {
                tokens.add(LineToken.inHeader(line));
            }
        }
        return tokens;
    }

    /** @return the index of the header's last line */
    int end() {
        return end;
    }

    private static boolean isTitle(LineQueue lines, int title, int k) {
        ClassifiedLine line = lines.peek(k);
        return line != null && line.text().equals(lines.peek(title).text());
    }

    private static boolean isVerifiedMark(ClassifiedLine line) {
        return line != null && line.text().replace('\u00A0', ' ').strip().equals(Phrases.VERIFIED_MARK);
    }

    private static LineKind kind(LineQueue lines, int k) {
        ClassifiedLine line = lines.peek(k);
        return line == null ? null : line.kind();
    }
}
