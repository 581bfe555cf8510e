package orbit.coder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in a tokenised sentence and the date it names. Immutable.
 *
 * <p>The span covers the expression with the words that change its meaning ("last", "earlier
 * this", "late", "the end of", "the ... of 2024") but not a bare preposition before it ("on",
 * "in", "since") nor a possessive "'s" after it: in "on Tuesday's vote" the span is "Tuesday".
 *
 * @param start     index of the first token of the expression
 * @param end       index after its last token (exclusive)
 * @param date      the date named, as fixed by {@code precision} (a month is dated its first day)
 * @param precision how exactly the text names the date
 * @param rule      how the date was resolved, for people checking a coded event ("weekday on or
 *                  before publication: Friday")
 * @param relative  true when the date needed the publication date to resolve ("yesterday", "on
 *                  Friday", "in May", "March 12"); false when the text names the year
 */
public record DateMention(int start, int end, LocalDate date, Precision precision, String rule, boolean relative) {

    public DateMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a date mention spans tokens [start, end) with 0 <= start < end, got ["
                    + start + ", " + end + ")");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Tokens between this mention and a token: 0 when the token is inside the span, 1 when it is
     * next to it.
     */
    public int distanceTo(int tokenIndex) {
        if (tokenIndex < start) {
            return start - tokenIndex;
        }
        return tokenIndex < end ? 0 : tokenIndex - end + 1;
    }
}
