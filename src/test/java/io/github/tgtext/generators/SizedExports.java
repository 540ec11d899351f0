package io.github.tgtext.generators;

import static org.quicktheories.QuickTheory.qt;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.Corpus;
import io.github.tgtext.Layout;
import io.github.tgtext.TgText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Exports of any size for benchmarks and memory tests, the same bytes for the same arguments
 * (a fixed seed). Made lazily: a 1 GB export is never in memory.
 *
 * <ul>
 *   <li>{@link Kind#GENERATED}: exports from the property tests' generators (a header, then
 *       header-less exports, which may follow any export), cycled;</li>
 *   <li>{@link Kind#CORPUS}: the corpus exports of the layout, their posts repeated, each
 *       repetition with its digits permuted (so counts, dates and reactions vary while every
 *       post keeps its shape, echo included);</li>
 *   <li>the adversarial inputs of {@code PathologicalInputsTest}, at any size: one endless line,
 *       blank lines, identical lines (the echo detector's worst case), forwarded lines, and one
 *       post with no boundary.</li>
 * </ul>
 */
public final class SizedExports {

    /** The seed of every export made here. */
    public static final long SEED = 20_261_122L;

    /** What an export is made of. */
    public enum Kind {
        GENERATED, CORPUS, LONG_LINE, BLANK_LINES, IDENTICAL_LINES, FORWARDED_LINES, ENDLESS_POST;

        /** @return true for the adversarial inputs, whose layout follows from their lines */
        public boolean adversarial() {
            return this != GENERATED && this != CORPUS;
        }
    }

    private static final int POOL = 300;
    private static final int CHUNK = 64 * 1024;

    private SizedExports() {
    }

    /**
     * @param kind   what the export is made of
     * @param layout the layout of a generated or corpus export (adversarial ones ignore it)
     * @param bytes  the size: the text ends at the first piece that reaches it
     * @return the export's text, made as it is read
     */
    public static Reader reader(Kind kind, Layout layout, long bytes) {
        return new PiecesReader(pieces(kind, layout), bytes);
    }

    /**
     * Writes the export to {@code folder} once; later calls with the same arguments reuse it.
     *
     * @return the file
     */
    public static Path file(Kind kind, Layout layout, long bytes, Path folder) throws IOException {
        String name = String.format(Locale.ROOT, "%s-%s-%d.txt", kind.name().toLowerCase(Locale.ROOT),
                kind.adversarial() ? "any" : layout.name().toLowerCase(Locale.ROOT), bytes);
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, name, ".part");
        // Generated text may hold lone surrogates; like any text sent to UTF-8, they become '?'.
        try (Reader in = reader(kind, layout, bytes);
                Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                        StandardCharsets.UTF_8))) {
            in.transferTo(out);
        }
        return Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Supplier<String> pieces(Kind kind, Layout layout) {
        return switch (kind) {
            case GENERATED -> generated(layout);
            case CORPUS -> corpus(layout);
            case LONG_LINE -> repeated("", "word, and #tag ");
            case BLANK_LINES -> repeated("First.\n", "\n");
            case IDENTICAL_LINES -> repeated("", "same line\n");
            case FORWARDED_LINES -> repeated("", "Forwarded from Russian MFA 🇷🇺\n");
            case ENDLESS_POST -> endlessPost();
        };
    }

    private static Supplier<String> repeated(String first, String unit) {
        String chunk = unit.repeat(Math.max(1, CHUNK / unit.length()));
        boolean[] started = {first.isEmpty()};
        return () -> {
            if (!started[0]) {
                started[0] = true;
                return first;
            }
            return chunk;
        };
    }

    private static Supplier<String> endlessPost() {
        long[] line = {0};
        return () -> {
            StringBuilder chunk = new StringBuilder(CHUNK + 100);
            while (chunk.length() < CHUNK) {
                chunk.append("Line ").append(line[0]++)
                        .append(" of one very long post that never ends, and never repeats itself\n");
            }
            return chunk.toString();
        };
    }

    private static Supplier<String> generated(Layout layout) {
        List<String> bodies = new ArrayList<>();
        qt().withFixedSeed(SEED).withExamples(POOL).forAll(ExportGenerators.headerlessExports(layout))
                .checkAssert(export -> bodies.add(TgText.write(export, layout)));
        List<ChannelExport> first = new ArrayList<>();
        qt().withFixedSeed(SEED).withExamples(POOL).forAll(ExportGenerators.exports(layout))
                .checkAssert(export -> {
                    if (first.isEmpty() && export.header().isPresent()) {
                        first.add(export);
                    }
                });
        return cycled(TgText.write(first.get(0), layout), bodies);
    }

    private static Supplier<String> corpus(Layout layout) {
        String header = null;
        List<String> bodies = new ArrayList<>();
        for (Path export : Corpus.exports()) {
            String text = Corpus.read(export);
            ChannelExport parsed = TgText.parse(text);
            if (parsed.layout() != layout) {
                continue;
            }
            int bodyStart = (int) parsed.posts().get(0).span().startOffset();
            if (header == null && parsed.header().isPresent()) {
                header = text.substring(0, bodyStart);
            }
            String body = text.substring(bodyStart);
            bodies.add(body.endsWith("\n") ? body : body + "\n");
        }
        if (bodies.isEmpty()) {
            throw new IllegalStateException("no corpus export in the " + layout + " layout");
        }
        return cycled(header == null ? "" : header, bodies);
    }

    /** The first text, then the bodies over and over, in a new order each time, digits permuted. */
    private static Supplier<String> cycled(String first, List<String> bodies) {
        Random random = new Random(SEED);
        List<String> round = new ArrayList<>();
        boolean[] started = {false};
        return () -> {
            if (!started[0]) {
                started[0] = true;
                return first;
            }
            if (round.isEmpty()) {
                round.addAll(bodies);
                Collections.shuffle(round, random);
            }
            return withDigitsPermuted(round.remove(round.size() - 1), random);
        };
    }

    private static String withDigitsPermuted(String text, Random random) {
        List<Character> digits = new ArrayList<>(List.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'));
        Collections.shuffle(digits, random);
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = digits.get(chars[i] - '0');
            }
        }
        return new String(chars);
    }

    /** Reads pieces until the UTF-8 bytes read reach the size. */
    private static final class PiecesReader extends Reader {
        private final Supplier<String> pieces;
        private final long bytes;
        private long bytesSoFar;
        private String piece = "";
        private int position;

        PiecesReader(Supplier<String> pieces, long bytes) {
            this.pieces = pieces;
            this.bytes = bytes;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == piece.length()) {
                if (bytesSoFar >= bytes) {
                    return -1;
                }
                piece = pieces.get();
                position = 0;
                bytesSoFar += piece.getBytes(StandardCharsets.UTF_8).length;
            }
            int n = Math.min(length, piece.length() - position);
            piece.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
