package orbit.ingest;

import java.util.Objects;

/**
 * How to ingest.
 *
 * @param progress  told of each input as it is read; called on the ingesting thread
 * @param batchSize documents stored per transaction (a crash loses at most the batch being read)
 */
public record IngestOptions(Progress progress, int batchSize) {
    public static final int DEFAULT_BATCH = 500;

    public IngestOptions {
        progress = Objects.requireNonNullElse(progress, Progress.NONE);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_BATCH);
    }

    /** Progress in inputs (files, archive entries). */
    public interface Progress {
        Progress NONE = (input, done, total) -> {};

        /**
         * @param input the input about to be read, or "" when all are done
         * @param done  inputs read so far
         * @param total inputs in all
         */
        void update(String input, int done, int total);
    }
}
