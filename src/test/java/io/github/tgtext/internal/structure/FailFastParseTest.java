package io.github.tgtext.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tgtext.Diagnostic;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.Unrecognised;
import io.github.tgtext.generators.Coverage;
import io.github.tgtext.generators.HostileText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A post is parsed first with no error recovery, and again with it only after a syntax error:
 * the posts, diagnostics and unplaced lines are those of parsing every post with recovery.
 */
class FailFastParseTest {

    private record Built(List<Post> posts, List<Diagnostic> diagnostics, List<Unrecognised> unrecognised) {
    }

    @Test
    void postsWithAndWithoutSyntaxErrorsComeOutAsWithRecoveryAlone() {
        Coverage coverage = new Coverage("fail-fast structure parse");
        qt().withExamples(Coverage.examples()).forAll(HostileText.texts()).checkAssert(text -> {
            boolean syntaxError = false;
            boolean noError = false;
            for (Layout layout : Layout.values()) {
                Built recovering = build(text, layout, false);

                assertThat(build(text, layout, true)).as("%s layout", layout).isEqualTo(recovering);

                boolean errors = recovering.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
                syntaxError |= errors;
                noError |= !errors && !recovering.posts().isEmpty();
            }
            coverage.example();
            coverage.count("texts with a syntax error", syntaxError);
            coverage.count("texts parsed without one", noError);
        });
        coverage.assertEnough();
    }

    private static Built build(String text, Layout layout, boolean failFastFirst) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Unrecognised> unrecognised = new ArrayList<>();
        List<Chunk> chunks = Chunks.of(text, layout, diagnostics::add);
        TreeBuilder builder = new TreeBuilder(layout, diagnostics::add, unrecognised::add, failFastFirst);
        List<Post> posts = new ArrayList<>();
        for (Chunk chunk : chunks) {
            posts.add(builder.post(posts.size(), chunk));
        }
        return new Built(posts, diagnostics, unrecognised);
    }
}
