package io.github.tgtext.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.HostileText;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lines are cut where LF, CRLF and CR say, wherever the reads underneath happen to end. */
class LineReaderTest {

    private static final Pattern LINE = Pattern.compile("([^\r\n]*)(\r\n|\r|\n|$)");

    @Test
    void anyTextReadInSmallPiecesGivesTheLinesOfASplitAtItsLineBreaks() {
        Coverage coverage = new Coverage("line reading");
        qt().withExamples(Coverage.examples()).forAll(HostileText.texts(), booleans().all()).checkAssert((body, bom) -> {
            String text = bom ? "\uFEFF" + body : body;
            assertThat(readAll(new PieceReader(text))).as("lines of %s", text).isEqualTo(split(text));
            coverage.example();
            coverage.count("CRLF", text.contains("\r\n"));
            coverage.count("lone CR", text.matches("(?s).*\r(?!\n).*"));
            coverage.count("BOM first", text.startsWith("\uFEFF"));
        });
        coverage.assertEnough();
    }

    @Test
    void aLineLongerThanTheBufferIsOneLine() {
        String longLine = "x".repeat(200_000);
        String text = "first\r\n" + longLine + "\r\nlast";

        assertThat(readAll(new StringReader(text))).containsExactly(new Line(1, 0, "first"),
                new Line(2, 7, longLine), new Line(3, 7 + longLine.length() + 2, "last"));
    }

    private static List<Line> readAll(Reader in) {
        List<Line> lines = new ArrayList<>();
        LineReader reader = new LineReader(in);
        for (Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }

    /** The lines as a regular expression cuts them: no line after a final break; a first BOM skipped. */
    private static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        Matcher line = LINE.matcher(text);
        while (start < text.length() && line.find(start)) {
            lines.add(new Line(lines.size() + 1, start, line.group(1)));
            start = line.end();
        }
        return lines;
    }

    /** Hands out the text a few chars per read, so that lines and CRLF pairs straddle reads. */
    private static final class PieceReader extends Reader {
        private final String text;
        private int position;

        PieceReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + position % 7), text.length() - position);
            text.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
