package orbit.store;

import orbit.core.Event;

/** Where a format reader puts what it read. Not thread-safe; one per input. */
interface EventSink {
    void accept(Event event);

    void reject(long line, String reason, String raw);

    /** Counts one input row (line or record), whatever became of it. */
    void row();
}
