package orbit.store;

import orbit.core.Event;

/** Writes events in one format. Not thread-safe. {@link #close()} flushes without closing the underlying writer. */
public interface EventWriter extends AutoCloseable {
    void write(Event event);

    @Override
    void close();
}
