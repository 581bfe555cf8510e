package orbit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.core.OrbitException;
import orbit.ingest.TextDecoding;
import orbit.ingest.Unreadable;
import orbit.store.EventWriter;
import orbit.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orbit code-text}: codes a text, or a JSONL file of dated texts, and prints the events. */
@Command(name = "code-text", mixinStandardHelpOptions = true,
        description = {"Code English text into CAMEO/PLOVER events and print them (nothing is stored).",
            "Relative dates in the text (\"on Tuesday\", \"last week\") resolve against --date, the publication date.",
            "Events go to stdout, messages and the summary to stderr.",
            "Exit code 2 for an empty, binary or non-UTF-8 input, or when any JSONL line was skipped (the others are coded)."})
final class CodeTextCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WINDOW = 64;
    /** Bytes of a JSONL file looked at to tell text from binary. */
    private static final int HEAD = 8192;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A UTF-8 text file, or - for standard input.")
    String file;

    @Option(names = "--input-jsonl", paramLabel = "FILE",
            description = "Code a JSONL file (or - for stdin) of {\"id\", \"date\", \"text\"} lines (\"published\" is read when there "
                + "is no \"date\", so `orbit ingest` JSONL codes as it is); events carry \"doc\": id. A bad line is reported "
                + "with its number and skipped, and the exit code is then 2.")
    String inputJsonl;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of the text (default: today).")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: jsonl, tsv, csv, table, gdelt2 or plover (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ThreadsOption threads;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    /** One document to code. */
    private record Doc(String id, LocalDate date, String text) {}

    /** JSONL lines read as documents, and lines skipped for bad input. */
    private long documents;
    private long skippedLines;

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (inputJsonl == null)) {
            throw OrbitException.user("give either a FILE (or - for stdin) or --input-jsonl FILE, not %s",
                    file == null ? "neither" : "both");
        }
        ExportFormat out = ExportFormat.named(format);
        LocalDate published = date == null ? LocalDate.now() : parseDate(date, "--date");
        PrintWriter err = spec.commandLine().getErr();
        // Read (and check) the input before loading the coder's models, which takes seconds.
        Iterator<Doc> docs = inputJsonl == null ? List.of(readText(file, published, err)).iterator() : jsonlDocs(inputJsonl, err).iterator();
        EventCoder coder = docs.hasNext() ? coderOptions.coder() : null;
        int[] counts = new int[3];
        ExecutorService pool = Executors.newFixedThreadPool(threads.threads());
        PrintWriter stdout = spec.commandLine().getOut();
        try (EventWriter writer = out.open(stdout)) {
            Deque<Future<EventCoder.Result>> pending = new ArrayDeque<>();
            Runnable drain = () -> {
                EventCoder.Result r = get(pending.removeFirst());
                counts[0]++;
                counts[1] += r.sentences();
                for (CodedEvent e : r.events()) {
                    if (coderOptions.keep(e)) {
                        writer.write(e.event());
                        counts[2]++;
                    }
                }
            };
            while (docs.hasNext()) {
                Doc d = docs.next();
                pending.addLast(pool.submit(() -> coder.code(d.id(), d.date(), d.text())));
                if (pending.size() >= WINDOW) {
                    drain.run();
                }
            }
            while (!pending.isEmpty()) {
                drain.run();
            }
        } finally {
            pool.shutdownNow();
        }
        stdout.flush();
        err.printf("coded %d document(s), %d sentence(s): %d event(s)%s%n", counts[0], counts[1], counts[2],
                skippedLines == 0 ? "" : "; " + skippedLines + " line(s) skipped, see above");
        err.flush();
        return skippedLines == 0 ? Orbit.OK : Orbit.BAD_INPUT;
    }

    private static EventCoder.Result get(Future<EventCoder.Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static LocalDate parseDate(String s, String where) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw OrbitException.user("%s: '%s' is not a date; write YYYY-MM-DD", where, s);
        }
    }

    private static Doc readText(String name, LocalDate published, PrintWriter err) throws IOException {
        byte[] bytes;
        if (name.equals("-")) {
            bytes = System.in.readAllBytes();
        } else {
            try {
                bytes = Files.readAllBytes(Path.of(name));
            } catch (NoSuchFileException e) {
                throw OrbitException.user("%s does not exist; check the path", name);
            }
        }
        if (bytes.length == 0) {
            throw OrbitException.user("%s is empty; there is nothing to code", name);
        }
        String text = decode(bytes, name, err);
        if (text.isBlank()) {
            throw OrbitException.user("%s has no text to code", name);
        }
        String id = name.equals("-") ? "stdin" : Path.of(name).getFileName().toString();
        return new Doc(id, published, text);
    }

    /** The text of a whole file, decoded as {@code orbit ingest} decodes a text file (UTF-8, BOM, UTF-16, windows-1251 with a note). */
    private static String decode(byte[] bytes, String name, PrintWriter err) {
        try {
            TextDecoding.Decoded d = TextDecoding.decode(bytes, false);
            if (d.notice() != null) {
                err.println("orbit: note: " + name + ": " + d.notice());
                err.flush();
            }
            return d.text();
        } catch (Unreadable e) {
            throw OrbitException.user("%s %s", name, e.getMessage());
        }
    }

    /**
     * The documents of a JSONL file, read lazily. Fails before anything is coded when the file is
     * empty or does not look like UTF-8 text; a bad line is reported on {@code err} with its number,
     * counted in {@link #skippedLines}, and the next lines are still read.
     */
    private Iterable<Doc> jsonlDocs(String name, PrintWriter err) throws IOException {
        InputStream in;
        if (name.equals("-")) {
            in = new BufferedInputStream(System.in);
        } else {
            try {
                in = new BufferedInputStream(Files.newInputStream(Path.of(name)));
            } catch (NoSuchFileException e) {
                throw OrbitException.user("%s does not exist; check the path", name);
            }
        }
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        if (head.length == 0) {
            in.close();
            throw OrbitException.user("%s is empty; there is nothing to code (give one {\"id\", \"date\", \"text\"} object per line)",
                    name);
        }
        if (!looksLikeUtf8Text(head, head.length < HEAD)) {
            in.close();
            throw OrbitException.user("%s is not a UTF-8 JSONL file (it looks binary, or is in another encoding such as "
                    + "windows-1251); give one {\"id\", \"date\", \"text\"} object per line, converting first if need be, "
                    + "e.g. iconv -f windows-1251 -t utf-8", name);
        }
        return () -> new Iterator<>() {
            int line;
            Doc next = advance();

            private Doc advance() {
                try {
                    byte[] bytes;
                    while ((bytes = readLine(in)) != null) {
                        line++;
                        String s;
                        try {
                            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                        } catch (CharacterCodingException e) {
                            skip(err, "line %d of %s is not UTF-8 text; skipped (convert the file to UTF-8)", line, name);
                            continue;
                        }
                        if (s.startsWith("\uFEFF")) {
                            s = s.substring(1);
                        }
                        if (s.isBlank()) {
                            continue;
                        }
                        Doc d = parseLine(s);
                        if (d != null) {
                            return d;
                        }
                    }
                    in.close();
                    if (documents == 0 && skippedLines == 0) {
                        throw OrbitException.user("%s has no lines to code (give one {\"id\", \"date\", \"text\"} object per line)",
                                name);
                    }
                    return null;
                } catch (IOException e) {
                    throw OrbitException.external(e, "cannot read %s: %s", name, e.getMessage());
                }
            }

            private Doc parseLine(String s) {
                JsonNode o;
                try {
                    o = JSON.readTree(s);
                } catch (IOException e) {
                    skip(err, "line %d of %s is not JSON; skipped (each line must be one {\"id\", \"date\", \"text\"} object)",
                            line, name);
                    return null;
                }
                if (!o.isObject()) {
                    skip(err, "line %d of %s is not a JSON object; skipped (each line must be one {\"id\", \"date\", \"text\"} object)",
                            line, name);
                    return null;
                }
                String text = o.path("text").asText("");
                if (text.isBlank()) {
                    skip(err, "line %d of %s has no \"text\"; skipped", line, name);
                    return null;
                }
                String id = o.path("id").asText("");
                if (id.isEmpty()) {
                    id = name + ":" + line;
                }
                String field = o.hasNonNull("date") ? "date" : o.hasNonNull("published") ? "published" : null;
                LocalDate d;
                if (field == null) {
                    d = date != null ? LocalDate.parse(date) : LocalDate.now();
                } else {
                    String value = o.path(field).asText();
                    try {
                        d = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
                    } catch (DateTimeParseException e) {
                        skip(err, "line %d of %s: \"%s\" '%s' is not YYYY-MM-DD; skipped", line, name, field, value);
                        return null;
                    }
                }
                documents++;
                return new Doc(id, d, text);
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Doc next() {
                Doc d = next;
                next = advance();
                return d;
            }
        };
    }

    private void skip(PrintWriter err, String format, Object... args) {
        skippedLines++;
        err.printf("orbit: " + format + "%n", args);
    }

    /** One line without its line break (LF or CRLF), or null at the end of the input. */
    private static byte[] readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            line.write(b);
        }
        if (!any) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? java.util.Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }

    /**
     * Whether the start of a file reads as UTF-8 text: no NUL byte and no malformed sequence (a
     * sequence cut by the end of {@code head} is fine unless {@code whole} says it is the whole file).
     */
    static boolean looksLikeUtf8Text(byte[] head, boolean whole) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(head.length + 1);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(head);
        java.nio.charset.CoderResult r = decoder.decode(bytes, chars, whole);
        if (r.isError()) {
            return false;
        }
        return !whole || !decoder.flush(chars).isError();
    }
}
