package orbit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.core.OrbitException;
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
            "Relative dates in the text (\"on Tuesday\", \"last week\") resolve against --date, the publication date."})
final class CodeTextCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WINDOW = 64;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A UTF-8 text file, or - for standard input.")
    String file;

    @Option(names = "--input-jsonl", paramLabel = "FILE",
            description = "Code a JSONL file (or - for stdin) of {\"id\", \"date\", \"text\"} lines; events carry \"doc\": id.")
    String inputJsonl;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of the text (default: today).")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: jsonl, tsv, csv, table, gdelt2 or plover (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Documents coded at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    /** One document to code. */
    private record Doc(String id, LocalDate date, String text) {}

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (inputJsonl == null)) {
            throw OrbitException.user("give either a FILE (or - for stdin) or --input-jsonl FILE, not %s",
                    file == null ? "neither" : "both");
        }
        ExportFormat out = ExportFormat.named(format);
        LocalDate published = date == null ? LocalDate.now() : parseDate(date, "--date");
        List<Doc> docs = inputJsonl == null ? List.of(readText(file, published)) : null;
        PrintWriter err = spec.commandLine().getErr();
        EventCoder coder = coderOptions.coder();
        int[] counts = new int[3];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
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
            Iterable<Doc> source = docs != null ? docs : jsonlDocs(inputJsonl, err);
            for (Doc d : source) {
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
        err.printf("coded %d document(s), %d sentence(s): %d event(s)%n", counts[0], counts[1], counts[2]);
        err.flush();
        return Orbit.OK;
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

    private static Doc readText(String name, LocalDate published) throws IOException {
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
        String text = decode(bytes, name);
        if (text.isBlank()) {
            throw OrbitException.user("%s has no text to code", name);
        }
        String id = name.equals("-") ? "stdin" : Path.of(name).getFileName().toString();
        return new Doc(id, published, text);
    }

    private static String decode(byte[] bytes, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw OrbitException.user("%s is not UTF-8 text (binary, or another encoding such as windows-1251); "
                    + "convert it first, e.g. iconv -f windows-1251 -t utf-8", name);
        }
    }

    private Iterable<Doc> jsonlDocs(String name, PrintWriter err) throws IOException {
        InputStream in;
        if (name.equals("-")) {
            in = System.in;
        } else {
            try {
                in = Files.newInputStream(Path.of(name));
            } catch (NoSuchFileException e) {
                throw OrbitException.user("%s does not exist; check the path", name);
            }
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)));
        return () -> new java.util.Iterator<>() {
            int line;
            Doc next = advance();

            private Doc advance() {
                try {
                    String s;
                    while ((s = r.readLine()) != null) {
                        line++;
                        if (s.isBlank()) {
                            continue;
                        }
                        Doc d = parseLine(s.startsWith("\uFEFF") ? s.substring(1) : s);
                        if (d != null) {
                            return d;
                        }
                    }
                    r.close();
                    return null;
                } catch (IOException e) {
                    throw OrbitException.external(e, "cannot read %s", name);
                }
            }

            private Doc parseLine(String s) {
                JsonNode o;
                try {
                    o = JSON.readTree(s);
                } catch (IOException e) {
                    err.printf("orbit: line %d of %s is not JSON; skipped (each line must be one {\"id\", \"date\", \"text\"} object)%n",
                            line, name);
                    return null;
                }
                String text = o.path("text").asText("");
                if (text.isBlank()) {
                    err.printf("orbit: line %d of %s has no \"text\"; skipped%n", line, name);
                    return null;
                }
                String id = o.path("id").asText("");
                if (id.isEmpty()) {
                    id = name + ":" + line;
                }
                LocalDate d;
                try {
                    d = o.hasNonNull("date") ? LocalDate.parse(o.path("date").asText().substring(0, Math.min(10, o.path("date").asText().length())))
                            : date != null ? LocalDate.parse(date) : LocalDate.now();
                } catch (DateTimeParseException e) {
                    err.printf("orbit: line %d of %s: \"date\" '%s' is not YYYY-MM-DD; skipped%n", line, name, o.path("date").asText());
                    return null;
                }
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
}
