package org.treatyarchive.web.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinedReadTest {

    @Test
    void aCallerAloneReadsEachTime() {
        AtomicInteger reads = new AtomicInteger();
        JoinedRead<Integer> read = new JoinedRead<>(reads::incrementAndGet);

        assertEquals(1, read.get());
        assertEquals(2, read.get());
        assertEquals(3, read.get());
    }

    @Test
    void callersWhoAskDuringAReadShareTheNextOneAndNeverGetTheOneUnderWay() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch firstBegun = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        JoinedRead<Integer> read = new JoinedRead<>(() -> {
            int number = reads.incrementAndGet();
            if (number == 1) {
                firstBegun.countDown();
                await(releaseFirst);
            }
            return number;
        });
        ExecutorService callers = Executors.newFixedThreadPool(9);
        try {
            Future<Integer> first = callers.submit(read::get);
            assertTrue(firstBegun.await(10, TimeUnit.SECONDS));
            List<Future<Integer>> later = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                later.add(callers.submit(read::get));
            }
            // Let them all reach the read under way before it ends.
            Thread.sleep(200);
            assertFalse(later.get(0).isDone(), "a caller who asked during a read waits for one begun after it asked");
            releaseFirst.countDown();

            assertEquals(1, first.get(10, TimeUnit.SECONDS));
            for (Future<Integer> caller : later) {
                assertEquals(2, caller.get(10, TimeUnit.SECONDS), "the eight who asked meanwhile share the second read");
            }
            assertEquals(2, reads.get());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFailedReadFailsEveryoneWhoSharedItAndTheNextCallerReadsAgain() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch firstBegun = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondBegun = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        JoinedRead<Integer> read = new JoinedRead<>(() -> {
            int number = reads.incrementAndGet();
            if (number == 1) {
                firstBegun.countDown();
                await(releaseFirst);
            } else if (number == 2) {
                secondBegun.countDown();
                await(releaseSecond);
                throw new IllegalStateException("database away");
            }
            return number;
        });
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> first = callers.submit(read::get);
            assertTrue(firstBegun.await(10, TimeUnit.SECONDS));
            Future<Integer> second = callers.submit(read::get);
            Future<Integer> third = callers.submit(read::get);
            Thread.sleep(200);
            releaseFirst.countDown();
            assertEquals(1, first.get(10, TimeUnit.SECONDS));
            assertTrue(secondBegun.await(10, TimeUnit.SECONDS));
            releaseSecond.countDown();

            for (Future<Integer> failed : List.of(second, third)) {
                Exception thrown = assertThrows(Exception.class, () -> failed.get(10, TimeUnit.SECONDS));
                assertTrue(thrown.getCause() instanceof IllegalStateException, "the read's own failure: " + thrown.getCause());
            }
            assertEquals(3, read.get(), "a failure is not kept");
        } finally {
            callers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
