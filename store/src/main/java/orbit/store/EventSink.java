package orbit.store;

import java.util.concurrent.ExecutorService;
import orbit.core.Event;

/**
 * Where a format reader puts what it read. Every method is called from the reading thread, in
 * line order; parsing may happen meanwhile on the threads of {@link #parsers()}.
 */
interface EventSink {
    void accept(Event event);

    void reject(long line, String reason, String raw);

    /** Counts one input row (line or record), whatever became of it. */
    void row();

    /** Threads that may parse lines in parallel, or null to parse on the reading thread. */
    default ExecutorService parsers() {
        return null;
    }
}
