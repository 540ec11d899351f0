package io.github.tgtext.bench;

import io.github.tgtext.Post;
import io.github.tgtext.TgText;
import io.github.tgtext.TgTextParser;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * The library as a program, for the figures of docs/performance.md that JMH's warm loop cannot
 * give: `parse(Path)` or `stream(Path)` of one file on N threads, RUNS times in one fresh JVM (the
 * first run is the cold one a user's program pays), and with {@code clear-dfa} once more after
 * ANTLR's DFA caches (and the wide-char edge cache) are emptied, which tells ANTLR's own warm-up
 * from the JIT compiler's.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes:ANTLR_JAR io.github.tgtext.bench.ColdAndWarm
 * FILE THREADS parse|stream RUNS [clear-dfa]}
 */
public final class ColdAndWarm {

    private static final String[] GRAMMARS = {"io.github.tgtext.internal.grammar.TgTextLexer",
        "io.github.tgtext.internal.grammar.TgLineParser", "io.github.tgtext.internal.grammar.TgExportParser"};

    private ColdAndWarm() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ColdAndWarm FILE THREADS parse|stream RUNS [clear-dfa]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        TgTextParser parser = TgText.parser().parallelism(Integer.parseInt(args[1])).build();
        boolean parse = args[2].equals("parse");
        int runs = Integer.parseInt(args[3]);
        for (int run = 1; run <= runs; run++) {
            report("run " + run, file, parser, parse);
        }
        if (args.length > 4 && args[4].equals("clear-dfa")) {
            clearDfa();
            report("after the DFA caches were emptied", file, parser, parse);
        }
    }

    private static void report(String what, Path file, TgTextParser parser, boolean parse) throws Exception {
        long start = System.nanoTime();
        long posts;
        if (parse) {
            posts = parser.parse(file).posts().size();
        } else {
            try (Stream<Post> stream = parser.stream(file)) {
                posts = stream.count();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d posts in %.2f s%n", what, posts, (System.nanoTime() - start) / 1e9);
    }

    /** Empties every decision's DFA of the three grammars, as a fresh JVM has them, and the wide-char edges. */
    private static void clearDfa() throws ReflectiveOperationException {
        for (String grammar : GRAMMARS) {
            Class<?> type = Class.forName(grammar);
            DFA[] dfas = (DFA[]) accessible(type.getDeclaredField("_decisionToDFA")).get(null);
            ATN atn = (ATN) accessible(type.getDeclaredField("_ATN")).get(null);
            for (int decision = 0; decision < dfas.length; decision++) {
                dfas[decision] = new DFA(atn.getDecisionState(decision), decision);
            }
        }
        Class<?> wide = Class.forName("io.github.tgtext.internal.text.WideCharLexerSimulator");
        ((Map<?, ?>) accessible(wide.getDeclaredField("WIDE_EDGES")).get(null)).clear();
    }

    private static Field accessible(Field field) {
        field.setAccessible(true);
        return field;
    }
}
