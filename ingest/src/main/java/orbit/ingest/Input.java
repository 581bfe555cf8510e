package orbit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * One stream to read documents from: a file, a .gz file, or one entry of a .zip archive.
 *
 * @param name     how messages, origins and derived ids name it: the path as given, with
 *                 {@code "!" + entry} for a zip entry ("news.zip!2023/a.html")
 * @param fileName the name whose extension tells the format: the file or entry name, without a
 *                 {@code .gz} ("a.html" for "a.html.gz")
 * @param opener   opens a fresh stream of the (decompressed) bytes each time it is called
 * @param archive  the zip archive the entry is in, to close once its last entry is read; null
 *                 for a file
 */
record Input(String name, String fileName, Opener opener, ZipArchive archive) {
    /** Files read whole (text, HTML, feeds) may be this big; JSONL is streamed and has no limit. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    interface Opener {
        InputStream open() throws IOException;
    }

    InputStream open() throws IOException {
        return opener.open();
    }

    /** The lowercase extension of {@link #fileName} without the dot, or "" when it has none. */
    String extension() {
        String n = fileName;
        int slash = n.lastIndexOf('/');
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Up to {@code max} bytes from the start. */
    byte[] head(int max) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    /** Every byte, or {@link Unreadable} when there are more than {@link #MAX_BYTES}. */
    byte[] readAll() throws IOException {
        try (InputStream in = open()) {
            byte[] b = in.readNBytes(MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                long total = b.length + in.transferTo(java.io.OutputStream.nullOutputStream());
                throw Unreadable.of("is %.1f MB, more than the %d MB Orbit reads as one document or feed; split it into "
                        + "articles, or write a corpus as JSONL (one document per line, which has no size limit)",
                        total / 1e6, MAX_BYTES / (1024 * 1024));
            }
            return b;
        }
    }
}
