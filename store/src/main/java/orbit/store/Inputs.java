package orbit.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import orbit.core.OrbitException;

/** Opens what a user names on the command line: plain files, .gz files and the data files inside .zip archives. */
final class Inputs {
    private Inputs() {}

    private static final List<String> DATA_EXTENSIONS = List.of(".csv", ".tsv", ".tab", ".txt", ".jsonl", ".json");

    /**
     * The inputs a path stands for, or a USER error naming the path and the fix.
     *
     * @param counter receives the number of compressed bytes read, for progress bars
     */
    static List<InputFile> open(Path path, ByteCounter counter) {
        if (!Files.exists(path)) {
            throw OrbitException.user("%s does not exist; check the path", path);
        }
        if (Files.isDirectory(path)) {
            throw OrbitException.user("%s is a directory; name the files inside it (orbit import %s/*.CSV)", path, path);
        }
        if (!Files.isReadable(path)) {
            throw OrbitException.user("%s cannot be read; check its permissions", path);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return zipEntries(path, counter);
        }
        if (name.endsWith(".gz")) {
            return List.of(new InputFile(path.toString(), () -> new GZIPInputStream(counted(path, counter), 1 << 16)));
        }
        return List.of(new InputFile(path.toString(), () -> counted(path, counter)));
    }

    private static List<InputFile> zipEntries(Path path, ByteCounter counter) {
        List<InputFile> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName();
                if (e.isDirectory() || n.startsWith("__MACOSX/") || DATA_EXTENSIONS.stream().noneMatch(x -> n.toLowerCase(Locale.ROOT).endsWith(x))) {
                    continue;
                }
                // progress is measured in bytes of the archive: scale what is read by the compression ratio
                double ratio = e.getSize() > 0 && e.getCompressedSize() >= 0 ? (double) e.getCompressedSize() / e.getSize() : 1.0;
                ByteCounter scaled = bytes -> counter.add(Math.round(bytes * ratio));
                out.add(new InputFile(path + "!" + n, () -> {
                    ZipFile z = new ZipFile(path.toFile());
                    InputStream in = z.getInputStream(z.getEntry(n));
                    return new CountingStream(new BufferedInputStream(in, 1 << 16), scaled) {
                        @Override
                        public void close() throws IOException {
                            super.close();
                            z.close();
                        }
                    };
                }));
            }
        } catch (ZipException e) {
            throw OrbitException.user("%s is not a valid zip archive (%s); download it again", path, e.getMessage());
        } catch (IOException e) {
            throw OrbitException.external(e, "cannot read %s: %s", path, e.getMessage());
        }
        if (out.isEmpty()) {
            throw OrbitException.user("%s holds no data file (.CSV, .tsv, .jsonl ...); GDELT zips hold one .CSV", path);
        }
        return out;
    }

    private static InputStream counted(Path path, ByteCounter counter) throws IOException {
        return new CountingStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16), counter);
    }

    /** Receives byte counts as they are read. */
    interface ByteCounter {
        void add(long bytes);
    }

    private static class CountingStream extends java.io.FilterInputStream {
        private final ByteCounter counter;

        CountingStream(InputStream in, ByteCounter counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                counter.add(1);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.add(n);
            }
            return n;
        }
    }
}
