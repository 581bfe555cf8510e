package orbit.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import orbit.core.Event;
import orbit.core.Ontology;
import orbit.core.OrbitException;

/**
 * A reader for formats with one record per line; subclasses parse a line into an event and must
 * be safe to call from several threads once the header is read. Lines are read on the calling
 * thread and, when the sink offers parser threads, parsed in batches on them; the events reach
 * the sink on the calling thread, in line order.
 */
abstract class LineFormatReader implements FormatReader {
    final Ontology ontology;

    LineFormatReader(Ontology ontology) {
        this.ontology = ontology;
    }

    /** Whether the first line is a header to skip. */
    boolean isHeader(String firstLine) {
        return false;
    }

    /** The event on this line, or null to skip it silently; throws {@link Rejection} for a bad line. */
    abstract Event parse(String line, String origin);

    /** Lines handed to a parser thread at once. */
    private static final int BATCH = 4096;
    /** Batches parsed or waiting at once; bounds memory to a few MB. */
    private static final int IN_FLIGHT = 8;

    @Override
    public void read(InputFile input, EventSink sink) throws IOException {
        ExecutorService parsers = sink.parsers();
        String shortName = shortName(input.name());
        Deque<Future<Parsed>> inFlight = new ArrayDeque<>();
        Batch batch = new Batch();
        try (InputStream in = input.open(); LineReader lines = new LineReader(in)) {
            String line;
            while ((line = lines.next()) != null) {
                long n = lines.number();
                if (n == 1) {
                    try {
                        if (isHeader(line)) {
                            continue;
                        }
                    } catch (Rejection r) {
                        sink.row();
                        sink.reject(n, r.getMessage() + "; nothing else in this file was read", line);
                        return;
                    }
                }
                if (line.isBlank()) {
                    continue;
                }
                sink.row();
                batch.add(n, line, lines.decodingProblem());
                if (batch.size() == BATCH) {
                    dispatch(batch, shortName, sink, parsers, inFlight);
                    batch = new Batch();
                    while (inFlight.size() > IN_FLIGHT) {
                        report(inFlight.poll(), sink);
                    }
                }
            }
            if (batch.size() > 0) {
                dispatch(batch, shortName, sink, parsers, inFlight);
            }
        } finally {
            while (!inFlight.isEmpty()) {
                report(inFlight.poll(), sink);
            }
        }
    }

    private void dispatch(Batch batch, String file, EventSink sink, ExecutorService parsers, Deque<Future<Parsed>> inFlight) {
        if (parsers == null) {
            batch.parse(this, file).deliver(sink);
        } else {
            inFlight.add(parsers.submit(() -> batch.parse(this, file)));
        }
    }

    /** Passes a parsed batch on, in the order batches were read. */
    private static void report(Future<Parsed> done, EventSink sink) throws IOException {
        try {
            done.get().deliver(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the import was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Lines with their numbers, parsed together on one thread. */
    private static final class Batch {
        private final List<String> lines = new ArrayList<>(BATCH);
        private final long[] numbers = new long[BATCH];
        private final String[] problems = new String[BATCH];

        void add(long number, String line, String problem) {
            numbers[lines.size()] = number;
            problems[lines.size()] = problem;
            lines.add(line);
        }

        int size() {
            return lines.size();
        }

        Parsed parse(LineFormatReader reader, String file) {
            List<Event> events = new ArrayList<>(lines.size());
            List<Reject> rejects = new ArrayList<>(0);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                long n = numbers[i];
                if (problems[i] != null) {
                    rejects.add(new Reject(file, n, problems[i], line));
                    continue;
                }
                try {
                    Event e = reader.parse(line, file + ":" + n);
                    if (e != null) {
                        events.add(e);
                    }
                } catch (Rejection r) {
                    rejects.add(new Reject(file, n, r.getMessage(), line));
                } catch (OrbitException r) {
                    throw r;
                } catch (RuntimeException r) {
                    rejects.add(new Reject(file, n, "cannot read this row (" + r.getMessage() + ")", line));
                }
            }
            return new Parsed(events, rejects);
        }
    }

    /** What a batch gave: its events in line order and its rejects. */
    private record Parsed(List<Event> events, List<Reject> rejects) {
        void deliver(EventSink sink) {
            events.forEach(sink::accept);
            rejects.forEach(r -> sink.reject(r.line(), r.reason(), r.raw()));
        }
    }

    static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
