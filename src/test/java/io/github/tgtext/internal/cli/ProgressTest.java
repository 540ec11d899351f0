package io.github.tgtext.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A progress bar only when a person watches stderr and the inputs take a while. */
class ProgressTest {

    private static final List<Input> LARGE = List.of(new Input("big.txt", Path.of("big.txt"), 50L << 20));
    private static final List<Input> SMALL = List.of(new Input("small.txt", Path.of("small.txt"), 1L << 20));

    private static Console console(boolean interactive) {
        return new Console(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()), interactive);
    }

    @Test
    void noBarInPipesOrCiOrWhenQuietOrForSmallInputs() {
        InputStream in = new ByteArrayInputStream(new byte[10]);

        for (Progress progress : List.of(Progress.over(LARGE, console(false), false),
                Progress.over(LARGE, console(true), true), Progress.over(SMALL, console(true), false))) {
            try (progress) {
                assertThat(progress.track(in)).isSameAs(in);
            }
        }
    }

    @Test
    void barOnATerminalForLargeInputsCountsTheBytesRead() throws Exception {
        InputStream in = new ByteArrayInputStream(new byte[10]);

        try (Progress progress = Progress.over(LARGE, console(true), false)) {
            InputStream tracked = progress.track(in);
            assertThat(tracked).isNotSameAs(in);
            assertThat(tracked.readAllBytes()).hasSize(10);
        }
    }
}
