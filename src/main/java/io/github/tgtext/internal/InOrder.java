package io.github.tgtext.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works on many inputs at once and hands the results back in input order. Work runs at most
 * {@value #AHEAD_PER_THREAD} inputs per thread ahead of the results handed back, so memory holds
 * a bounded number of results however many inputs there are.
 */
public final class InOrder {

    /** How many inputs per thread may be worked on, or done and waiting, at a time. */
    public static final int AHEAD_PER_THREAD = 2;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private InOrder() {
    }

    /** The work on one input, done on a pool thread. */
    @FunctionalInterface
    public interface Work<I, R> {
        /**
         * @param input an input
         * @return what the work gives
         * @throws IOException if the input cannot be read
         */
        R apply(I input) throws IOException;
    }

    /** What receives the results, on the calling thread, in input order. */
    @FunctionalInterface
    public interface Sink<I, R> {
        /**
         * @param input  an input
         * @param result what the work gave for it
         * @throws IOException if the result cannot be written
         */
        void accept(I input, R result) throws IOException;
    }

    /**
     * Applies {@code work} to every input on up to {@code threads} threads and gives each result
     * to {@code sink} in input order. With one thread or one input, everything happens on the
     * calling thread. The first failure in input order is thrown as the work threw it; work not
     * yet started is then abandoned.
     *
     * @throws IOException if the work or the sink throws it
     */
    public static <I, R> void forEach(List<I> inputs, int threads, Work<I, R> work, Sink<I, R> sink)
            throws IOException {
        if (threads <= 1 || inputs.size() <= 1) {
            for (I input : inputs) {
                sink.accept(input, work.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), daemonThreads());
        try {
            Deque<Future<R>> ahead = new ArrayDeque<>();
            int submitted = 0;
            for (I input : inputs) {
                while (submitted < inputs.size() && ahead.size() < AHEAD_PER_THREAD * threads) {
                    I next = inputs.get(submitted++);
                    ahead.addLast(pool.submit(() -> work.apply(next)));
                }
                sink.accept(input, await(ahead.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @return the work's result, or what it threw, as it threw it
     * @throws IOException if the work threw it, or the wait was interrupted
     */
    public static <R> R await(Future<R> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a parse");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** @return a factory of daemon threads named after a new pool, which do not keep the JVM alive */
    public static ThreadFactory daemonThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "tgtext-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
