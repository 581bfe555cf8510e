package orbit.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, strictly: UTF-8 (a byte order mark is dropped), UTF-16 with a byte order mark,
 * the charset an HTML or XML file declares, or windows-1251 when the bytes are not UTF-8 but read
 * as Cyrillic text; anything else is refused with the fix, never decoded into garbage.
 *
 * <p>Design decision: windows-1251 is decoded (with a notice) rather than refused because Russian-
 * and Ukrainian-language sources, which matter to the questions Orbit asks, still publish in it; it
 * is recognised only when nearly every non-ASCII byte is a Cyrillic letter, mostly lower case, in
 * words without Latin letters, which Latin-1 text, KOI8-R text, broken UTF-8 and binary data are
 * not. Thread-safe (stateless).
 */
public final class TextDecoding {
    private TextDecoding() {}

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /**
     * Decoded text, and a notice when it was not plain UTF-8.
     *
     * @param notice how it was decoded when that is worth telling, else null
     */
    public record Decoded(String text, String notice) {}

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"'])([A-Za-z0-9_.:-]{2,40})");

    /**
     * Decodes a whole file.
     *
     * @param markup whether the file is HTML or XML, whose declared charset is honoured
     * @throws Unreadable when the bytes are binary or in an encoding this does not read
     */
    public static Decoded decode(byte[] b, boolean markup) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            String s = strictUtf8(b, 3);
            if (s == null) {
                int at = firstInvalidUtf8(b, 3);
                throw Unreadable.of("starts with a UTF-8 byte order mark, but byte 0x%02X at offset %d (line %d) is not valid UTF-8; "
                        + "the file is damaged or mixes encodings: convert it to UTF-8 with iconv", b[at] & 0xff, at, lineOf(b, at));
            }
            return new Decoded(s, null);
        }
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            boolean le = (b[0] & 0xff) == 0xFF;
            String s = strict(le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, b, 2);
            if (s == null) {
                throw Unreadable.of("starts with a UTF-16 byte order mark but is not valid UTF-16; convert it to UTF-8 "
                        + "(iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8)");
            }
            return new Decoded(s, "decoded as UTF-16 (it starts with a UTF-16 byte order mark)");
        }
        int nul = indexOf(b, (byte) 0);
        if (nul >= 0) {
            throw Unreadable.of("is a binary file (a NUL byte at offset %d), not text; Orbit reads plain text, HTML, JSONL and "
                    + "RSS/Atom: convert it to text first (for a PDF: pdftotext FILE FILE.txt)", nul);
        }
        String s = strictUtf8(b, 0);
        if (s != null) {
            return new Decoded(s, null);
        }
        int at = firstInvalidUtf8(b, 0);
        if (markup) {
            Charset declared = declaredCharset(b);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                String d = strict(declared, b, 0);
                if (d != null) {
                    return new Decoded(d, "decoded as " + declared.name() + ", the encoding its markup declares");
                }
            }
        }
        if (looksLikeWindows1251(b)) {
            return new Decoded(new String(b, WINDOWS_1251), "is not UTF-8 but reads as windows-1251 Cyrillic, so it was decoded as "
                    + "windows-1251; to be sure of the text, convert it: iconv -f windows-1251 -t utf-8 FILE > FILE.utf8");
        }
        if (controlShare(b) > 0.01) {
            throw Unreadable.of("is a binary file (byte 0x%02X at offset %d is not text, nor are many others), not text; Orbit reads "
                    + "plain text, HTML, JSONL and RSS/Atom: convert it to text first", b[at] & 0xff, at);
        }
        throw Unreadable.of("is not valid UTF-8 (byte 0x%02X at offset %d, line %d) and does not read as windows-1251 Cyrillic; "
                + "convert it to UTF-8 first: iconv -f ENCODING -t utf-8 FILE > FILE.utf8 (file -i FILE guesses the encoding)",
                b[at] & 0xff, at, lineOf(b, at));
    }

    /** The text of {@code b} from {@code from} if it is valid UTF-8, else null. */
    static String strictUtf8(byte[] b, int from) {
        return strict(StandardCharsets.UTF_8, b, from);
    }

    private static String strict(Charset cs, byte[] b, int from) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Whether the bytes read as Cyrillic text in windows-1251: no control characters, at least 95%
     * of the non-ASCII bytes Cyrillic letters or the code page's punctuation, most letters lower
     * case (in KOI8-R the cases are the other way round), and almost no word mixing Cyrillic and
     * Latin letters (which is how Latin-1 text looks when read as windows-1251).
     */
    static boolean looksLikeWindows1251(byte[] b) {
        int high = 0;
        int letters = 0;
        int lower = 0;
        int punctuation = 0;
        for (byte x : b) {
            int v = x & 0xff;
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') {
                return false;
            }
            if (v < 0x80) {
                continue;
            }
            high++;
            if (v >= 0xC0 || CYRILLIC_EXTRA.indexOf((char) v) >= 0) {
                letters++;
                if (v >= 0xE0 || LOWER_EXTRA.indexOf((char) v) >= 0) {
                    lower++;
                }
            } else if (PUNCTUATION.indexOf((char) v) >= 0) {
                punctuation++;
            }
        }
        if (letters < 3 || letters + punctuation < 0.95 * high || lower < 0.5 * letters) {
            return false;
        }
        String s = new String(b, WINDOWS_1251);
        int cyrillicWords = 0;
        int mixedWords = 0;
        boolean cyr = false;
        boolean latin = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyr = true;
                } else {
                    latin = true;
                }
                continue;
            }
            if (cyr) {
                cyrillicWords++;
                if (latin) {
                    mixedWords++;
                }
            }
            cyr = false;
            latin = false;
        }
        return cyrillicWords > 0 && mixedWords <= 0.1 * cyrillicWords;
    }

    /** windows-1251 letters outside 0xC0-0xFF: Ё ё Ђ ђ Ѓ ѓ Є є Ѕ ѕ І і Ї ї Ј ј Љ љ Њ њ Ћ ћ Ќ ќ Ў ў Џ џ Ґ ґ. */
    private static final String CYRILLIC_EXTRA = chars(0xA8, 0xB8, 0x80, 0x90, 0x81, 0x83, 0xAA, 0xBA, 0xBD, 0xBE, 0xB2, 0xB3, 0xAF,
            0xBF, 0xA3, 0xBC, 0x8A, 0x9A, 0x8C, 0x9C, 0x8E, 0x9E, 0x8D, 0x9D, 0xA1, 0xA2, 0x8F, 0x9F, 0xA5, 0xB4);
    private static final String LOWER_EXTRA = chars(0xB8, 0x90, 0x83, 0xBA, 0xBE, 0xB3, 0xBF, 0xBC, 0x9A, 0x9C, 0x9E, 0x9D, 0xA2, 0x9F,
            0xB4);
    /** … – — « » “ ” ‘ ’ „ № non-breaking space, · ± ° § ©. */
    private static final String PUNCTUATION = chars(0x85, 0x96, 0x97, 0xAB, 0xBB, 0x93, 0x94, 0x91, 0x92, 0x84, 0xB9, 0xA0, 0xB7, 0xB1,
            0xB0, 0xA7, 0xA9, 0x95, 0x99, 0xAE);

    private static String chars(int... values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            s.append((char) v);
        }
        return s.toString();
    }

    private static double controlShare(byte[] b) {
        int n = 0;
        for (byte x : b) {
            int v = x & 0xff;
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') {
                n++;
            }
        }
        return b.length == 0 ? 0 : (double) n / b.length;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line of byte {@code at}. */
    private static long lineOf(byte[] b, int at) {
        long line = 1;
        for (int i = 0; i < at; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Position of the first byte that does not start a well-formed UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int need;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
            } else {
                return i;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += need + 1;
        }
        return from;
    }
}

