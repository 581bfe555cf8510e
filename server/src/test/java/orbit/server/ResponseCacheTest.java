package orbit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aKeptAnswerIsServedUntilTheStoreChanges() throws Exception {
        ResponseCache cache = new ResponseCache(1 << 20);
        AtomicInteger computed = new AtomicInteger();
        ResponseCache.Answer answer = () -> bytes("answer " + computed.incrementAndGet());
        assertThat(cache.get("/api/stats", answer)).isEqualTo(bytes("answer 1"));
        assertThat(cache.get("/api/stats", answer)).isEqualTo(bytes("answer 1"));
        cache.invalidate();
        assertThat(cache.get("/api/stats", answer)).isEqualTo(bytes("answer 2"));
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void identicalRequestsArrivingTogetherAreComputedOnce() throws Exception {
        ResponseCache cache = new ResponseCache(1 << 20);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.get("/api/dyads/ARM/RUS", () -> {
                    computed.incrementAndGet();
                    release.await(10, TimeUnit.SECONDS);
                    return bytes("series");
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<byte[]> f : answers) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(bytes("series"));
            }
            assertThat(computed.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAnswerComputedAcrossAWriteIsNotKept() throws Exception {
        ResponseCache cache = new ResponseCache(1 << 20);
        cache.get("/api/stats", () -> {
            cache.invalidate();
            return bytes("stale");
        });
        assertThat(cache.get("/api/stats", () -> bytes("fresh"))).isEqualTo(bytes("fresh"));
    }

    @Test
    void failuresAreNotKept() throws Exception {
        ResponseCache cache = new ResponseCache(1 << 20);
        assertThatThrownBy(() -> cache.get("/api/dyads/ARN/RUS", () -> {
            throw ApiException.badParameter("a", "ARN is not an entity");
        })).isInstanceOf(ApiException.class);
        assertThat(cache.get("/api/dyads/ARN/RUS", () -> bytes("later"))).isEqualTo(bytes("later"));
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstWhenFull() throws Exception {
        ResponseCache cache = new ResponseCache(400);
        AtomicInteger computed = new AtomicInteger();
        for (String r : List.of("a", "b", "c", "d")) {
            cache.get(r, () -> {
                computed.incrementAndGet();
                return new byte[100];
            });
        }
        cache.get("a", () -> new byte[100]);
        cache.get("e", () -> new byte[100]);
        int before = computed.get();
        cache.get("a", () -> {
            computed.incrementAndGet();
            return new byte[100];
        });
        assertThat(computed.get()).as("a was used recently and is kept").isEqualTo(before);
        cache.get("b", () -> {
            computed.incrementAndGet();
            return new byte[100];
        });
        assertThat(computed.get()).as("b was the least recently used and went").isEqualTo(before + 1);
    }

    @Test
    void aZeroSizeComputesEveryRequest() throws Exception {
        ResponseCache cache = new ResponseCache(0);
        AtomicInteger computed = new AtomicInteger();
        cache.get("x", () -> bytes("" + computed.incrementAndGet()));
        cache.get("x", () -> bytes("" + computed.incrementAndGet()));
        assertThat(computed.get()).isEqualTo(2);
    }
}
