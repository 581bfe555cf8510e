package orbit.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers of the read endpoints, kept until the store changes. Every read is a pure function
 * of the request and the store, and only the server writes to the store while it runs (it holds
 * the file lock), so an answer stays right until the next write, which calls {@link #invalidate()}.
 * Identical requests that arrive while the first is being answered wait for it instead of running
 * the same query again (a dashboard's panels, and analysts opening the same link). Bounded by the
 * total size of the kept answers, least recently used out first. Thread-safe.
 *
 * <p>Design decision: answers are keyed by the store's version as well as the request, so an
 * answer computed from before a write, finishing after it, is never served afterwards.
 */
final class ResponseCache {
    /** What a cache lookup needs computed on a miss. */
    @FunctionalInterface
    interface Answer {
        byte[] compute() throws Exception;
    }

    private final long maxBytes;
    private final AtomicLong version = new AtomicLong();
    private final Map<String, byte[]> kept = new LinkedHashMap<>(256, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> running = new ConcurrentHashMap<>();
    private long bytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param maxBytes the most bytes of answers kept; 0 keeps none (every request is computed) */
    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer to {@code request}: kept, being computed by another request, or computed now. */
    byte[] get(String request, Answer answer) throws Exception {
        if (maxBytes <= 0) {
            return answer.compute();
        }
        long v = version.get();
        String key = v + " " + request;
        synchronized (this) {
            byte[] body = kept.get(key);
            if (body != null) {
                hits.incrementAndGet();
                return body;
            }
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> other = running.putIfAbsent(key, mine);
        if (other != null) {
            hits.incrementAndGet();
            try {
                return other.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        }
        misses.incrementAndGet();
        try {
            byte[] body = answer.compute();
            keep(v, key, body);
            mine.complete(body);
            return body;
        } catch (Exception | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private synchronized void keep(long v, String key, byte[] body) {
        if (v != version.get() || body.length > maxBytes / 4) {
            return;
        }
        byte[] old = kept.put(key, body);
        bytes += body.length - (old == null ? 0 : old.length);
        for (Iterator<byte[]> it = kept.values().iterator(); bytes > maxBytes && it.hasNext();) {
            bytes -= it.next().length;
            it.remove();
        }
    }

    /** Forgets every kept answer: the store has changed. */
    synchronized void invalidate() {
        version.incrementAndGet();
        kept.clear();
        bytes = 0;
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }
}
