package io.github.tgtext.spark;

import io.github.tgtext.Post;
import io.github.tgtext.internal.text.InlineEntities;
import java.util.List;

/**
 * A post as a row is made from it: the post, its file, and how many diagnostics fall on its
 * lines. Its text views ({@link Post#text()} and what is found in the text) are built once, on
 * first use, and only if a requested column needs them; {@link TextViewCount} counts how often.
 */
final class PostView {

    private final FileContext file;
    private final Post post;
    private final int diagnosticCount;
    private final TextViewCount textViews;
    private String text;

    PostView(FileContext file, Post post, int diagnosticCount, TextViewCount textViews) {
        this.file = file;
        this.post = post;
        this.diagnosticCount = diagnosticCount;
        this.textViews = textViews;
    }

    FileContext file() {
        return file;
    }

    Post post() {
        return post;
    }

    int diagnosticCount() {
        return diagnosticCount;
    }

    String text() {
        if (text == null) {
            textViews.built();
            text = post.text();
        }
        return text;
    }

    // Post.hashtags(), mentions() and urls() each build the text again; these find the same
    // entities, with the library's own finder, in the text built once for the row.
    List<String> hashtags() {
        return InlineEntities.of(text(), InlineEntities.Kind.HASHTAG);
    }

    List<String> mentions() {
        return InlineEntities.of(text(), InlineEntities.Kind.MENTION);
    }

    List<String> urls() {
        return InlineEntities.of(text(), InlineEntities.Kind.URL);
    }
}
