package orbit.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSONL: one document per line, a JSON object with the fields {@code id}, {@code url},
 * {@code title}, {@code published}, {@code source} and {@code text} (required). The id is the
 * line's own when it has one, else the file's name and line ("corpus.jsonl:12"). A bad line is
 * rejected with its number and the others are read; JSON is UTF-8 by definition, so a line that
 * is not is rejected with the command to convert the file.
 */
final class JsonlReader implements DocumentReader {
    /** Longest line read; longer ones are rejected without being held in memory. */
    static final int MAX_LINE = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(Input input, DocumentSink sink) throws IOException {
        byte[] head = input.head(8192);
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw Unreadable.of("is a binary file (a NUL byte at offset %d), not JSONL text; Orbit reads one JSON object per "
                        + "line in UTF-8", i);
            }
        }
        long documents = 0;
        long lines = 0;
        try (InputStream in = input.open()) {
            ByteLines r = new ByteLines(in, MAX_LINE);
            byte[] line;
            while ((line = r.next()) != null) {
                long n = r.number();
                if (r.length() > MAX_LINE) {
                    lines++;
                    sink.reject(input.name(), n, String.format("is %.1f MB long, more than the %d MB a JSONL line may have; each line "
                            + "must hold one document (is the whole corpus on one line, or is this binary data?)", r.length() / 1e6,
                            MAX_LINE / (1024 * 1024)));
                    continue;
                }
                String text = TextDecoding.strictUtf8(line, 0);
                if (text == null) {
                    lines++;
                    int at = TextDecoding.firstInvalidUtf8(line, 0);
                    sink.reject(input.name(), n, String.format("byte 0x%02X at column %d is not valid UTF-8, as JSON must be; convert "
                            + "the file (iconv -f windows-1251 -t utf-8 FILE > FILE.jsonl, naming its encoding)", line[at] & 0xff, at + 1));
                    continue;
                }
                if (text.isBlank()) {
                    continue;
                }
                lines++;
                if (lines == 1 && text.stripLeading().startsWith("[")) {
                    throw Unreadable.of("holds a JSON array, not one JSON object per line; convert it: jq -c '.[]' FILE > FILE.jsonl");
                }
                try {
                    sink.accept(document(JSON.readTree(text), input.name(), n, sink));
                    documents++;
                } catch (JsonProcessingException e) {
                    sink.reject(input.name(), n, "is not valid JSON (" + e.getOriginalMessage().replace('\n', ' ')
                            + "); each line must hold one JSON object");
                } catch (Unreadable e) {
                    sink.reject(input.name(), n, e.getMessage());
                }
            }
        }
        if (lines == 0) {
            throw Unreadable.of("holds no JSON lines (only blank ones); there is nothing to ingest");
        }
    }

    private static orbit.core.Document document(JsonNode node, String name, long line, DocumentSink sink) {
        if (node == null || !node.isObject()) {
            throw Unreadable.of("holds a JSON %s, not an object; each line must hold one JSON object with a \"text\" field",
                    node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            List<String> fields = new ArrayList<>();
            node.fieldNames().forEachRemaining(fields::add);
            throw Unreadable.of("has no \"text\" field; each line needs the document's plain text in \"text\" (its fields are: %s)",
                    fields.isEmpty() ? "none" : String.join(", ", fields));
        }
        if (!text.isTextual()) {
            throw Unreadable.of("has a \"text\" that is a JSON %s, not a string", text.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String id = value(node, "id");
        String published = value(node, "published");
        LocalDate day = Dates.parse(published);
        if (published != null && day == null) {
            sink.notice(name, line, "\"published\" is \"" + cut(published) + "\", not a date this reads (2024-02-22, "
                    + "2024-02-22T10:15:00Z or Thu, 22 Feb 2024 10:15:00 GMT); the document is stored without a date");
        }
        return DocumentReader.document(id == null ? name + ":" + line : id, value(node, "url"), value(node, "title"), day,
                value(node, "source"), text.asText(), name + ":" + line);
    }

    /** The field as text (numbers too), or null when absent, null or blank. */
    private static String value(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /**
     * Splits bytes into lines (LF or CRLF; a UTF-8 byte order mark on the first line dropped),
     * keeping at most {@code max} bytes of a line but counting all of it. Not thread-safe.
     */
    static final class ByteLines {
        private final InputStream in;
        private final int max;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int len;
        private byte[] line = new byte[4096];
        private long number;
        private long length;

        ByteLines(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        long number() {
            return number;
        }

        /** Bytes in the line last returned, including any beyond {@code max} that were not kept. */
        long length() {
            return length;
        }

        /** The next line (at most {@code max} bytes of it), or null at the end. */
        byte[] next() throws IOException {
            int n = 0;
            long total = 0;
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buf[pos] != '\n') {
                    pos++;
                }
                int chunk = pos - start;
                total += chunk;
                int keep = Math.max(0, Math.min(chunk, max + 1 - n));
                if (keep > 0) {
                    if (n + keep > line.length) {
                        line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, n + keep));
                    }
                    System.arraycopy(buf, start, line, n, keep);
                    n += keep;
                }
                if (pos < len) {
                    pos++;
                    break;
                }
            }
            number++;
            int from = 0;
            if (number == 1 && n >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
                from = 3;
                total -= 3;
            }
            if (n > from && line[n - 1] == '\r') {
                n--;
                total--;
            }
            length = total;
            return java.util.Arrays.copyOfRange(line, from, Math.min(n, from + max + 1));
        }
    }
}
