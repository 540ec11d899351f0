package io.github.tgtext.spark;

/**
 * How many posts' text views a reader built: a query that asks for no text column builds none.
 * Reported to Spark as a task metric ({@link ReadMetrics}), which is how a reader proves that
 * column pruning reaches the parser's output.
 */
final class TextViewCount {

    private long built;

    void built() {
        built++;
    }

    long value() {
        return built;
    }
}
