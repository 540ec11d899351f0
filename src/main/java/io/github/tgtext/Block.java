package io.github.tgtext;

import java.util.List;
import java.util.Objects;

/**
 * A piece of a post's text: a paragraph, a bullet, a line of hashtags, a link label, a
 * separator, an omission, a poll or a document.
 *
 * <p>{@link #blankLinesBefore()} says how the block is set off from the one before it: 1 for a
 * new paragraph in the spaced layout, 0 for a block on the very next line (a list, or any line
 * of the compact layout).
 *
 * <pre>{@code
 * for (Block block : post.blocks()) {
 *     switch (block) {
 *         case Block.Bullet b -> System.out.println(b.marker() + " item: " + b.text());
 *         default -> System.out.println(block.text());
 *     }
 * }
 * }</pre>
 * (Pattern matching for {@code switch} needs Java 21; on Java 17 use {@code instanceof} or a
 * {@link Visitor}.)
 */
public sealed interface Block extends Node {

    /** @return the block's text as written, its lines joined by {@code \n} */
    String text();

    /** @return how many blank lines stand between this block and the one before it */
    int blankLinesBefore();

    /**
     * Text lines with no blank line between them.
     *
     * @param lines            the lines as written
     * @param blankLinesBefore see {@link Block#blankLinesBefore()}
     * @param span             where the paragraph stands
     */
    record Paragraph(List<String> lines, int blankLinesBefore, SourceSpan span) implements Block {
        /**
         * Checks the components and copies the lists.
         *
         * @param lines see the record's description of {@code lines}
         * @param blankLinesBefore see the record's description of {@code blankLinesBefore}
         * @param span see the record's description of {@code span}
         */
        public Paragraph {
            lines = List.copyOf(lines);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public String text() {
            return String.join("\n", lines);
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * A line led by an emoji or a bullet symbol: {@code 🔹 Ukrainian crisis}, {@code • Africa has},
     * {@code 🇷🇺🇨🇳 On May 4}, {@code ⚡️Welcome back!}.
     *
     * @param marker           the leading emoji (each a whole grapheme cluster) or bullet symbol
     * @param gap              the white space between marker and text, as written (often one space)
     * @param content          the text after the marker and gap
     * @param blankLinesBefore see {@link Block#blankLinesBefore()}
     * @param span             where the line stands
     */
    record Bullet(String marker, String gap, String content, int blankLinesBefore, SourceSpan span)
            implements Block {
        /**
         * Checks the components.
         *
         * @param marker see the record's description of {@code marker}
         * @param gap see the record's description of {@code gap}
         * @param content see the record's description of {@code content}
         * @param blankLinesBefore see the record's description of {@code blankLinesBefore}
         * @param span see the record's description of {@code span}
         */
        public Bullet {
            Objects.requireNonNull(marker, "marker");
            Objects.requireNonNull(gap, "gap");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public String text() {
            return marker + gap + content;
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * A line of hashtags only: {@code #RussiaChina #UNGA79}.
     *
     * @param text             the line as written
     * @param blankLinesBefore see {@link Block#blankLinesBefore()}
     * @param span             where the line stands
     */
    record HashtagLine(String text, int blankLinesBefore, SourceSpan span) implements Block {
        /**
         * Checks the components.
         *
         * @param text see the record's description of {@code text}
         * @param blankLinesBefore see the record's description of {@code blankLinesBefore}
         * @param span see the record's description of {@code span}
         */
        public HashtagLine {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }

        /** @return the hashtags, {@code #} included, in order */
        public List<String> hashtags() {
            return List.of(text.strip().split("[ \\t\\u00A0]+"));
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * The visible text of a hyperlink on its own line: {@code Read in full}, {@code 👉 Read in full},
     * {@code 📰 Read}.
     *
     * @param text             the line as written, marker included
     * @param blankLinesBefore see {@link Block#blankLinesBefore()}
     * @param span             where the line stands
     */
    record LinkLabel(String text, int blankLinesBefore, SourceSpan span) implements Block {
        /**
         * Checks the components.
         *
         * @param text see the record's description of {@code text}
         * @param blankLinesBefore see the record's description of {@code blankLinesBefore}
         * @param span see the record's description of {@code span}
         */
        public LinkLabel {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * {@code ***} alone on its line.
     *
     * @param text             the line as written
     * @param blankLinesBefore see {@link Block#blankLinesBefore()}
     * @param span             where the line stands
     */
    record Separator(String text, int blankLinesBefore, SourceSpan span) implements Block {
        /**
         * Checks the components.
         *
         * @param text see the record's description of {@code text}
         * @param blankLinesBefore see the record's description of {@code blankLinesBefore}
         * @param span see the record's description of {@code span}
         */
        public Separator {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * {@code <...>} alone on its line: part of a quoted text was left out.
     *
     * @param text             the line as written
     * @param blankLinesBefore see {@link Block#blankLinesBefore()}
     * @param span             where the line stands
     */
    record Omission(String text, int blankLinesBefore, SourceSpan span) implements Block {
        /**
         * Checks the components.
         *
         * @param text see the record's description of {@code text}
         * @param blankLinesBefore see the record's description of {@code blankLinesBefore}
         * @param span see the record's description of {@code span}
         */
        public Omission {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * A poll: its question, its kind and its options with their shares of the votes.
     *
     * @param question         the question as written, its lines joined by {@code \n}
     * @param kind             the poll's kind as shown ({@code Anonymous Poll})
     * @param options          the options, in order
     * @param blankLinesBefore see {@link Block#blankLinesBefore()}
     * @param span             where the poll stands
     */
    record Poll(String question, String kind, List<Option> options, int blankLinesBefore, SourceSpan span)
            implements Block {

        /**
         * One answer of a poll.
         *
         * @param percent its share of the votes, in percent as shown
         * @param text    the answer as written
         */
        public record Option(int percent, String text) {
            /**
             * Checks the components.
             *
             * @param percent see the record's description of {@code percent}
             * @param text see the record's description of {@code text}
             */
            public Option {
                Objects.requireNonNull(text, "text");
            }
        }

        /**
         * Checks the components and copies the lists.
         *
         * @param question see the record's description of {@code question}
         * @param kind see the record's description of {@code kind}
         * @param options see the record's description of {@code options}
         * @param blankLinesBefore see the record's description of {@code blankLinesBefore}
         * @param span see the record's description of {@code span}
         */
        public Poll {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(kind, "kind");
            options = List.copyOf(options);
            Objects.requireNonNull(span, "span");
        }

        /** @return the poll's lines as the page shows them: question, kind, each option's share and text */
        @Override
        public String text() {
            StringBuilder text = new StringBuilder(question).append('\n').append(kind);
            options.forEach(option -> text.append('\n').append(option.percent()).append("%\n").append(option.text()));
            return text.toString();
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * A file attached to the post, as the page shows it: its name, then its size.
     *
     * @param name             the file's name or title
     * @param size             its size as shown ({@code 2.1 MB})
     * @param blankLinesBefore see {@link Block#blankLinesBefore()}
     * @param span             where its two lines stand
     */
    record Document(String name, String size, int blankLinesBefore, SourceSpan span) implements Block {
        /**
         * Checks the components.
         *
         * @param name see the record's description of {@code name}
         * @param size see the record's description of {@code size}
         * @param blankLinesBefore see the record's description of {@code blankLinesBefore}
         * @param span see the record's description of {@code span}
         */
        public Document {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public String text() {
            return name + "\n" + size;
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }
}
