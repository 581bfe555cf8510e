package orbit.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * One stream of input: a plain file, a gzip file, or one entry of a zip archive.
 *
 * @param name   how messages name it ("20250807.export.CSV.zip!20250807.export.CSV")
 * @param opener opens a fresh stream of the decompressed bytes each time it is called
 */
record InputFile(String name, Opener opener) {
    interface Opener {
        InputStream open() throws IOException;
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
