package io.github.tgtext.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tgtext.Corpus;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tgtext stats}: per input and total, as aligned text or JSON. */
class StatsCommandTest {

    @Test
    void textReportHasAlignedRowsPerInputAndTotal() {
        Cli.Run run = Cli.run("stats", corpus("russian-mfa-2025-02.txt"), corpus("forwards-compact-2022-2025.txt"));

        assertThat(run.exitCode()).isZero();
        List<String> rows = run.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertThat(rows.stream().map(r -> r.indexOf(r.strip().split("  +")[1], 2)).distinct()).hasSize(1);
        assertThat(run.out()).contains("total\n").contains("  posts                   37\n")
                .contains("  forwarded               22 (59.5%)\n")
                .contains("  echoes                  19\n");
    }

    @Test
    void jsonReportHasTheSameNumbers() throws IOException {
        Cli.Run run = Cli.run("stats", "--format", "json", corpus("forwards-compact-2022-2025.txt"));

        JsonNode stats = new ObjectMapper().readTree(run.out());
        JsonNode input = stats.get("inputs").get(0);
        assertThat(input.get("layout").asText()).isEqualTo("compact");
        assertThat(input.get("posts").asInt()).isEqualTo(20);
        assertThat(input.get("forwarded").asInt()).isEqualTo(20);
        assertThat(input.get("topSources").get(0).get("name").asText()).isEqualTo("Russian MFA 🇷🇺");
        assertThat(input.get("topSources").get(0).get("count").asInt()).isEqualTo(19);
        assertThat(input.get("postsWithMedia").get("too_big").asInt()).isEqualTo(1);
        assertThat(input.get("postsWithMedia").get("unsupported").asInt()).isEqualTo(1);
        assertThat(input.get("echoes").asInt()).isEqualTo(19);
        assertThat(input.get("reactions").get(0).get("name").asText()).isEqualTo("👍");
        assertThat(input.get("reactions").get(0).get("count").asInt()).isEqualTo(24);
        assertThat(stats.get("total").get("posts").asInt()).isEqualTo(20);
    }

    private static String corpus(String name) {
        return Corpus.folder().resolve(name).toString();
    }

    @Test
    void severalInputsReadAtOnceGiveWhatOneAtATimeGives() {
        String[] inputs = {corpus("russian-mfa-2025-02.txt"), corpus("forwards-compact-2022-2025.txt"),
            corpus("embassy-usa-forwards.txt"), corpus("russian-mfa-2025-02.txt")};

        Cli.Run oneAtATime = Cli.run(concat(new String[] {"stats", "--threads", "1"}, inputs));
        Cli.Run twoAtOnce = Cli.run(concat(new String[] {"stats", "--threads", "2"}, inputs));

        assertThat(twoAtOnce).isEqualTo(oneAtATime);
        assertThat(oneAtATime.out()).contains("total");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
