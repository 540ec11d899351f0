package io.github.tgtext.generators;

import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * Generators of the text that fills an export: words in several scripts, inline entities, and
 * hostile text (NBSP, tabs, lone {@code #}, lines that look like markers but are not). Every
 * line they make is a plain text line of the format: it starts with a letter, holds at least
 * three words, and does not end with {@code …} (which would make it look like a reply preview).
 */
public final class TextGenerators {

    static final List<String> LATIN = List.of("the", "talks", "Minister", "held", "with", "regional", "forum",
            "security", "partners", "agenda", "cooperation", "statement", "press", "briefing", "Moscow", "Lavrov");
    static final List<String> CYRILLIC = List.of("Россия", "министр", "переговоры", "встреча", "Москва", "на",
            "русском", "заявление", "сотрудничество");
    static final List<String> ACCENTED = List.of("café", "façade", "naïve", "Müller", "Zürich", "São", "Paulo",
            "español", "français");
    static final List<String> DIGITS = List.of("2024", "17", "80th", "1,000", "09.00", "$3", "46'000", "5.5K");
    static final List<String> PUNCTUATED = List.of("(UN)", "“rules”", "«Yalta»", "talks,", "again;", "well:",
            "[sic]", "so-called", "co-operation", "<...>", "!", "?");
    static final List<String> ENTITIES = List.of("#CIS", "#UNGA79", "#Россия", "@MID_Russia", "@MAErusse",
            "https://mid.ru/en/press_service", "x.com/mfa_russia", "www.example.org/a?b=c");
    /** Words that are harmless inside a line though they resemble format elements on their own. */
    static final List<String> HOSTILE = List.of("#", "# ", "Forwarded", "fromage", "VIEW", "IN", "TELEGRAM",
            "***", "Read in full", "👍1", "Media is too big", "\u00A0", "\t", "🔹", "•", "...", "K", "12 links");

    private TextGenerators() {
    }

    /** @return one word of any kind, mostly ordinary ones */
    public static Gen<String> words() {
        return in -> {
            int kind = range(0, 99).generate(in);
            List<String> pool = kind < 40 ? LATIN : kind < 55 ? CYRILLIC : kind < 65 ? ACCENTED
                    : kind < 75 ? DIGITS : kind < 83 ? PUNCTUATED : kind < 92 ? ENTITIES : HOSTILE;
            return pick(pool).generate(in);
        };
    }

    /** @return a text line: a capitalised first word, then at least two more, joined by spaces or NBSP */
    public static Gen<String> textLines() {
        return in -> {
            StringBuilder line = new StringBuilder(capitalised(pick(LATIN).generate(in)));
            int count = range(2, 14).generate(in);
            for (int i = 0; i < count; i++) {
                line.append(range(0, 20).generate(in) == 0 ? "\u00A0" : " ").append(words().generate(in));
            }
            String ending = pick(List.of("", ".", "!", "?", ":", ",", " 🇷🇺", ")")).generate(in);
            return line.append(ending).toString();
        };
    }

    /** @return a short name with no final punctuation: a channel, a source, an author */
    public static Gen<String> names() {
        return in -> {
            StringBuilder name = new StringBuilder(capitalised(pick(LATIN).generate(in)));
            int count = range(0, 3).generate(in);
            for (int i = 0; i < count; i++) {
                name.append(' ').append(capitalised(pick(range(0, 1).generate(in) == 0 ? LATIN : CYRILLIC)
                        .generate(in)));
            }
            if (range(0, 2).generate(in) == 0) {
                name.append(' ').append(pick(MarkerGenerators.FLAGS).generate(in));
            }
            return name.toString();
        };
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
