package io.github.tgtext.internal.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the echo of the compact layout: a post {@code L1..Ln} followed by {@code L2..Ln} again.
 * It is fed the lines after {@code L1} one by one and says when they have become a square
 * {@code S S} (the echo is the second {@code S}).
 *
 * <p>Each check is O(1): lines are compared by a polynomial hash over prefixes, and a hash match
 * is confirmed line by line only once, when the post ends. Feeding n lines costs O(n).
 */
final class EchoDetector {

    private static final long BASE = 0x9E3779B97F4A7C15L;
    private static final int INITIAL_CAPACITY = 17;
    /** After a post longer than this, {@link #reset()} lets its arrays go rather than keep them. */
    private static final int KEPT_CAPACITY = 1024;

    private List<String> lines = new ArrayList<>();
    private long[] prefix = new long[INITIAL_CAPACITY];
    private long[] power = new long[INITIAL_CAPACITY];

    EchoDetector() {
        power[0] = 1;
    }

    /** Forgets the lines fed so far, to detect the echo of another post. */
    void reset() {
        if (prefix.length > KEPT_CAPACITY) {
            lines = new ArrayList<>();
            prefix = new long[INITIAL_CAPACITY];
            power = new long[INITIAL_CAPACITY];
            power[0] = 1;
        } else {
            lines.clear();
        }
    }

    void add(String line) {
        int n = lines.size();
        if (n + 1 >= prefix.length) {
            prefix = Arrays.copyOf(prefix, prefix.length * 2);
            power = Arrays.copyOf(power, power.length * 2);
        }
        lines.add(line);
        long lineHash = line.hashCode() * 0xC2B2AE3D27D4EB4FL + line.length();
        prefix[n + 1] = prefix[n] * BASE + lineHash;
        power[n + 1] = power[n] * BASE;
    }

    /** @return k if the lines fed so far are two copies of the same k lines, else 0 */
    int square() {
        int m = lines.size();
        if (m == 0 || m % 2 != 0) {
            return 0;
        }
        int k = m / 2;
        return hash(0, k) == hash(k, m) && same(0, k, k) ? k : 0;
    }

    /**
     * For input that ends inside an echo.
     *
     * @return the length of the longest proper start of the lines that also ends them, when the
     *         lines fed so far are {@code S} followed by a cut-off copy of {@code S}; else 0
     */
    int cutOffEcho() {
        int m = lines.size();
        for (int k = m / 2 + 1; k < m; k++) {
            int length = m - k;
            if (hash(k, m) == hash(0, length) && same(0, k, length)) {
                return length;
            }
        }
        return 0;
    }

    private long hash(int from, int to) {
        return prefix[to] - prefix[from] * power[to - from];
    }

    private boolean same(int first, int second, int length) {
        for (int i = 0; i < length; i++) {
            if (!lines.get(first + i).equals(lines.get(second + i))) {
                return false;
            }
        }
        return true;
    }
}
