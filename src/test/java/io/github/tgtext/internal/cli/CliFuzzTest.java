package io.github.tgtext.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of the command-line tool: whatever the input, its JSON output is valid
 * JSON, or the input is refused with one line on stderr, nothing on stdout and exit code 2.
 */
class CliFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "10m")
    void jsonOutputIsAlwaysValidJson(byte[] input) throws IOException {
        Cli.Run run = Cli.runWithStdin(input, "parse", "--quiet", "-");

        if (run.exitCode() == ExitCode.UNREADABLE) {
            assertThat(run.err()).startsWith("tgtext: -: ").hasLineCount(1);
            assertThat(run.out()).as("no document, not even a line break").isEmpty();
        } else {
            assertThat(run.exitCode()).isZero();
            assertThat(JSON.readTree(run.out()).get("schema").asText()).isEqualTo("tgtext/2");
        }
    }
}
