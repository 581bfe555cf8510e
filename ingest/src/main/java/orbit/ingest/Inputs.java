package orbit.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns the paths a user names into inputs: a file is one input (a .gz file too, decompressed);
 * a folder is every document file under it, recursively, in sorted order; a .zip archive is every
 * document entry in it, in sorted order.
 *
 * <p>Design decision: inside folders and archives only files with a document extension (or none)
 * are read, so that the images, scripts and style sheets of saved web pages are skipped (with a
 * notice counting them) instead of each being rejected. A file named on the command line is always
 * read, its format told from its content when the extension does not tell it.
 */
final class Inputs {
    private Inputs() {}

    /** Extensions of the files read inside folders and archives (besides files with no extension). */
    static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "shtml", "jsonl", "ndjson",
            "json", "xml", "rss", "atom");

    /** Adds the inputs {@code path} stands for to {@code out}; what cannot be read goes to {@code sink} as a reject or notice. */
    static void expand(Path path, List<Input> out, DocumentSink sink) {
        String name = nameOf(path);
        if (!Files.exists(path)) {
            sink.reject(name, 0, "does not exist; check the path");
            return;
        }
        if (Files.isDirectory(path)) {
            folder(path, out, sink);
            return;
        }
        if (!Files.isRegularFile(path)) {
            sink.reject(name, 0, "is not a regular file (a device or a pipe?); name files or folders");
            return;
        }
        file(path, name, out, sink);
    }

    /** How messages and ids name a path: as given, normalised, with / as the separator. */
    static String nameOf(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static void file(Path path, String name, List<Input> out, DocumentSink sink) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz") || lower.endsWith(".tar")) {
            sink.reject(name, 0, "is a tar archive, which Orbit does not read; unpack it (tar xf " + name
                    + ") and ingest the folder");
            return;
        }
        if (lower.endsWith(".zip")) {
            zip(path, name, out, sink);
            return;
        }
        if (lower.endsWith(".gz")) {
            out.add(new Input(name, name.substring(0, name.length() - 3),
                    () -> new GZIPInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16), 1 << 16), null));
            return;
        }
        out.add(new Input(name, name, () -> new BufferedInputStream(Files.newInputStream(path), 1 << 16), null));
    }

    private static void folder(Path dir, List<Input> out, DocumentSink sink) {
        String dirName = nameOf(dir);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !hidden(dir, p) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.reject(dirName, 0, "cannot be listed (" + message(e) + "); check its permissions");
            return;
        }
        TreeMap<String, Integer> skipped = new TreeMap<>();
        int before = out.size();
        for (Path p : files) {
            String ext = extensionOf(p.getFileName().toString());
            String compressed = ext.equals("gz") ? extensionOf(stripGz(p.getFileName().toString())) : null;
            if (ext.equals("zip") || isDocument(ext) || (compressed != null && isDocument(compressed))) {
                file(p, nameOf(p), out, sink);
            } else {
                skipped.merge(ext.isEmpty() ? "(none)" : "." + ext, 1, Integer::sum);
            }
        }
        if (!skipped.isEmpty()) {
            int n = skipped.values().stream().mapToInt(Integer::intValue).sum();
            sink.notice(dirName, 0, String.format("skipped %d file%s that are not documents by their extension (%s); "
                    + "name a file on the command line to read it anyway", n, n == 1 ? "" : "s", describe(skipped)));
        }
        if (out.size() == before && skipped.isEmpty()) {
            sink.reject(dirName, 0, "holds no files; check the path");
        }
    }

    private static void zip(Path path, String name, List<Input> out, DocumentSink sink) {
        List<String> entries = new ArrayList<>();
        TreeMap<String, Integer> skipped = new TreeMap<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                String n = e.getName();
                String base = n.substring(n.lastIndexOf('/') + 1);
                if (e.isDirectory() || n.startsWith("__MACOSX/") || base.startsWith(".") || n.contains("/.")) {
                    continue;
                }
                String ext = extensionOf(base);
                String inner = ext.equals("gz") ? extensionOf(stripGz(base)) : ext;
                if (isDocument(inner)) {
                    entries.add(n);
                } else if (ext.equals("zip")) {
                    sink.reject(name + "!" + n, 0, "is an archive inside an archive, which Orbit does not read; unzip " + name
                            + " and ingest the folder");
                } else {
                    skipped.merge(ext.isEmpty() ? "(none)" : "." + ext, 1, Integer::sum);
                }
            }
        } catch (ZipException e) {
            sink.reject(name, 0, "is not a readable zip archive (" + message(e) + "); download it again, or test it with unzip -t "
                    + name);
            return;
        } catch (IOException e) {
            sink.reject(name, 0, "cannot be read (" + message(e) + "); check that it exists and its permissions");
            return;
        }
        entries.sort(null);
        ZipArchive archive = new ZipArchive(path);
        for (String n : entries) {
            boolean gz = n.toLowerCase(Locale.ROOT).endsWith(".gz");
            out.add(new Input(name + "!" + n, gz ? stripGz(n) : n,
                    gz ? () -> new GZIPInputStream(archive.open(n), 1 << 16) : () -> new BufferedInputStream(archive.open(n), 1 << 16),
                    archive));
        }
        if (!skipped.isEmpty()) {
            int n = skipped.values().stream().mapToInt(Integer::intValue).sum();
            sink.notice(name, 0, String.format("skipped %d entr%s that are not documents by their extension (%s)", n,
                    n == 1 ? "y" : "ies", describe(skipped)));
        }
        if (entries.isEmpty() && skipped.isEmpty()) {
            sink.reject(name, 0, "holds no documents (no .txt, .html, .jsonl, .xml, .rss or .atom entries); check the archive");
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDocument(String ext) {
        return ext.isEmpty() || DOCUMENT_EXTENSIONS.contains(ext);
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripGz(String s) {
        return s.toLowerCase(Locale.ROOT).endsWith(".gz") ? s.substring(0, s.length() - 3) : s;
    }

    private static String describe(TreeMap<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((ext, n) -> parts.add(n + " " + ext));
        return String.join(", ", parts.size() > 6 ? parts.subList(0, 6) : parts) + (parts.size() > 6 ? ", ..." : "");
    }

    static String message(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.io.EOFException && e.getMessage() == null) {
            return "it ends too early";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
