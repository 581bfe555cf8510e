package orbit.store;

import java.io.IOException;

/** Reads one input of one format into a sink. Implementations are not thread-safe. */
interface FormatReader {
    void read(InputFile input, EventSink sink) throws IOException;
}
