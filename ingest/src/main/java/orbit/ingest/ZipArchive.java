package orbit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip archive whose entries are read one after the other: opened once when the first entry is
 * read (rather than once per entry, which costs a read of the central directory each time) and
 * closed by {@link Ingest} after its last entry. Not thread-safe.
 */
final class ZipArchive implements AutoCloseable {
    private final Path path;
    private ZipFile zip;

    ZipArchive(Path path) {
        this.path = path;
    }

    InputStream open(String entry) throws IOException {
        if (zip == null) {
            zip = new ZipFile(path.toFile());
        }
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new IOException("the entry " + entry + " is gone from the archive");
        }
        return zip.getInputStream(e); // closing it leaves the archive open for the next entry
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                // nothing was written; nothing is lost
            }
            zip = null;
        }
    }
}
