package orbit.coder;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a tokenised sentence and resolves them against the publication date.
 * Thread-safe: it keeps no state between calls.
 *
 * <p>It reads word tokens as CoreNLP's PTB tokenizer gives them ("Sept.", "27", ",", "2024",
 * "'s", "mid-May") and returns the mentions in token order, non-overlapping; where expressions
 * compete for a token the one starting first wins, and among those the longest.
 *
 * <p>Design decisions, each chosen to keep a wrong date out of the event data rather than to
 * find every date:
 *
 * <ul>
 *   <li>Past over future. News reports what happened, so a day, month or season named without
 *       its year is the most recent one, with one exception: a day of the month ("March 12") may
 *       lie up to {@value #YEARLESS_DAY_DAYS_AHEAD} days after publication, because news announces
 *       meetings a few days ahead. Only "next", "tomorrow" and "this" name later dates.
 *   <li>A four-digit number is a year only in a full date, after a modifier ("early 2024"), after
 *       "in", "since", "until", "during" and other time prepositions, or before "'s". After "of",
 *       "by" and "from", which also introduce quantities ("a crowd of 2000 gathered"), and before a
 *       counted noun ("in 2020 people"), it is not. "2,000" never is.
 *   <li>A month name alone needs a time preposition or modifier before it ("in May", "since
 *       March", "late June"), or a day or year next to it; "May", "March" and "August" must be
 *       capitalised, since "may", "march" and "august" are also English words. Otherwise matching
 *       ignores case.
 *   <li>Numeric dates are read only when one reading is possible: "2024-03-12", "25/03/2024",
 *       "03/25/2024"; "12/03/2024" is skipped because day-first and month-first disagree.
 *   <li>Seasons are the northern hemisphere's meteorological ones (spring = March to May); a
 *       winter belongs to the year of its December, so "the winter of 2023" is dated January 2024.
 * </ul>
 */
public final class DateResolver {
    /**
     * How many days after publication a day named without its year ("March 12") may lie before
     * the previous year's is taken instead.
     */
    static final int YEARLESS_DAY_DAYS_AHEAD = 7;

    private static final DateResolver ENGLISH = new DateResolver();

    private DateResolver() {
    }

    /** The resolver for English news. */
    public static DateResolver english() {
        return ENGLISH;
    }

    /**
     * The date expressions in a sentence, in token order and non-overlapping.
     *
     * @param tokens    the sentence's word tokens as they appear (CoreNLP PTB-style tokens)
     * @param published the publication date of the document, against which relative dates resolve
     */
    public List<DateMention> find(List<String> tokens, LocalDate published) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(published, "published");
        return new Scan(tokens, published).mentions();
    }

    /**
     * The mention closest to a token, for dating the event triggered there: distance is counted in
     * tokens ({@link DateMention#distanceTo}). Design decision: on a tie the later mention wins,
     * because English puts the time of an action after its verb ("Russia attacked Kharkiv on
     * Tuesday") more often than before it.
     */
    public static Optional<DateMention> nearest(List<DateMention> mentions, int tokenIndex) {
        DateMention best = null;
        for (DateMention m : mentions) {
            if (best == null) {
                best = m;
                continue;
            }
            int d = m.distanceTo(tokenIndex);
            int b = best.distanceTo(tokenIndex);
            if (d < b || (d == b && m.start() > best.start())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- English vocabulary ----

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    /** Month names that are also English words: only capitalised ones are months. */
    private static final Set<String> MONTHS_THAT_ARE_WORDS = Set.of("may", "march", "august");
    /** Abbreviations, matched with their period ("Sept.") or, before a day or year, without ("Sept 27"). */
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    /** Weekday abbreviations, only capitalised and with their period: "sat", "sun" and "wed" are words. */
    private static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS = Map.ofEntries(
            Map.entry("mon.", DayOfWeek.MONDAY), Map.entry("tue.", DayOfWeek.TUESDAY),
            Map.entry("tues.", DayOfWeek.TUESDAY), Map.entry("wed.", DayOfWeek.WEDNESDAY),
            Map.entry("thu.", DayOfWeek.THURSDAY), Map.entry("thur.", DayOfWeek.THURSDAY),
            Map.entry("thurs.", DayOfWeek.THURSDAY), Map.entry("fri.", DayOfWeek.FRIDAY),
            Map.entry("sat.", DayOfWeek.SATURDAY), Map.entry("sun.", DayOfWeek.SUNDAY));
    /** Capitalised words before a weekday that make it a named day, not a date: "Good Friday". */
    private static final Set<String> NAMED_DAY_WORDS = Set.of(
            "bloody", "black", "good", "super", "ash", "holy", "palm", "cyber", "maundy", "easter", "whit");
    /** Capitalised words after a weekday that make it a newspaper: "the Sunday Times". */
    private static final Set<String> NEWSPAPER_WORDS = Set.of(
            "times", "telegraph", "express", "mirror", "herald", "post", "mail", "observer", "independent");
    private static final Set<String> TIMES_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    /** Words before "today", "yesterday", "tomorrow" that leave the day as it is: "late yesterday". */
    private static final Set<String> DAY_MODIFIERS = Set.of("early", "late", "earlier", "later");
    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final Map<String, Integer> QUARTER_ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("1st", 1), Map.entry("second", 2), Map.entry("2nd", 2),
            Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("fourth", 4), Map.entry("4th", 4),
            Map.entry("final", 4), Map.entry("last", 4));

    /**
     * Words before a month name that make it a month: "in May", "since March". Not "on": "on
     * February 30" is a bad day, not a month.
     */
    private static final Set<String> MONTH_PREPOSITIONS = Set.of(
            "in", "since", "by", "until", "till", "through", "throughout", "during", "before",
            "after", "from", "of", "between", "around");
    /** Words before a season that make it one: "in spring", "during the summer". */
    private static final Set<String> SEASON_PREPOSITIONS = Set.of(
            "in", "since", "by", "until", "till", "through", "throughout", "during", "before", "after",
            "over", "from");
    /** Words before a four-digit number that make it a year: "in 2020", "since 2014". */
    private static final Set<String> YEAR_PREPOSITIONS = Set.of(
            "in", "since", "by", "of", "until", "till", "through", "throughout", "during", "before",
            "after", "from", "between", "year");
    /** Of those, the ones that also introduce quantities: "a crowd of 2000 gathered", "won by 1990 votes". */
    private static final Set<String> QUANTITY_PREPOSITIONS = Set.of("of", "by", "from");
    /** Lower-case words that may follow a year after a quantity preposition: "by 2030 the ...". */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "and", "or", "but", "to", "when", "as", "after", "before", "the", "a", "an", "that", "which",
            "while", "where", "with", "in", "on", "at", "for", "from", "by", "of", "until", "if", "because",
            "amid", "despite", "onwards", "onward", "was", "were", "is", "are", "has", "have", "had", "will",
            "would");
    /** Lower-case words ending in "s" that are not plural nouns. */
    private static final Set<String> NOT_PLURALS = Set.of(
            "was", "has", "is", "as", "its", "his", "this", "thus", "unless", "whereas", "besides",
            "always", "perhaps", "across", "towards", "afterwards", "onwards", "less");
    /** Counted nouns without a plural "s": "2020 people". */
    private static final Set<String> COUNT_NOUNS = Set.of(
            "people", "police", "personnel", "staff", "children", "men", "women", "cattle", "percent", "per");
    /** Words joining two dates: "in 2019 and 2020", "from April to June". */
    private static final Set<String> CONNECTORS = Set.of(
            "and", "or", "to", "through", "until", "till", "-", "–", "—", "--");
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** Words before "the weekend" that make it the most recent weekend: "over the weekend". */
    private static final Set<String> WEEKEND_PREPOSITIONS = Set.of("over", "at", "during", "on", "since");

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern QUARTER_CODE = Pattern.compile("q([1-4])");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");

    /** A word that narrows or places a period: "early May", "earlier this week", "the end of 2023". */
    private enum Modifier {
        EARLY("early"), MID("mid"), LATE("late"), EARLIER("earlier"), LATER("later");

        final String word;

        Modifier(String word) {
            this.word = word;
        }

        boolean narrows() {
            return this == EARLY || this == MID || this == LATE;
        }

        /** Which third of a period: 0 early, 1 mid, 2 late. */
        int third() {
            return ordinal();
        }
    }

    /** A period named from the publication's: "last", "this", "next". */
    private enum Deixis {
        LAST("last"), THIS("this"), NEXT("next");

        final String word;

        Deixis(String word) {
            this.word = word;
        }
    }

    private enum Season {
        SPRING("spring", 3), SUMMER("summer", 6), AUTUMN("autumn", 9), WINTER("winter", 12);

        final String word;
        final int firstMonth;

        Season(String word, int firstMonth) {
            this.word = word;
            this.firstMonth = firstMonth;
        }

        static Season of(String word) {
            return switch (word) {
                case "spring" -> SPRING;
                case "summer" -> SUMMER;
                case "autumn", "fall" -> AUTUMN;
                case "winter" -> WINTER;
                default -> null;
            };
        }

        YearMonth startingIn(int year) {
            return YearMonth.of(year, firstMonth);
        }
    }

    /** A parsed word and the index of the token after it (the same token for "mid-" prefixes). */
    private record At<T>(T value, int next) {
    }

    /** A year named by number ("2024") or from the publication's ("last year"). */
    private record YearRef(int year, int next, boolean relative) {
    }

    /** "12 March", "March 12, 2024": year is null when not given. */
    private record DayMonth(int month, int day, Integer year, int next) {
    }

    private record Match(int end, LocalDate date, Precision precision, String rule, boolean relative) {
    }

    @FunctionalInterface
    private interface Expression {
        /** The expression starting at token i, or null. */
        Match at(Scan scan, int i);
    }

    /** Tried at each token; on equal length the earlier in this list wins. */
    private static final List<Expression> EXPRESSIONS = List.of(
            Scan::numericDate, Scan::fullDate, Scan::weekday, Scan::dayWord, Scan::ago, Scan::calendarPeriod,
            Scan::quarter, Scan::season, Scan::monthName, Scan::year);

    /** One call of {@link #find}: the sentence, normalised, and the mentions found so far. */
    private static final class Scan {
        private final String[] raw;
        private final String[] words;
        private final boolean[] midPrefix;
        private final LocalDate published;
        private final YearMonth publishedMonth;
        private int lastEnd = -1;
        private Precision lastPrecision;

        Scan(List<String> tokens, LocalDate published) {
            int n = tokens.size();
            raw = new String[n];
            words = new String[n];
            midPrefix = new boolean[n];
            for (int i = 0; i < n; i++) {
                int index = i;
                String t = Objects.requireNonNull(tokens.get(i), () -> "token " + index + " of the sentence is null")
                        .replace('\u2019', '\'');
                String lower = t.toLowerCase(Locale.ROOT);
                if (lower.startsWith("mid-") && lower.length() > 4) {
                    midPrefix[i] = true;
                    t = t.substring(4);
                    lower = lower.substring(4);
                }
                raw[i] = t;
                words[i] = lower;
            }
            this.published = published;
            this.publishedMonth = YearMonth.from(published);
        }

        List<DateMention> mentions() {
            List<DateMention> found = new ArrayList<>();
            int i = 0;
            while (i < words.length) {
                Match best = null;
                for (Expression e : EXPRESSIONS) {
                    Match m = e.at(this, i);
                    if (m != null && (best == null || m.end() > best.end())) {
                        best = m;
                    }
                }
                if (best == null) {
                    i++;
                    continue;
                }
                found.add(new DateMention(i, best.end(), best.date(), best.precision(), best.rule(), best.relative()));
                lastEnd = best.end();
                lastPrecision = best.precision();
                i = best.end();
            }
            return found;
        }

        // ---- expressions ----

        /** "2024-03-12", "2024 - 03 - 12", "25/03/2024". */
        Match numericDate(int i) {
            if (midPrefix[i]) {
                return null;
            }
            Matcher iso = ISO_DATE.matcher(w(i));
            if (iso.matches()) {
                LocalDate d = date(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)));
                return d == null ? null : new Match(i + 1, d, Precision.DAY, "ISO date", false);
            }
            Integer y = yearNumber(i);
            if (y != null && DASHES.contains(w(i + 1)) && TWO_DIGITS.matcher(w(i + 2)).matches()
                    && DASHES.contains(w(i + 3)) && TWO_DIGITS.matcher(w(i + 4)).matches()) {
                LocalDate d = date(y, num(w(i + 2)), num(w(i + 4)));
                return d == null ? null : new Match(i + 5, d, Precision.DAY, "ISO date", false);
            }
            Matcher slash = SLASH_DATE.matcher(w(i));
            if (slash.matches()) {
                int a = num(slash.group(1));
                int b = num(slash.group(2));
                int year = num(slash.group(3));
                LocalDate dayFirst = a <= 12 && b <= 12 && a != b ? null : date(year, b, a);
                LocalDate monthFirst = a <= 12 && b <= 12 && a != b ? null : date(year, a, b);
                if (dayFirst != null && (monthFirst == null || monthFirst.equals(dayFirst))) {
                    return new Match(i + 1, dayFirst, Precision.DAY,
                            "numeric date: day/month/year, the only valid reading", false);
                }
                if (monthFirst != null) {
                    return new Match(i + 1, monthFirst, Precision.DAY,
                            "numeric date: month/day/year, the only valid reading", false);
                }
            }
            return null;
        }

        /** "12 March 2024", "the 12th of March", "March 12, 2024", "Sept. 27". */
        Match fullDate(int i) {
            DayMonth dm = dayMonth(i);
            if (dm == null) {
                return null;
            }
            if (dm.year() != null) {
                return new Match(dm.next(), LocalDate.of(dm.year(), dm.month(), dm.day()), Precision.DAY,
                        "full date", false);
            }
            return yearlessDay(dm.month(), dm.day(), dm.next());
        }

        /** "on Tuesday", "last Tuesday", "late Friday night", "Tuesday, March 12". */
        Match weekday(int i) {
            if (midPrefix[i]) {
                return null;
            }
            int j = i;
            if (w(j).equals("early") || w(j).equals("late")) {
                j++;
                if (w(j).equals("on")) {
                    j++;
                }
            }
            At<Deixis> deixis = deixis(j);
            if (deixis != null) {
                if (j == i && w(i - 1).equals("the")) {
                    return null; // "the last Sunday of May" is not last Sunday
                }
                j = deixis.next();
            }
            DayOfWeek dow = weekdayAt(j);
            if (dow == null) {
                return null;
            }
            if (j == i && ((NAMED_DAY_WORDS.contains(w(i - 1)) && capitalised(i - 1)) || deixis(i - 1) != null)) {
                return null; // "Good Friday"; "the last Sunday of May", which the deixis check above refused
            }
            if (NEWSPAPER_WORDS.contains(w(j + 1)) && capitalised(j + 1)) {
                return null;
            }
            int end = afterTimeOfDay(j + 1);
            String name = name(dow);
            if (deixis == null) {
                DayMonth dm = dayMonth(w(end).equals(",") ? end + 1 : end);
                if (dm != null) {
                    return weekdayAndDay(dow, dm);
                }
                return new Match(end, published.with(TemporalAdjusters.previousOrSame(dow)), Precision.DAY,
                        "weekday on or before publication: " + name, true);
            }
            return switch (deixis.value()) {
                case LAST -> new Match(end, published.with(TemporalAdjusters.previous(dow)), Precision.DAY,
                        "last weekday: most recent " + name + " before publication", true);
                case THIS -> new Match(end, monday(published).with(TemporalAdjusters.nextOrSame(dow)),
                        Precision.DAY, "this weekday: the " + name + " of the publication's week", true);
                case NEXT -> new Match(end, published.with(TemporalAdjusters.next(dow)), Precision.DAY,
                        "next weekday: first " + name + " after publication", true);
            };
        }

        /** "today", "yesterday morning", "overnight", "the day before yesterday", "last night". */
        Match dayWord(int i) {
            if (midPrefix[i]) {
                return null;
            }
            int j = DAY_MODIFIERS.contains(w(i)) ? i + 1 : i;
            switch (w(j)) {
                case "today":
                    return day(afterTimeOfDay(j + 1), published, "today: the publication day");
                case "tonight":
                    return day(j + 1, published, "tonight: the publication day");
                case "yesterday":
                    return day(afterTimeOfDay(j + 1), published.minusDays(1), "yesterday: the day before publication");
                case "tomorrow":
                    return day(afterTimeOfDay(j + 1), published.plusDays(1), "tomorrow: the day after publication");
                default:
                    break;
            }
            if (j != i) {
                return null;
            }
            if (w(i).equals("overnight")) {
                return day(i + 1, published.minusDays(1), "overnight: the day before publication");
            }
            if (w(i).equals("the") && w(i + 1).equals("day")) {
                if (w(i + 2).equals("before") && w(i + 3).equals("yesterday")) {
                    return day(i + 4, published.minusDays(2), "the day before yesterday: two days before publication");
                }
                if (w(i + 2).equals("after") && w(i + 3).equals("tomorrow")) {
                    return day(i + 4, published.plusDays(2), "the day after tomorrow: two days after publication");
                }
            }
            if (w(i).equals("this") && TIMES_OF_DAY.contains(w(i + 1)) && !w(i + 1).equals("night")) {
                return day(i + 2, published, "this " + w(i + 1) + ": the publication day");
            }
            if (w(i).equals("last") && w(i + 1).equals("night")) {
                return day(i + 2, published.minusDays(1), "last night: the day before publication");
            }
            return null;
        }

        /** "three days ago", "a week ago", "2 months ago", "ten years ago". */
        Match ago(int i) {
            if (midPrefix[i] || !w(i + 2).equals("ago")) {
                return null;
            }
            int n = COUNT.matcher(w(i)).matches() ? num(w(i)) : COUNTS.getOrDefault(w(i), 0);
            if (n <= 0) {
                return null;
            }
            String unit = w(i + 1).endsWith("s") ? w(i + 1).substring(0, w(i + 1).length() - 1) : w(i + 1);
            String count = n + " " + unit + (n == 1 ? "" : "s");
            return switch (unit) {
                case "day" -> new Match(i + 3, published.minusDays(n), Precision.DAY,
                        "days ago: publication day minus " + count, true);
                case "week" -> new Match(i + 3, monday(published.minusWeeks(n)), Precision.WEEK,
                        "weeks ago: the week " + count + " before publication's, dated its Monday", true);
                case "month" -> new Match(i + 3, publishedMonth.minusMonths(n).atDay(1), Precision.MONTH,
                        "months ago: the month " + count + " before publication's", true);
                case "year" -> new Match(i + 3, LocalDate.of(published.getYear() - n, 1, 1), Precision.YEAR,
                        "years ago: the year " + count + " before publication's", true);
                default -> null;
            };
        }

        /** "last week", "earlier this month", "late last year", "next quarter", "over the weekend". */
        Match calendarPeriod(int i) {
            At<Modifier> mod = modifier(i);
            int j = mod == null ? i : mod.next();
            if (mod == null && w(i).equals("the") && w(i + 1).equals("weekend")
                    && WEEKEND_PREPOSITIONS.contains(w(i - 1)) && !w(i + 2).equals("of")) {
                LocalDate saturday = monday(published).plusDays(5);
                boolean weekend = published.getDayOfWeek() == DayOfWeek.SATURDAY
                        || published.getDayOfWeek() == DayOfWeek.SUNDAY;
                return new Match(i + 2, weekend ? saturday : saturday.minusWeeks(1), Precision.WEEK,
                        "the weekend: the most recent weekend, up to publication, dated its Saturday", true);
            }
            At<Deixis> deixis = deixis(j);
            if (deixis == null || (mod == null && w(i - 1).equals("the"))) {
                return null; // "the last week of May" is not last week
            }
            Deixis d = deixis.value();
            int shift = switch (d) {
                case LAST -> -1;
                case THIS -> 0;
                case NEXT -> 1;
            };
            int end = deixis.next() + 1;
            String prefix = (mod == null ? "" : mod.value().word + " ") + d.word + " ";
            boolean narrows = mod != null && mod.value().narrows();
            switch (w(deixis.next())) {
                case "week": {
                    LocalDate monday = monday(published).plusWeeks(shift);
                    String which = shift < 0 ? "the week before publication's" : shift == 0 ? "the publication's week"
                            : "the week after publication's";
                    if (narrows) {
                        DayOfWeek dow = DayOfWeek.of(1 + 2 * mod.value().third());
                        return new Match(end, monday.with(TemporalAdjusters.nextOrSame(dow)), Precision.WEEK,
                                prefix + "week: " + which + ", dated its " + name(dow), true);
                    }
                    return new Match(end, monday, Precision.WEEK, prefix + "week: " + which + ", dated its Monday", true);
                }
                case "weekend": {
                    if (narrows) {
                        return null;
                    }
                    LocalDate saturday = monday(published).plusDays(5).plusWeeks(shift);
                    String which = shift < 0 ? "the weekend before publication's week"
                            : shift == 0 ? "the weekend of the publication's week" : "the weekend of the week after publication's";
                    return new Match(end, saturday, Precision.WEEK, prefix + "weekend: " + which + ", dated its Saturday", true);
                }
                case "month": {
                    YearMonth month = publishedMonth.plusMonths(shift);
                    String which = shift < 0 ? "the month before publication's" : shift == 0 ? "the publication's month"
                            : "the month after publication's";
                    return monthMatch(end, month, narrows ? mod.value() : null, prefix + "month: " + which, true);
                }
                case "year": {
                    int year = published.getYear() + shift;
                    String which = shift < 0 ? "the year before publication's" : shift == 0 ? "the publication's year"
                            : "the year after publication's";
                    return yearMatch(end, year, narrows ? mod.value() : null, prefix + "year: " + which, true);
                }
                case "quarter": {
                    if (narrows) {
                        return null;
                    }
                    YearMonth start = quarterStart(publishedMonth).plusMonths(3L * shift);
                    String which = shift < 0 ? "the quarter before publication's" : shift == 0 ? "the publication's quarter"
                            : "the quarter after publication's";
                    return new Match(end, start.atDay(1), Precision.QUARTER, prefix + "quarter: " + which, true);
                }
                default:
                    return null;
            }
        }

        /** "the first quarter of 2024", "Q3 2023", "the fourth quarter of last year", "the third quarter". */
        Match quarter(int i) {
            if (midPrefix[i]) {
                return null;
            }
            int quarter;
            int end;
            boolean last = false;
            Matcher code = QUARTER_CODE.matcher(w(i));
            if (code.matches()) {
                quarter = num(code.group(1));
                end = i + 1;
            } else {
                int j = w(i).equals("the") ? i + 1 : i;
                Integer ordinal = QUARTER_ORDINALS.get(w(j));
                if (ordinal == null) {
                    return null;
                }
                last = w(j).equals("last");
                j = DASHES.contains(w(j + 1)) ? j + 2 : j + 1;
                if (!w(j).equals("quarter")) {
                    return null;
                }
                quarter = ordinal;
                end = j + 1;
            }
            YearRef year = w(end).equals("of") ? yearRef(end + 1) : numberedYear(end);
            if (year == null && (last || w(end).equals("of"))) {
                return null; // "last quarter" is the previous one; "the first quarter of the match" no date
            }
            if (year != null) {
                return new Match(year.next(), YearMonth.of(year.year(), 3 * quarter - 2).atDay(1), Precision.QUARTER,
                        "quarter and year: Q" + quarter + " " + year.year(), year.relative());
            }
            YearMonth start = YearMonth.of(published.getYear(), 3 * quarter - 2);
            if (start.isAfter(publishedMonth)) {
                start = start.minusYears(1);
            }
            return new Match(end, start.atDay(1), Precision.QUARTER,
                    "quarter without year: most recent Q" + quarter + " begun by publication", true);
        }

        /** "in the spring of 2023", "last summer", "late autumn", "winter 2022", "in the fall". */
        Match season(int i) {
            At<Modifier> mod = narrowingModifier(i);
            int j = mod == null ? i : mod.next();
            At<Deixis> deixis = deixis(j);
            if (deixis != null) {
                if (j == i && w(i - 1).equals("the")) {
                    return null; // "the last summer of the war"
                }
                j = deixis.next();
            } else if (w(j).equals("the") && !midPrefix[j]) {
                j++;
            }
            Season season = Season.of(w(j));
            if (season == null || (midPrefix[j] && mod == null)) {
                return null;
            }
            int end = j + 1;
            YearRef year = null;
            if (deixis == null) {
                year = w(end).equals("of") ? yearRef(end + 1) : yearRef(end);
                if (year == null && w(end).equals("of")) {
                    return null; // "the fall of Kabul"
                }
            }
            if (mod == null && deixis == null && year == null && !SEASON_PREPOSITIONS.contains(w(i - 1))) {
                return null;
            }
            YearMonth start;
            String rule;
            if (year != null) {
                end = year.next();
                start = season.startingIn(year.year());
                rule = "season and year: the " + season.word + " from " + monthYear(start);
            } else if (deixis == null) {
                start = season.startingIn(published.getYear());
                if (start.isAfter(publishedMonth)) {
                    start = start.minusYears(1);
                }
                rule = "season without year: most recent " + season.word + " begun by publication";
            } else {
                YearMonth thisYear = season.startingIn(published.getYear());
                start = switch (deixis.value()) {
                    case LAST -> lastEndedBefore(thisYear, publishedMonth);
                    case THIS -> publishedMonth.isAfter(thisYear.minusYears(1).plusMonths(2)) ? thisYear
                            : thisYear.minusYears(1);
                    case NEXT -> thisYear.isAfter(publishedMonth) ? thisYear : thisYear.plusYears(1);
                };
                rule = switch (deixis.value()) {
                    case LAST -> "last season: most recent " + season.word + " ended before the publication month";
                    case THIS -> "this season: the " + season.word + " of the publication's year, or the winter around it";
                    case NEXT -> "next season: first " + season.word + " begun after the publication month";
                };
            }
            YearMonth month = start.plusMonths(mod == null ? 1 : mod.value().third());
            String which = mod == null ? "its middle month " : mod.value().word + " = its month ";
            return new Match(end, month.atDay(1), Precision.MONTH, rule + ", " + which + monthYear(month),
                    deixis != null || year == null || year.relative());
        }

        /** "in May", "in late May", "May 2024", "last May", "the end of March", "mid-June of last year". */
        Match monthName(int i) {
            At<Modifier> mod = narrowingModifier(i);
            int j = mod == null ? i : mod.next();
            At<Deixis> deixis = deixis(j);
            if (deixis != null) {
                if (j == i && w(i - 1).equals("the")) {
                    return null; // "the last May of his life"
                }
                j = deixis.next();
            }
            if (midPrefix[j] && mod == null) {
                return null;
            }
            int month = monthAt(j, yearNumber(j + 1) != null);
            if (month == 0) {
                return null;
            }
            int end = j + 1;
            YearRef year = null;
            if (deixis == null) {
                year = w(end).equals("of") ? yearRef(end + 1) : yearRef(end);
            }
            boolean licensed = mod != null || deixis != null || (year != null && !year.relative())
                    || MONTH_PREPOSITIONS.contains(w(i - 1)) || coordinated(i, Set.of(Precision.MONTH), false);
            if (!licensed) {
                return null;
            }
            String name = name(month);
            Modifier narrow = mod == null ? null : mod.value();
            YearRef shared = year == null && deixis == null ? yearOfNextMonth(end) : null;
            if (shared != null) {
                YearMonth ym = YearMonth.of(shared.year(), month);
                return monthMatch(end, ym, narrow, "month sharing the year of the next month: " + monthYear(ym),
                        shared.relative());
            }
            if (year != null) {
                YearMonth ym = YearMonth.of(year.year(), month);
                return monthMatch(year.next(), ym, narrow,
                        (year.relative() ? "month and relative year: " : "month and year: ") + monthYear(ym),
                        year.relative());
            }
            YearMonth ym = YearMonth.of(published.getYear(), month);
            if (deixis == null) {
                if (ym.isAfter(publishedMonth)) {
                    ym = ym.minusYears(1);
                }
                return monthMatch(end, ym, narrow, "month without year: most recent " + name + " not after publication",
                        true);
            }
            return switch (deixis.value()) {
                case LAST -> monthMatch(end, ym.isBefore(publishedMonth) ? ym : ym.minusYears(1), narrow,
                        "last month name: most recent " + name + " before the publication month", true);
                case THIS -> monthMatch(end, ym, narrow, "this month name: " + name + " of the publication's year", true);
                case NEXT -> monthMatch(end, ym.isAfter(publishedMonth) ? ym : ym.plusYears(1), narrow,
                        "next month name: first " + name + " after the publication month", true);
            };
        }

        /** "in 2020", "2019's", "early 2024", "mid-2023", "the end of 2022", "from 2019 to 2021". */
        Match year(int i) {
            At<Modifier> mod = narrowingModifier(i);
            int j = mod == null ? i : mod.next();
            Integer year = yearNumber(j);
            if (year == null || (mod == null && (midPrefix[j] || !yearLicensed(j)))) {
                return null;
            }
            return yearMatch(j + 1, year, mod == null ? null : mod.value(), "year: " + year, false);
        }

        // ---- parts ----

        /** "12 March [2024]", "the 12th of March", "March 12[, 2024]", "Sept. 27". */
        DayMonth dayMonth(int i) {
            if (i >= words.length || midPrefix[i]) {
                return null;
            }
            boolean the = w(i).equals("the");
            int j = the ? i + 1 : i;
            Integer day = dayNumber(j);
            if (day != null) {
                boolean ordinal = !w(j).chars().allMatch(Character::isDigit);
                int k = ordinal && w(j + 1).equals("of") ? j + 2 : j + 1;
                int month = the && !ordinal ? 0 : monthAt(k, true);
                if (month > 0 && !midPrefix[k]) {
                    return withYear(month, day, k + 1);
                }
            }
            if (the) {
                return null;
            }
            day = dayNumber(i + 1);
            if (day == null) {
                return null;
            }
            int month = monthAt(i, true);
            if (month == 0) {
                return null;
            }
            DayMonth dm = withYear(month, day, i + 2);
            if (dm != null && dm.year() == null && w(i - 1).equals("in") && countedNoun(dm.next())) {
                return null; // "in March 12 people were killed"
            }
            return dm;
        }

        private DayMonth withYear(int month, int day, int next) {
            boolean comma = w(next).equals(",");
            int k = comma ? next + 1 : next;
            Integer year = yearNumber(k);
            if (year != null && !(comma && countedNoun(k + 1))) { // not "on March 12, 2000 people marched"
                return date(year, month, day) == null ? null : new DayMonth(month, day, year, k + 1);
            }
            return day <= Month.of(month).maxLength() ? new DayMonth(month, day, null, next) : null;
        }

        /** The latest such day at most {@value #YEARLESS_DAY_DAYS_AHEAD} days after publication. */
        private Match yearlessDay(int month, int day, int end) {
            LocalDate latest = published.plusDays(YEARLESS_DAY_DAYS_AHEAD);
            for (int y = published.getYear() + 1; y >= published.getYear() - 8; y--) {
                LocalDate d = date(y, month, day);
                if (d != null && !d.isAfter(latest)) {
                    return new Match(end, d, Precision.DAY, "day without year: latest " + name(month) + " " + day
                            + " at most " + YEARLESS_DAY_DAYS_AHEAD + " days after publication", true);
                }
            }
            return null;
        }

        /** "Friday, December 29": the year is the one whose December 29 is a Friday, nearest publication. */
        private Match weekdayAndDay(DayOfWeek dow, DayMonth dm) {
            if (dm.year() != null) {
                return new Match(dm.next(), LocalDate.of(dm.year(), dm.month(), dm.day()), Precision.DAY,
                        "full date with weekday", false);
            }
            LocalDate best = null;
            for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
                LocalDate d = date(y, dm.month(), dm.day());
                if (d != null && d.getDayOfWeek() == dow && (best == null || daysFromPublication(d) < daysFromPublication(best))) {
                    best = d;
                }
            }
            if (best == null) {
                return yearlessDay(dm.month(), dm.day(), dm.next());
            }
            return new Match(dm.next(), best, Precision.DAY, "weekday and day without year: the " + name(dow) + ", "
                    + name(dm.month()) + " " + dm.day() + " nearest publication", true);
        }

        private long daysFromPublication(LocalDate d) {
            return Math.abs(d.toEpochDay() - published.toEpochDay());
        }

        private Match monthMatch(int end, YearMonth month, Modifier narrow, String rule, boolean relative) {
            if (narrow == null) {
                return new Match(end, month.atDay(1), Precision.MONTH, rule, relative);
            }
            int day = 5 + 10 * narrow.third();
            return new Match(end, month.atDay(day), Precision.MONTH, rule + ", " + narrow.word + " = the " + day + "th",
                    relative);
        }

        private static Match yearMatch(int end, int year, Modifier narrow, String rule, boolean relative) {
            if (narrow == null) {
                return new Match(end, LocalDate.of(year, 1, 1), Precision.YEAR, rule, relative);
            }
            return switch (narrow) {
                case EARLY -> new Match(end, LocalDate.of(year, 1, 1), Precision.QUARTER,
                        rule + ", early = its first quarter", relative);
                case MID -> new Match(end, LocalDate.of(year, 7, 1), Precision.QUARTER,
                        rule + ", mid = July 1, the year's middle", relative);
                case LATE -> new Match(end, LocalDate.of(year, 10, 1), Precision.QUARTER,
                        rule + ", late = its fourth quarter", relative);
                case EARLIER, LATER -> throw new AssertionError(narrow);
            };
        }

        private Match day(int end, LocalDate date, String rule) {
            return new Match(end, date, Precision.DAY, rule, true);
        }

        /** "early", "mid", "late", "earlier", "later", "the end/beginning/start/middle of", a "mid-" prefix. */
        private At<Modifier> modifier(int i) {
            if (i >= words.length) {
                return null;
            }
            if (midPrefix[i]) {
                return new At<>(Modifier.MID, i); // "mid-May": the head is this token
            }
            switch (w(i)) {
                case "early":
                case "late": {
                    Modifier m = w(i).equals("early") ? Modifier.EARLY : Modifier.LATE;
                    int j = DASHES.contains(w(i + 1)) || w(i + 1).equals("in") ? i + 2 : i + 1;
                    return new At<>(m, j);
                }
                case "mid":
                    return new At<>(Modifier.MID, DASHES.contains(w(i + 1)) ? i + 2 : i + 1);
                case "earlier":
                    return new At<>(Modifier.EARLIER, i + 1);
                case "later":
                    return new At<>(Modifier.LATER, i + 1);
                default:
                    break;
            }
            int j = w(i).equals("the") ? i + 1 : i;
            if (!w(j + 1).equals("of")) {
                return null;
            }
            return switch (w(j)) {
                case "end" -> new At<>(Modifier.LATE, j + 2);
                case "beginning", "start" -> new At<>(Modifier.EARLY, j + 2);
                case "middle" -> new At<>(Modifier.MID, j + 2);
                default -> null;
            };
        }

        private At<Modifier> narrowingModifier(int i) {
            At<Modifier> m = modifier(i);
            return m != null && m.value().narrows() ? m : null;
        }

        private At<Deixis> deixis(int i) {
            return switch (w(i)) {
                case "last" -> new At<>(Deixis.LAST, i + 1);
                case "next" -> new At<>(Deixis.NEXT, i + 1);
                case "this" -> w(i + 1).equals("past") ? new At<>(Deixis.LAST, i + 2) : new At<>(Deixis.THIS, i + 1);
                default -> null;
            };
        }

        /** In "May and June 2023", the year of "June", read at "and". */
        private YearRef yearOfNextMonth(int connector) {
            if (!CONNECTORS.contains(w(connector))) {
                return null;
            }
            At<Modifier> mod = narrowingModifier(connector + 1);
            int k = mod == null ? connector + 1 : mod.next();
            if (monthAt(k, yearNumber(k + 1) != null) == 0) {
                return null;
            }
            YearRef year = w(k + 1).equals("of") ? yearRef(k + 2) : yearRef(k + 1);
            return year != null && !year.relative() ? year : null;
        }

        /** "2024", or after "of"/a month "last year", "this year", "next year". */
        private YearRef yearRef(int i) {
            YearRef numbered = numberedYear(i);
            if (numbered != null) {
                return numbered;
            }
            At<Deixis> deixis = deixis(i);
            if (deixis == null || !w(deixis.next()).equals("year")) {
                return null;
            }
            int shift = switch (deixis.value()) {
                case LAST -> -1;
                case THIS -> 0;
                case NEXT -> 1;
            };
            return new YearRef(published.getYear() + shift, deixis.next() + 1, true);
        }

        private YearRef numberedYear(int i) {
            Integer y = yearNumber(i);
            return y == null || midPrefix[i] ? null : new YearRef(y, i + 1, false);
        }

        private boolean yearLicensed(int i) {
            if (w(i + 1).equals("'s")) {
                return true;
            }
            if (coordinated(i, Set.of(Precision.YEAR, Precision.QUARTER), true)) {
                return !countedNoun(i + 1);
            }
            String before = w(i - 1);
            if (!YEAR_PREPOSITIONS.contains(before)) {
                return false;
            }
            if (QUANTITY_PREPOSITIONS.contains(before)) {
                return !lowerCaseWord(i + 1) || FUNCTION_WORDS.contains(w(i + 1));
            }
            return !countedNoun(i + 1);
        }

        /** Token i follows "and", "to", "-"... right after a mention of one of these precisions. */
        private boolean coordinated(int i, Set<Precision> precisions, boolean commaToo) {
            String before = w(i - 1);
            return lastEnd == i - 1 && lastPrecision != null && precisions.contains(lastPrecision)
                    && (CONNECTORS.contains(before) || (commaToo && before.equals(",")));
        }

        private boolean countedNoun(int i) {
            if (w(i).equals("%")) {
                return true;
            }
            if (!lowerCaseWord(i)) {
                return false;
            }
            String w = w(i);
            return COUNT_NOUNS.contains(w) || (w.endsWith("s") && !NOT_PLURALS.contains(w));
        }

        private int afterTimeOfDay(int i) {
            return TIMES_OF_DAY.contains(w(i)) ? i + 1 : i;
        }

        // ---- tokens ----

        private String w(int i) {
            return i >= 0 && i < words.length ? words[i] : "";
        }

        private boolean capitalised(int i) {
            return i >= 0 && i < raw.length && !raw[i].isEmpty() && Character.isUpperCase(raw[i].charAt(0));
        }

        private boolean lowerCaseWord(int i) {
            return i >= 0 && i < raw.length && !raw[i].isEmpty() && raw[i].chars().allMatch(Character::isLowerCase);
        }

        /** The month a token names, 0 when none; a bare abbreviation ("Sept") only before a day or year. */
        private int monthAt(int i, boolean dayOrYearFollows) {
            String w = w(i);
            Integer m = MONTHS.get(w);
            if (m != null) {
                return !MONTHS_THAT_ARE_WORDS.contains(w) || capitalised(i) ? m : 0;
            }
            if (w.endsWith(".")) {
                m = MONTH_ABBREVIATIONS.get(w.substring(0, w.length() - 1));
                return m != null && capitalised(i) ? m : 0;
            }
            m = MONTH_ABBREVIATIONS.get(w);
            return m != null && capitalised(i) && dayOrYearFollows ? m : 0;
        }

        private DayOfWeek weekdayAt(int i) {
            DayOfWeek d = WEEKDAYS.get(w(i));
            if (d != null) {
                return d;
            }
            d = WEEKDAY_ABBREVIATIONS.get(w(i));
            return d != null && capitalised(i) ? d : null;
        }

        private Integer dayNumber(int i) {
            Matcher m = DAY.matcher(w(i));
            if (!m.matches() || (i < midPrefix.length && midPrefix[i])) {
                return null;
            }
            int d = num(m.group(1));
            return d >= 1 && d <= 31 ? d : null;
        }

        /** A four-digit number from 1900 to 2100: "2,000" and "20" are not. */
        private Integer yearNumber(int i) {
            if (!YEAR.matcher(w(i)).matches()) {
                return null;
            }
            int y = num(w(i));
            return y >= 1900 && y <= 2100 ? y : null;
        }
    }

    // ---- dates ----

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The latest occurrence of a season (given by one of its starts) that ended before a month. */
    private static YearMonth lastEndedBefore(YearMonth start, YearMonth month) {
        YearMonth s = start;
        while (!s.plusMonths(2).isBefore(month)) {
            s = s.minusYears(1);
        }
        return s;
    }

    private static YearMonth quarterStart(YearMonth m) {
        return YearMonth.of(m.getYear(), 3 * ((m.getMonthValue() - 1) / 3) + 1);
    }

    /** The date, or null when there is no such day (February 29, 2023). */
    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static String name(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String name(DayOfWeek dow) {
        return dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthYear(YearMonth m) {
        return name(m.getMonthValue()) + " " + m.getYear();
    }
}
