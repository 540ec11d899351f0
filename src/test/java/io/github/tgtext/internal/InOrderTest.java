package io.github.tgtext.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Work on many inputs at once, with results in input order and a bounded number ahead. */
class InOrderTest {

    private static final List<Integer> INPUTS = IntStream.range(0, 40).boxed().toList();

    @Test
    void resultsComeInInputOrderWhateverOrderTheWorkFinishesIn() throws Exception {
        List<Integer> results = new ArrayList<>();

        InOrder.forEach(INPUTS, 3, i -> {
            sleepMillis((40 - i) % 7);
            return i * 10;
        }, (i, result) -> results.add(result));

        assertThat(results).containsExactlyElementsOf(INPUTS.stream().map(i -> i * 10).toList());
    }

    @Test
    void twoThreadsWorkAtTheSameTime() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Set<Boolean> metTheOther = ConcurrentHashMap.newKeySet();

        InOrder.forEach(List.of(0, 1), 2, i -> {
            bothStarted.countDown();
            try {
                metTheOther.add(bothStarted.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i;
        }, (i, result) -> { });

        assertThat(metTheOther).as("each input's work saw the other's start").containsExactly(true);
    }

    @Test
    void workRunsAtMostTwoInputsPerThreadAheadOfTheResultsTaken() throws Exception {
        AtomicInteger started = new AtomicInteger();
        List<Integer> aheadWhenTaken = new ArrayList<>();

        InOrder.forEach(INPUTS, 2, i -> {
            started.incrementAndGet();
            return i;
        }, (i, result) -> aheadWhenTaken.add(started.get() - i));

        assertThat(aheadWhenTaken).allSatisfy(ahead -> assertThat(ahead).isBetween(1, 2 * InOrder.AHEAD_PER_THREAD));
    }

    @Test
    void theFirstFailureInInputOrderIsThrownAsTheWorkThrewIt() {
        List<Integer> taken = new ArrayList<>();

        assertThatThrownBy(() -> InOrder.forEach(INPUTS, 2, i -> {
            if (i == 5 || i == 9) {
                throw new FileNotFoundException("input " + i);
            }
            return i;
        }, (i, result) -> taken.add(result))).isInstanceOf(FileNotFoundException.class).hasMessage("input 5");
        assertThat(taken).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void oneThreadWorksOnTheCallingThread() throws Exception {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();

        InOrder.forEach(INPUTS, 1, i -> threads.add(Thread.currentThread()), (i, result) -> { });

        assertThat(threads).containsExactly(Thread.currentThread());
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
