package org.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The POI memory budget: two large workbooks are never admitted together, one that cannot fit is refused. */
class PoiMemoryTest {

    private static final long MB = 1L << 20;

    @Test
    void twoLargeWorkbooksAreNeverAdmittedTogether() throws Exception {
        PoiMemory budget = new PoiMemory(100 * MB);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<?>[] workers = new Future<?>[8];
            for (int i = 0; i < workers.length; i++) {
                workers[i] = pool.submit(() -> {
                    start.await();
                    try (PoiMemory.Ticket ticket = budget.admit("large.xlsx", 60 * MB)) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(20);
                        inside.decrementAndGet();
                    }
                    return null;
                });
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).as("large workbooks admitted at once").isEqualTo(1);
    }

    @Test
    void smallWorkbooksShareTheBudget() throws Exception {
        PoiMemory budget = new PoiMemory(100 * MB);
        try (PoiMemory.Ticket a = budget.admit("a.xlsx", 30 * MB); PoiMemory.Ticket b = budget.admit("b.xlsx", 30 * MB);
             PoiMemory.Ticket c = budget.admit("c.xlsx", 30 * MB)) {
            assertThat(a).isNotNull();
            assertThat(b).isNotNull();
            assertThat(c).isNotNull();
        }
    }

    @Test
    void aWorkbookLargerThanTheWholeBudgetIsRefusedWithItsSize() {
        PoiMemory budget = new PoiMemory(100 * MB);
        assertThatThrownBy(() -> budget.admit("huge.xlsx", 150 * MB)).isInstanceOf(PoiMemory.TooLarge.class)
                .hasMessageContaining("huge.xlsx").hasMessageContaining("150.0 MB").hasMessageContaining("100.0 MB");
    }
}
