package orbit.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import orbit.core.OrbitException;

/**
 * The document formats Orbit ingests, found by name ("html") or told from a file's extension, and
 * from its first bytes when the extension does not tell (.xml, .json, none, any other).
 */
public enum DocumentFormat {
    /** Plain text (.txt, .text): one document per file. */
    TEXT("text", TextReader::new),
    /** HTML (.html, .htm, .xhtml, .shtml): one document per page, boilerplate removed. */
    HTML("html", HtmlReader::new),
    /** JSONL (.jsonl, .ndjson): one document per line. */
    JSONL("jsonl", JsonlReader::new),
    /** RSS 2.0, RSS 1.0 and Atom feeds (.rss, .atom; .xml by content): one document per item or entry. */
    FEED("feed", FeedReader::new);

    private final String id;
    private final Supplier<DocumentReader> reader;

    DocumentFormat(String id, Supplier<DocumentReader> reader) {
        this.id = id;
        this.reader = reader;
    }

    public String id() {
        return id;
    }

    DocumentReader reader() {
        return reader.get();
    }

    /** The format with this name, or a USER error listing the names. */
    public static DocumentFormat named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DocumentFormat f : values()) {
            if (f.id.equals(n)) {
                return f;
            }
        }
        throw OrbitException.user("document format %s not found; formats are %s", name,
                String.join(", ", Arrays.stream(values()).map(DocumentFormat::id).toList()));
    }

    /** The format of a file with this extension (lowercase, no dot) and these first bytes. */
    static DocumentFormat of(String extension, byte[] head) {
        return switch (extension) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "jsonl", "ndjson" -> JSONL;
            case "rss", "atom" -> FEED;
            default -> detect(head);
        };
    }

    private static final Pattern PROLOG = Pattern.compile("\\A(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!(?i:doctype)[^>]*>)*", Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile("\\A<([A-Za-z][\\w:.-]*)");
    private static final Pattern HTML_TAGS = Pattern.compile("(?i)<(?:html|head|body|p|div|article|main|title|meta|br|h1|h2|span|a)[\\s>/]");

    /**
     * The format of content whose extension does not tell: '{' or '[' first is JSONL; markup whose
     * root element is rss, feed or rdf:RDF is a feed; other markup with HTML elements is HTML, an
     * XML document otherwise a feed (whose reader then says what it is instead); the rest is text.
     */
    static DocumentFormat detect(byte[] head) {
        String s = headText(head).stripLeading();
        if (s.startsWith("{") || s.startsWith("[")) {
            return JSONL;
        }
        if (!s.startsWith("<")) {
            return TEXT;
        }
        Matcher prolog = PROLOG.matcher(s);
        String rest = prolog.lookingAt() ? s.substring(prolog.end()) : s;
        Matcher root = ELEMENT.matcher(rest);
        String name = root.find() ? root.group(1).toLowerCase(Locale.ROOT) : "";
        if (name.equals("rss") || name.equals("feed") || name.equals("rdf:rdf")) {
            return FEED;
        }
        if (name.equals("html") || HTML_TAGS.matcher(s).find() && !s.startsWith("<?xml")) {
            return HTML;
        }
        return s.startsWith("<?xml") ? FEED : HTML;
    }

    private static String headText(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        int from = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    }
}
