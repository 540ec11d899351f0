package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.HostileText;
import io.github.tgtext.generators.MarkerGenerators;
import io.github.tgtext.generators.Spanless;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws for any input at all, for damaged real exports, and for counts. */
class RobustnessProperties {

    @Test
    void lenientParsingOfAnyTextReturnsAndPlacesEveryLineOnce() {
        Coverage coverage = new Coverage("totality and no loss");
        qt().withExamples(Coverage.examples()).forAll(HostileText.texts()).checkAssert(text -> {
            ChannelExport parsed = TgText.parse(text);
            coverage.example();

            NoLossTest.assertCoversEveryLineOnce(parsed, NoLossTest.linesOf(text));
            coverage.count("CR line ends", text.contains("\r"));
            coverage.count("BOM", text.contains("\uFEFF"));
            coverage.count("runs of blank lines", text.contains("\n\n"));
            coverage.count("control characters", text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r'));
            coverage.count("several posts", parsed.posts().size() > 1);
            coverage.count("unrecognised lines", !parsed.unrecognised().isEmpty());
            coverage.count("diagnostics", !parsed.diagnostics().isEmpty());
        });
        coverage.assertEnough();
    }

    /**
     * Undecodable bytes are found when their line is read, up to the layout's lookahead before
     * their post is built, and a post's diagnostics are found in the order its parts are checked;
     * a handler hears them all the same in input order, each before the post it is about.
     */
    @Test
    void streamingHearsTheDiagnosticsOfParsingInInputOrderEachBeforeItsPost() {
        Coverage coverage = new Coverage("diagnostics streamed in input order");
        TgTextParser parser = TgText.parser().build();
        qt().withExamples(Coverage.examples()).forAll(HostileText.texts()).checkAssert(text -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0x07) {
                    bytes[i] = (byte) 0xFF; // a BEL, one byte in UTF-8, becomes a byte that is not UTF-8
                }
            }
            List<Diagnostic> heard = new ArrayList<>();
            List<Post> yielded = new ArrayList<>();
            ExportHandler handler = new ExportHandler() {
                @Override
                public void diagnostic(Diagnostic d) {
                    assertThat(yielded).as("posts yielded before %s", d)
                            .allSatisfy(p -> assertThat(p.span().lastLine()).isLessThan(d.line()));
                    heard.add(d);
                }
            };
            try (Stream<Post> posts = parser.stream(new ByteArrayInputStream(bytes), handler)) {
                posts.forEach(yielded::add);
            }
            coverage.example();

            assertThat(heard).isSortedAccordingTo(Comparator.comparingInt(Diagnostic::line)
                    .thenComparingInt(Diagnostic::column));
            assertThat(heard).isEqualTo(parse(bytes).diagnostics());
            coverage.count("undecodable bytes", heard.stream().anyMatch(d -> d.byteOffset().isPresent()));
            coverage.count("diagnostics in several posts", yielded.stream()
                    .filter(p -> heard.stream().anyMatch(d -> p.span().firstLine() <= d.line() && d.line() <= p.span().lastLine()))
                    .count() > 1);
        });
        coverage.assertEnough();
    }

    /**
     * One line deleted, duplicated, or inserted. Never a blank line (spaces, tabs, NBSP): one blank
     * line makes a compact file spaced, which changes every post by design, not by damage. Never in
     * the header of a copy of the whole page: the channel's name that stands above each post is
     * known from there, so damage to it changes every post by design too.
     */
    private record Damage(Path export, String kind, int line, String inserted) {
    }

    @Test
    void damageToOneLineChangesOnlyThePostsAroundIt() {
        List<Path> exports = Corpus.exports();
        Gen<Damage> damages = in -> {
            Path export = pick(exports).generate(in);
            int lines = NoLossTest.linesOf(Corpus.read(export)).size();
            int firstLine = parse(export).header().filter(h -> h.pageTop().isPresent())
                    .map(h -> h.span().lastLine() + 1).orElse(1);
            String inserted = pick(HostileText.PIECES).generate(in).replaceAll("[\\r\\n]", "x");
            return new Damage(export, pick(List.of("delete", "duplicate", "insert")).generate(in),
                    range(firstLine, lines).generate(in), inserted.replaceAll("[ \\t\\u00A0]", "").isEmpty() ? "x" + inserted
                            : inserted);
        };
        Coverage coverage = new Coverage("locality under damage");
        qt().withExamples(Coverage.examples()).forAll(damages).checkAssert(damage -> {
            List<String> lines = new ArrayList<>(NoLossTest.linesOf(Corpus.read(damage.export())));
            int d = damage.line();
            int shift = switch (damage.kind()) {
                case "delete" -> {
                    lines.remove(d - 1);
                    yield -1;
                }
                case "duplicate" -> {
                    lines.add(d - 1, lines.get(d - 1));
                    yield 1;
                }
                default -> {
                    lines.add(d - 1, damage.inserted());
                    yield 1;
                }
            };
            coverage.example();
            ChannelExport before = parse(damage.export());
            ChannelExport after = TgText.parse(String.join("\n", lines));

            coverage.count("untouched posts checked", before.posts().stream()
                    .anyMatch(p -> p.span().lastLine() < d - 1 || p.span().firstLine() > d + 1));
            for (Post post : before.posts()) {
                boolean untouched = post.span().lastLine() < d - 1 || post.span().firstLine() > d + 1;
                if (untouched) {
                    int firstLine = post.span().firstLine() > d ? post.span().firstLine() + shift : post.span().firstLine();
                    assertThat(after.posts())
                            .as("post %d of %s, lines %d-%d, after %s of line %d", post.index(),
                                    damage.export().getFileName(), post.span().firstLine(), post.span().lastLine(),
                                    damage.kind(), d)
                            .anySatisfy(p -> {
                                assertThat(p.span().firstLine()).isEqualTo(firstLine);
                                assertThat(Spanless.ignoringIndexes(p)).isEqualTo(Spanless.ignoringIndexes(post));
                            });
                }
            }
            coverage.count(damage.kind(), true);
        });
        coverage.assertEnough();
    }

    @Test
    void countsShownTheTelegramWayParseBackWithinTheirPrecision() {
        Coverage coverage = new Coverage("counts");
        qt().withExamples(Coverage.examples())
                .forAll(range(0, 8).flatMap(digits -> longRange(0, (long) Math.pow(10, digits + 1) - 1)), range(0, 2),
                        pick(List.of(RoundingMode.DOWN, RoundingMode.HALF_UP)))
                .checkAssert((number, decimals, rounding) -> {
                    coverage.example();
                    String shown = MarkerGenerators.count(number, decimals, rounding).text();
                    Count parsed = TgText.parse("Channel\n" + shown + " subscribers\nDownload Telegram\n").header()
                            .orElseThrow().subscribers().orElseThrow();

                    assertThat(parsed.text()).isEqualTo(shown);
                    assertThat(Math.abs(parsed.value() - number)).as("%d shown as %s", number, shown)
                            .isLessThanOrEqualTo(parsed.precision());
                    coverage.count("exact", parsed.isExact());
                    coverage.count("K", shown.endsWith("K"));
                    coverage.count("M", shown.endsWith("M"));
                    coverage.count("decimals", shown.contains("."));
                });
        coverage.assertEnough();
    }

    private static ChannelExport parse(byte[] export) {
        try {
            return TgText.parse(new ByteArrayInputStream(export));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ChannelExport parse(Path export) {
        try {
            return TgText.parse(export);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
