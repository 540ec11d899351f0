package io.github.tgtext.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How files become partitions: small ones packed in order, large ones cut into ranges. */
class PartitionPlanTest {

    private static final long MAX = 100;
    private static final long OPEN_COST = 10;

    private static List<List<String>> plan(boolean splitting, ExportFile... files) {
        return PartitionPlan.of(List.of(files), MAX, OPEN_COST, splitting).stream()
                .map(p -> p.ranges().stream().map(FileRange::toString).toList())
                .toList();
    }

    @Test
    void smallFilesArePackedInOrderEachCountingItsOpeningCost() {
        // 30 + 10, then 40 + 10 = 90, then 20 would make 110: a new partition.
        assertThat(plan(true, new ExportFile("a", 30), new ExportFile("b", 40), new ExportFile("c", 20),
                new ExportFile("d", 5)))
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void aFileOverTheMaximumIsCutIntoRangesOfTheMaximum() {
        assertThat(plan(true, new ExportFile("big", 250), new ExportFile("small", 5)))
                .containsExactly(List.of("big bytes 0-100"), List.of("big bytes 100-200"),
                        List.of("big bytes 200-250", "small"));
    }

    @Test
    void withoutSplittingALargeFileIsOneRange() {
        assertThat(plan(false, new ExportFile("big", 250))).containsExactly(List.of("big"));
    }

    @Test
    void aFileOfExactlyTheMaximumIsNotCut() {
        assertThat(plan(true, new ExportFile("exact", 100))).containsExactly(List.of("exact"));
    }
}
