package io.github.tgtext;

/**
 * The two ways an export lays out its lines. A file uses one layout throughout.
 *
 * <pre>{@code
 * ChannelExport export = TgText.parse(path);
 * if (export.layout() == Layout.COMPACT) { ... }
 * }</pre>
 */
public enum Layout {
    /** Paragraphs inside a post are separated by one blank line; posts by a single line break. */
    SPACED,
    /** No blank lines; every line is a paragraph, and most posts are followed by an echo. */
    COMPACT
}
