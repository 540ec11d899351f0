package io.github.tgtext.internal.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the tool's result goes: standard output or the --output file. A write that fails throws
 * {@link OutputFailure}, which names this output, and the first failure is remembered for
 * writers that keep failures to themselves ({@link java.io.PrintWriter}, as picocli prints help
 * with). Standard output is not closed with it.
 */
final class Output extends FilterOutputStream {

    private final String name;
    private final boolean closes;
    private OutputFailure failure;

    private Output(OutputStream out, String name, boolean closes) {
        super(out);
        this.name = name;
        this.closes = closes;
    }

    /** @param stdout the process's standard output, unbuffered: a print stream would keep its errors */
    static Output standardOutput(OutputStream stdout) {
        return new Output(stdout, "standard output", false);
    }

    static Output file(Path path) throws IOException {
        try {
            return new Output(Files.newOutputStream(path), path.toString(), true);
        } catch (IOException e) {
            throw new OutputFailure(path.toString(), e);
        }
    }

    /** @return the first write that failed, if one did */
    Optional<OutputFailure> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (failure == null) {
                flush();
            }
        } finally {
            if (closes) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw failed(e);
                }
            }
        }
    }

    /** @return a new exception for each failure, so that one can be suppressed by another */
    private OutputFailure failed(IOException e) {
        OutputFailure failed = new OutputFailure(name, e);
        if (failure == null) {
            failure = failed;
        }
        return failed;
    }
}
