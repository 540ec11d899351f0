package io.github.tgtext.internal.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr over all inputs' bytes, shown only when a person is watching (stderr
 * is a terminal, --quiet not given) and the inputs are large enough to take a while.
 */
final class Progress implements AutoCloseable {

    /** Below this many bytes in all, parsing is too quick for a progress bar to help. */
    static final long THRESHOLD_BYTES = 4L * 1024 * 1024;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress over(List<Input> inputs, Console console, boolean quiet) {
        long total = inputs.stream().mapToLong(Input::size).sum();
        if (quiet || !console.interactive() || total < THRESHOLD_BYTES) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName("Parsing").setInitialMax(total)
                .setUnit(" MB", 1024 * 1024).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).build());
    }

    /** @return the input's bytes, advancing the bar as they are read */
    InputStream track(InputStream in) {
        if (bar == null) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bar.step();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bar.stepBy(n);
                }
                return n;
            }
        };
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
