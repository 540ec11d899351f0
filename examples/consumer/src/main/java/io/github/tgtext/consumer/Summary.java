package io.github.tgtext.consumer;

import io.github.tgtext.ChannelExport;
import io.github.tgtext.Count;
import io.github.tgtext.Post;
import io.github.tgtext.TgText;
import java.io.IOException;
import java.nio.file.Path;

/** Prints a one-line summary of each export named on the command line. */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path path = Path.of(arg);
            ChannelExport export = TgText.parse(path);
            long forwarded = export.posts().stream().filter(p -> p.forwardedFrom().isPresent()).count();
            long hashtags = export.posts().stream().mapToLong(p -> p.hashtags().size()).sum();
            String channel = export.header()
                    .map(h -> h.title() + " (" + h.subscribers().map(Count::value).orElse(0L) + " subscribers)")
                    .orElse("no header");
            int lastLine = export.posts().isEmpty() ? 0 : export.posts().get(export.posts().size() - 1).span().lastLine();
            System.out.println(path.getFileName() + ": " + channel + ", " + export.layout() + ", "
                    + export.posts().size() + " posts, " + forwarded + " forwarded, " + hashtags + " hashtags, "
                    + export.diagnostics().size() + " diagnostics, last post ends on line " + lastLine);
            for (Post post : export.posts().subList(0, Math.min(2, export.posts().size()))) {
                System.out.println("  #" + post.index() + " " + post.text().lines().findFirst().orElse(""));
            }
        }
    }
}
