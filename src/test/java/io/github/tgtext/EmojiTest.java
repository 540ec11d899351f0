package io.github.tgtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bullet markers are whole grapheme clusters: flags, keycaps, VS16, ZWJ sequences, skin tones. */
class EmojiTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "🔹 Ukrainian crisis                  | 🔹         | ' '  | Ukrainian crisis",
        "• Africa has all the prerequisites   | •          | ' '  | Africa has all the prerequisites",
        "▪️ July 11 – talks                   | ▪️         | ' '  | July 11 – talks",
        "🇷🇺🇨🇳 On May 4, talks                | 🇷🇺🇨🇳     | ' '  | On May 4, talks",
        "8️⃣0️⃣ years ago                       | 8️⃣0️⃣      | ' '  | years ago",
        "⚡️Welcome back!                     | ⚡️        | ''   | Welcome back!",
        "👨‍👩‍👧 Family                          | 👨‍👩‍👧       | ' '  | Family",
        "👍🏽 Agreed                           | 👍🏽        | ' '  | Agreed",
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland                        | 🏴󠁧󠁢󠁳󠁣󠁴󠁿 | ' '  | Scotland",
    })
    void bulletMarkerIsTheWholeCluster(String line, String marker, String gap, String content) {
        Block block = TgText.parse("Intro\n" + line.strip() + "\n").posts().get(0).blocks().get(1);

        assertThat(block).isInstanceOfSatisfying(Block.Bullet.class, bullet -> {
            assertThat(bullet.marker()).isEqualTo(marker);
            assertThat(bullet.gap()).isEqualTo(gap);
            assertThat(bullet.content()).isEqualTo(content);
        });
    }
}
