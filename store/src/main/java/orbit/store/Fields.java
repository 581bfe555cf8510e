package orbit.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Parsing of single field values, each failing with a {@link Rejection} that names the column. */
final class Fields {
    private Fields() {}

    /** Splits on tabs without regex, keeping empty fields. */
    static String[] splitTabs(String line, int expected) {
        String[] out = new String[Math.max(expected, 8)];
        int n = 0;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = line.substring(start, i);
                start = i + 1;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    static LocalDate yyyymmdd(String s, String column) {
        if (s.length() != 8) {
            throw Rejection.of("%s '%s' is not a date of the form YYYYMMDD", column, cut(s));
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (NumberFormatException | DateTimeException e) {
            throw Rejection.of("%s '%s' is not a date of the form YYYYMMDD", column, cut(s));
        }
    }

    static LocalDateTime yyyymmddhhmmss(String s, String column) {
        if (s.length() == 8) {
            return yyyymmdd(s, column).atStartOfDay();
        }
        if (s.length() != 14) {
            throw Rejection.of("%s '%s' is not a timestamp of the form YYYYMMDDHHMMSS", column, cut(s));
        }
        try {
            return yyyymmdd(s.substring(0, 8), column).atTime(Integer.parseInt(s.substring(8, 10)),
                    Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
        } catch (NumberFormatException | DateTimeException e) {
            throw Rejection.of("%s '%s' is not a timestamp of the form YYYYMMDDHHMMSS", column, cut(s));
        }
    }

    static LocalDate isoDate(String s, String column) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw Rejection.of("%s '%s' is not a date of the form YYYY-MM-DD", column, cut(s));
        }
    }

    static int integer(String s, String column) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw Rejection.of("%s '%s' is not a whole number", column, cut(s));
        }
    }

    static double decimal(String s, String column) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw Rejection.of("%s '%s' is not a number", column, cut(s));
        }
    }

    static Double optionalDecimal(String s, String column) {
        return s.isEmpty() || s.equals("NA") ? null : decimal(s, column);
    }

    static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
