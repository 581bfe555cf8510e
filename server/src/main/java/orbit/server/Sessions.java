package orbit.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import orbit.store.EventStore;

/**
 * A fixed set of store handles ({@link EventStore#session()}) lent to requests, one per request
 * at a time: an {@code EventStore} is not thread-safe, and DuckDB runs queries on separate
 * connections in parallel. Thread-safe.
 */
final class Sessions implements AutoCloseable {
    /** Something to do with a borrowed store. */
    @FunctionalInterface
    interface Work<T> {
        T apply(EventStore store) throws Exception;
    }

    private final BlockingQueue<EventStore> idle;
    private final List<EventStore> all = new ArrayList<>();

    Sessions(EventStore store, int size) {
        // fair: requests get a connection in the order they asked for one, so none waits behind later ones
        idle = new ArrayBlockingQueue<>(size, true);
        for (int i = 0; i < size; i++) {
            EventStore s = store.session();
            all.add(s);
            idle.add(s);
        }
    }

    /** Runs {@code work} on a free handle, waiting up to 30 s for one (then 503). */
    <T> T with(Work<T> work) throws Exception {
        EventStore s = idle.poll(30, TimeUnit.SECONDS);
        if (s == null) {
            throw new ApiException(503, "busy", "busy", List.of(new ApiException.FieldError("server",
                    "every store connection stayed busy for 30 s; retry later")));
        }
        try {
            return work.apply(s);
        } finally {
            idle.add(s);
        }
    }

    @Override
    public void close() {
        all.forEach(EventStore::close);
    }
}
