package orbit.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One text to code: a news article, a feed item, a line of a JSONL corpus. Immutable and
 * thread-safe.
 *
 * <p>Design decision: a document is known by the SHA-256 of its normalised text, so the same
 * article ingested twice (again from the same file, or from a feed and a saved page that give the
 * same text) is stored once. The normalisation ({@link #normalize}) is part of the store's format:
 * changing it changes every hash and needs a migration.
 *
 * @param id          stable id: the corpus's own id, or one derived from the path (and line or
 *                    entry) it was read from, so that reading the same input again gives the same id
 * @param url         where the document was published, null when unknown
 * @param title       headline, null when unknown
 * @param published   the day it was published (as dated by its source), null when unknown
 * @param source      the publisher or feed, null when unknown
 * @param text        the plain text, normalised; never blank
 * @param contentHash lowercase hex SHA-256 of the UTF-8 bytes of {@code text}
 * @param origin      the file and line or entry it was read from ("news/feed.xml#3", "corpus.jsonl:12")
 */
public record Document(
        String id,
        String url,
        String title,
        LocalDate published,
        String source,
        String text,
        String contentHash,
        String origin) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Document {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a document id must not be blank");
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("document " + id + " has no text");
        }
        Objects.requireNonNull(contentHash, "contentHash");
        if (!HEX64.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("content hash of " + id + " is not 64 lowercase hex digits: " + contentHash);
        }
        Objects.requireNonNull(origin, "origin");
        url = blankToNull(url);
        title = blankToNull(title);
        source = blankToNull(source);
    }

    /**
     * A document of {@code rawText}, normalised and hashed. The text must hold something once
     * normalised (check with {@link #normalize} first when it may not).
     */
    public static Document of(String id, String url, String title, LocalDate published, String source, String rawText,
            String origin) {
        String text = normalize(rawText);
        return new Document(id, url, title == null ? null : normalizeLine(title), published, source, text, sha256(text),
                origin);
    }

    /** This document under another id (everything else unchanged). */
    public Document withId(String newId) {
        return new Document(newId, url, title, published, source, text, contentHash, origin);
    }

    /**
     * The text as stored and hashed: Unicode NFC; line breaks as {@code \n}; byte order marks,
     * zero-width spaces, soft hyphens and control characters dropped; tabs and every other kind of
     * space turned into one plain space; each line stripped; runs of blank lines kept as one blank
     * line (a paragraph break); no blank lines at either end. Texts that differ only in these
     * respects are the same document.
     */
    public static String normalize(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder line = new StringBuilder();
        int blankLines = 0;
        boolean any = false;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '\n';
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                String l = line.toString().strip();
                line.setLength(0);
                if (l.isEmpty()) {
                    blankLines++;
                    continue;
                }
                if (any) {
                    out.append(blankLines > 0 ? "\n\n" : "\n");
                }
                out.append(l);
                any = true;
                blankLines = 0;
                continue;
            }
            if (c == '\uFEFF' || c == '\u200B' || c == '\u00AD') {
                continue;
            }
            if (c == '\t' || Character.isSpaceChar(c)) {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            line.append(c);
        }
        return out.toString();
    }

    /** One line of text (a title): {@link #normalize}d, with its line breaks turned into spaces. */
    public static String normalizeLine(String raw) {
        return normalize(raw).replace("\n\n", " ").replace('\n', ' ');
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
