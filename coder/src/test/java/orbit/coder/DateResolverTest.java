package orbit.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tests: each row is a publication date, a sentence as space-separated PTB tokens, and every
 * mention found, rendered "span = date PRECISION" and joined by "; " ("-" for none).
 */
class DateResolverTest {
    private static final DateResolver RESOLVER = DateResolver.english();

    static List<DateMention> find(String published, String sentence) {
        return RESOLVER.find(tokens(sentence), LocalDate.parse(published));
    }

    static List<String> tokens(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    static String render(String published, String sentence) {
        List<String> tokens = tokens(sentence);
        List<DateMention> mentions = RESOLVER.find(tokens, LocalDate.parse(published));
        if (mentions.isEmpty()) {
            return "-";
        }
        return mentions.stream()
                .map(m -> String.join(" ", tokens.subList(m.start(), m.end())) + " = " + m.date() + " " + m.precision())
                .collect(Collectors.joining("; "));
    }

    static DateMention only(String published, String sentence) {
        List<DateMention> mentions = find(published, sentence);
        assertThat(mentions).as(sentence).hasSize(1);
        return mentions.get(0);
    }

    /** Published Wednesday 2024-05-15 unless the row says otherwise. */
    @Nested
    class Golden {
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-05-15 | He arrived today .                            | today = 2024-05-15 DAY
                2024-05-15 | Talks resume tonight .                        | tonight = 2024-05-15 DAY
                2024-05-15 | Yesterday 's talks failed .                   | Yesterday = 2024-05-14 DAY
                2024-05-15 | Troops shelled the town yesterday morning .   | yesterday morning = 2024-05-14 DAY
                2024-05-15 | The vote ended late yesterday .               | late yesterday = 2024-05-14 DAY
                2024-05-15 | Earlier today the army withdrew .             | Earlier today = 2024-05-15 DAY
                2024-05-15 | Shelling continued overnight .                | overnight = 2024-05-14 DAY
                2024-05-15 | They met the day before yesterday .           | the day before yesterday = 2024-05-13 DAY
                2024-05-15 | They meet tomorrow .                          | tomorrow = 2024-05-16 DAY
                2024-05-15 | Protesters gathered last night .              | last night = 2024-05-14 DAY
                2024-05-15 | He spoke this morning .                       | this morning = 2024-05-15 DAY
                """)
        void dayWords(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-05-15 | He left three days ago .    | three days ago = 2024-05-12 DAY
                2024-05-15 | He left 3 days ago .        | 3 days ago = 2024-05-12 DAY
                2024-05-15 | He left one day ago .       | one day ago = 2024-05-14 DAY
                2024-05-15 | They met a week ago .       | a week ago = 2024-05-06 WEEK
                2024-05-15 | They met two weeks ago .    | two weeks ago = 2024-04-29 WEEK
                2024-05-15 | It began six months ago .   | six months ago = 2023-11-01 MONTH
                2024-05-15 | It began a year ago .       | a year ago = 2023-01-01 YEAR
                2024-05-15 | It began twelve years ago . | twelve years ago = 2012-01-01 YEAR
                2024-05-15 | It began 30 years ago .     | 30 years ago = 1994-01-01 YEAR
                2024-05-15 | It began a few days ago .   | -
                2024-05-15 | It ended two hours ago .    | -
                """)
        void ago(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-05-15 | They met last week .                  | last week = 2024-05-06 WEEK
                2024-05-15 | They meet this week .                 | this week = 2024-05-13 WEEK
                2024-05-15 | They meet next week .                 | next week = 2024-05-20 WEEK
                2024-05-15 | They met earlier this week .          | earlier this week = 2024-05-13 WEEK
                2024-05-15 | They met late last week .             | late last week = 2024-05-10 WEEK
                2024-05-15 | They meet early next week .           | early next week = 2024-05-20 WEEK
                2024-05-15 | They met last month .                 | last month = 2024-04-01 MONTH
                2024-05-15 | They met earlier this month .         | earlier this month = 2024-05-01 MONTH
                2024-05-15 | They meet next month .                | next month = 2024-06-01 MONTH
                2024-05-15 | They met late last month .            | late last month = 2024-04-25 MONTH
                2024-05-15 | They met last year .                  | last year = 2023-01-01 YEAR
                2024-05-15 | They met earlier this year .          | earlier this year = 2024-01-01 YEAR
                2024-05-15 | They meet next year .                 | next year = 2025-01-01 YEAR
                2024-05-15 | They met late last year .             | late last year = 2023-10-01 QUARTER
                2024-05-15 | They met at the end of last year .    | the end of last year = 2023-10-01 QUARTER
                2024-05-15 | They met last weekend .               | last weekend = 2024-05-11 WEEK
                2024-05-15 | They met this past weekend .          | this past weekend = 2024-05-11 WEEK
                2024-05-15 | They meet this weekend .              | this weekend = 2024-05-18 WEEK
                2024-05-15 | Fighting raged over the weekend .     | the weekend = 2024-05-11 WEEK
                2024-05-12 | Fighting raged over the weekend .     | the weekend = 2024-05-11 WEEK
                2024-05-12 | They met last weekend .               | last weekend = 2024-05-04 WEEK
                2024-05-15 | Growth slowed last quarter .          | last quarter = 2024-01-01 QUARTER
                2024-05-15 | Talks ended in the last week of May . | May = 2024-05-01 MONTH
                2024-05-15 | They rallied on the weekend of May 4 . | May 4 = 2024-05-04 DAY
                2024-05-15 | LAST WEEK troops moved .              | LAST WEEK = 2024-05-06 WEEK
                """)
        void calendarPeriods(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-05-15 | They met on Tuesday .                      | Tuesday = 2024-05-14 DAY
                2024-05-15 | Tuesday they met .                         | Tuesday = 2024-05-14 DAY
                2024-05-15 | They met on Wednesday .                    | Wednesday = 2024-05-15 DAY
                2024-05-15 | They met on Thursday .                     | Thursday = 2024-05-09 DAY
                2024-05-15 | They met ON THURSDAY .                     | THURSDAY = 2024-05-09 DAY
                2024-05-15 | They met last Wednesday .                  | last Wednesday = 2024-05-08 DAY
                2024-05-15 | They met last Tuesday .                    | last Tuesday = 2024-05-14 DAY
                2024-05-15 | They meet next Tuesday .                   | next Tuesday = 2024-05-21 DAY
                2024-05-15 | They meet next Wednesday .                 | next Wednesday = 2024-05-22 DAY
                2024-05-15 | They meet this Friday .                    | this Friday = 2024-05-17 DAY
                2024-05-15 | They met this Monday .                     | this Monday = 2024-05-13 DAY
                2024-05-15 | The vote ended late Friday .               | late Friday = 2024-05-10 DAY
                2024-05-15 | The vote ended late on Friday .            | late on Friday = 2024-05-10 DAY
                2024-05-15 | Shells fell on Sunday night .              | Sunday night = 2024-05-12 DAY
                2024-05-15 | Tuesday 's vote was close .                | Tuesday = 2024-05-14 DAY
                2024-05-15 | They met on Fri. in Baku .                 | Fri. = 2024-05-10 DAY
                2024-05-15 | They met on Tuesday , May 14 .             | Tuesday , May 14 = 2024-05-14 DAY
                2024-05-15 | They met on Tuesday 14 May 2024 .          | Tuesday 14 May 2024 = 2024-05-14 DAY
                2024-05-15 | On Tuesday , 12 people died .              | Tuesday = 2024-05-14 DAY
                2024-05-15 | They marked Good Friday .                  | -
                2024-05-15 | Polls close on the last Sunday of May .    | May = 2024-05-01 MONTH
                2024-05-15 | The Sunday Times reported it .             | -
                2024-05-15 | They recalled Bloody Sunday .              | -
                2024-05-15 | He sat on the bench .                      | -
                """)
        void weekdays(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-05-15 | They met in May .                          | May = 2024-05-01 MONTH
                2024-05-15 | They met in June .                         | June = 2023-06-01 MONTH
                2024-05-15 | They met in late May .                     | late May = 2024-05-25 MONTH
                2024-05-15 | They met in early March .                  | early March = 2024-03-05 MONTH
                2024-05-15 | They met in mid-April .                    | mid-April = 2024-04-15 MONTH
                2024-05-15 | They met in late - April .                 | late - April = 2024-04-25 MONTH
                2024-05-15 | They met at the end of March .             | the end of March = 2024-03-25 MONTH
                2024-05-15 | They met at the beginning of June .        | the beginning of June = 2023-06-05 MONTH
                2024-05-15 | They met in May 2024 .                     | May 2024 = 2024-05-01 MONTH
                2024-05-15 | May 2023 was calm .                        | May 2023 = 2023-05-01 MONTH
                2024-05-15 | They met in May of 2022 .                  | May of 2022 = 2022-05-01 MONTH
                2024-05-15 | They met in late May 2022 .                | late May 2022 = 2022-05-25 MONTH
                2024-05-15 | They met in May last year .                | May last year = 2023-05-01 MONTH
                2024-05-15 | They met last May .                        | last May = 2023-05-01 MONTH
                2024-05-15 | They met last April .                      | last April = 2024-04-01 MONTH
                2024-05-15 | They meet next May .                       | next May = 2025-05-01 MONTH
                2024-05-15 | They meet this June .                      | this June = 2024-06-01 MONTH
                2024-05-15 | They met in Sept. .                        | Sept. = 2023-09-01 MONTH
                2024-05-15 | Prices have risen since March .            | March = 2024-03-01 MONTH
                2024-05-15 | They met in april .                        | april = 2024-04-01 MONTH
                2024-05-15 | They met in April and May .                | April = 2024-04-01 MONTH; May = 2024-05-01 MONTH
                2024-05-15 | It lasted from February to April .         | February = 2024-02-01 MONTH; April = 2024-04-01 MONTH
                2024-05-15 | They met in May and June 2023 .            | May = 2023-05-01 MONTH; June 2023 = 2023-06-01 MONTH
                2024-05-15 | It ran from late May to early June 2022 .  | late May = 2022-05-25 MONTH; early June 2022 = 2022-06-05 MONTH
                2024-05-15 | It peaked in the last May of the war .     | -
                2024-05-15 | Talks may resume .                         | -
                2024-05-15 | Theresa May said so .                      | -
                2024-05-15 | Theresa May last year said so .            | last year = 2023-01-01 YEAR
                2024-05-15 | They joined in march .                     | -
                2024-05-15 | March saw heavy fighting .                 | -
                2024-05-15 | Thousands march on Kyiv .                  | -
                2024-05-15 | He met June Carter .                       | -
                """)
        void months(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-05-15 | They met on 12 March 2024 .                | 12 March 2024 = 2024-03-12 DAY
                2024-05-15 | They met on March 12 , 2024 .              | March 12 , 2024 = 2024-03-12 DAY
                2024-05-15 | They met on March 12 2024 .                | March 12 2024 = 2024-03-12 DAY
                2024-05-15 | They met on March 12 .                     | March 12 = 2024-03-12 DAY
                2024-05-15 | They met on 12 March .                     | 12 March = 2024-03-12 DAY
                2024-05-15 | They met on the 12th of March .            | the 12th of March = 2024-03-12 DAY
                2024-05-15 | They met on March 12th .                   | March 12th = 2024-03-12 DAY
                2024-05-15 | They met on Sept. 27 .                     | Sept. 27 = 2023-09-27 DAY
                2024-05-15 | They met on Sept 27 .                      | Sept 27 = 2023-09-27 DAY
                2024-05-15 | They met on 27 September .                 | 27 September = 2023-09-27 DAY
                2024-05-15 | They met on Sept. 27 , 2024 .              | Sept. 27 , 2024 = 2024-09-27 DAY
                2024-05-15 | They meet on May 20 .                      | May 20 = 2024-05-20 DAY
                2024-05-15 | They meet on May 22 .                      | May 22 = 2024-05-22 DAY
                2024-05-15 | They met on May 23 .                       | May 23 = 2023-05-23 DAY
                2024-05-15 | The 2024-03-12 deal held .                 | 2024-03-12 = 2024-03-12 DAY
                2024-05-15 | On 2024 – 03 – 12 they met .               | 2024 – 03 – 12 = 2024-03-12 DAY
                2024-05-15 | On 12/03/2024 they met .                   | -
                2024-05-15 | On 25/03/2024 they met .                   | 25/03/2024 = 2024-03-25 DAY
                2024-05-15 | On 03/25/2024 they met .                   | 03/25/2024 = 2024-03-25 DAY
                2024-05-15 | On 03/03/2024 they met .                   | 03/03/2024 = 2024-03-03 DAY
                2024-05-15 | On 31/02/2024 they met .                   | -
                2024-05-15 | They met on 31 April 2024 .                | April 2024 = 2024-04-01 MONTH
                2024-05-15 | They met on February 30 .                  | -
                2024-05-15 | In March 12 people were killed .           | March = 2024-03-01 MONTH
                2024-05-15 | On March 12 talks resumed .                | March 12 = 2024-03-12 DAY
                2024-05-15 | On March 12 , 2000 people marched .        | March 12 = 2024-03-12 DAY
                2024-05-15 | The Jan. 6 attack shocked them .           | Jan. 6 = 2024-01-06 DAY
                2024-05-15 | Of these , 12 may be freed .               | -
                """)
        void fullDates(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-05-15 | The war began in 2020 .                    | 2020 = 2020-01-01 YEAR
                2024-05-15 | In 2019 's election he lost .              | 2019 = 2019-01-01 YEAR
                2024-05-15 | 2019 's election was close .               | 2019 = 2019-01-01 YEAR
                2024-05-15 | It has held since 2014 .                   | 2014 = 2014-01-01 YEAR
                2024-05-15 | Troops stay until 2030 .                   | 2030 = 2030-01-01 YEAR
                2024-05-15 | The elections of 2020 were close .         | 2020 = 2020-01-01 YEAR
                2024-05-15 | By 2030 the army will grow .               | 2030 = 2030-01-01 YEAR
                2024-05-15 | It happened in the year 2000 .             | 2000 = 2000-01-01 YEAR
                2024-05-15 | Talks stalled in early 2024 .              | early 2024 = 2024-01-01 QUARTER
                2024-05-15 | Talks stalled in mid-2023 .                | mid-2023 = 2023-07-01 QUARTER
                2024-05-15 | Talks stalled in late 2023 .               | late 2023 = 2023-10-01 QUARTER
                2024-05-15 | Talks stalled early in 2023 .              | early in 2023 = 2023-01-01 QUARTER
                2024-05-15 | Talks stalled at the end of 2022 .         | the end of 2022 = 2022-10-01 QUARTER
                2024-05-15 | It ran from 2019 to 2021 .                 | 2019 = 2019-01-01 YEAR; 2021 = 2021-01-01 YEAR
                2024-05-15 | It ran in 2019 and 2020 .                  | 2019 = 2019-01-01 YEAR; 2020 = 2020-01-01 YEAR
                2024-05-15 | It ran in 2019 , 2020 and 2021 .           | 2019 = 2019-01-01 YEAR; 2020 = 2020-01-01 YEAR; 2021 = 2021-01-01 YEAR
                2024-05-15 | It ran in 2019 – 2020 .                    | 2019 = 2019-01-01 YEAR; 2020 = 2020-01-01 YEAR
                2024-05-15 | Growth fell in the first quarter of 2024 . | the first quarter of 2024 = 2024-01-01 QUARTER
                2024-05-15 | Growth fell in Q3 2023 .                   | Q3 2023 = 2023-07-01 QUARTER
                2024-05-15 | Growth fell in the fourth quarter of last year . | the fourth quarter of last year = 2023-10-01 QUARTER
                2024-05-15 | Growth fell in the last quarter of 2023 .  | the last quarter of 2023 = 2023-10-01 QUARTER
                2024-05-15 | Growth fell in the third quarter .         | the third quarter = 2023-07-01 QUARTER
                2024-05-15 | Growth rose in the second quarter .        | the second quarter = 2024-04-01 QUARTER
                2024-05-15 | First - quarter growth fell .              | First - quarter = 2024-01-01 QUARTER
                2024-05-15 | He scored in the first quarter of the match . | -
                2024-05-15 | Talks began in the spring of 2023 .        | the spring of 2023 = 2023-04-01 MONTH
                2024-05-15 | Talks began in spring 2023 .               | spring 2023 = 2023-04-01 MONTH
                2024-05-15 | Talks began last summer .                  | last summer = 2023-07-01 MONTH
                2024-05-15 | Talks began in the summer .                | the summer = 2023-07-01 MONTH
                2024-05-15 | Talks began in spring .                    | spring = 2024-04-01 MONTH
                2024-05-15 | Talks began in late summer 2022 .          | late summer 2022 = 2022-08-01 MONTH
                2024-05-15 | Talks began in the winter of 2022 .        | the winter of 2022 = 2023-01-01 MONTH
                2024-05-15 | Talks begin this summer .                  | this summer = 2024-07-01 MONTH
                2024-05-15 | Talks begin next winter .                  | next winter = 2025-01-01 MONTH
                2024-05-15 | Talks began in the fall .                  | the fall = 2023-10-01 MONTH
                2024-05-15 | Talks began in the autumn of last year .   | the autumn of last year = 2023-10-01 MONTH
                2024-05-15 | They recalled the fall of Kabul .          | -
                2024-05-15 | It was the last summer of the war .        | -
                2024-05-15 | He wrote of the fall of Kabul .            | -
                """)
        void yearsQuartersAndSeasons(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-05-15 | Russia sent 2,000 troops .                 | -
                2024-05-15 | Some 1,500 people fled .                   | -
                2024-05-15 | Police counted 2020 people .               | -
                2024-05-15 | In 2020 people died .                      | -
                2024-05-15 | In 2020 elections were held .              | -
                2024-05-15 | A crowd of 2000 gathered .                 | -
                2024-05-15 | He won by 1990 votes .                     | -
                2024-05-15 | It rose by 2000 percent .                  | -
                2024-05-15 | Prices rose in 2021 % terms .              | -
                2024-05-15 | He has 2024 reasons .                      | -
                2024-05-15 | The road was built in 1850 .               | -
                2024-05-15 | The plan runs in 2101 .                    | -
                2024-05-15 | They took Route 2024 .                     | -
                2024-05-15 | They will leave in 20 days .               | -
                2024-05-15 | They met at 10 a.m. .                      | -
                2024-05-15 | In the 1990s the war began .               | -
                2024-05-15 | In the 2019 - 20 season they won .         | -
                2024-05-15 | It cost $ 2000 .                           | -
                """)
        void nonDates(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        /** Published Wednesday 2024-01-03, Monday 2024-12-30 and Wednesday 2025-01-01. */
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-01-03 | They met on Friday .                       | Friday = 2023-12-29 DAY
                2024-01-03 | They met in December .                     | December = 2023-12-01 MONTH
                2024-01-03 | They met in late December .                | late December = 2023-12-25 MONTH
                2024-01-03 | They met last month .                      | last month = 2023-12-01 MONTH
                2024-01-03 | They met last week .                       | last week = 2023-12-25 WEEK
                2024-01-03 | They meet this week .                      | this week = 2024-01-01 WEEK
                2024-01-03 | They met last year .                       | last year = 2023-01-01 YEAR
                2024-01-03 | They met on December 29 .                  | December 29 = 2023-12-29 DAY
                2024-01-03 | They met on Dec. 31 .                      | Dec. 31 = 2023-12-31 DAY
                2024-01-03 | They met on January 2 .                    | January 2 = 2024-01-02 DAY
                2024-01-03 | They meet on January 9 .                   | January 9 = 2024-01-09 DAY
                2024-01-03 | They met on January 11 .                   | January 11 = 2023-01-11 DAY
                2024-01-03 | They met on Friday , December 29 .         | Friday , December 29 = 2023-12-29 DAY
                2024-01-03 | They met two weeks ago .                   | two weeks ago = 2023-12-18 WEEK
                2024-01-03 | They met three months ago .                | three months ago = 2023-10-01 MONTH
                2024-01-03 | They met yesterday .                       | yesterday = 2024-01-02 DAY
                2024-01-03 | They met the day before yesterday .        | the day before yesterday = 2024-01-01 DAY
                2024-01-03 | Shelling continued overnight .             | overnight = 2024-01-02 DAY
                2024-01-03 | They met last summer .                     | last summer = 2023-07-01 MONTH
                2024-01-03 | They met in the winter .                   | the winter = 2024-01-01 MONTH
                2024-01-03 | They met last winter .                     | last winter = 2023-01-01 MONTH
                2024-01-03 | They meet this winter .                    | this winter = 2024-01-01 MONTH
                2024-01-03 | Growth rose in the fourth quarter .        | the fourth quarter = 2023-10-01 QUARTER
                2024-01-03 | Growth rose last quarter .                 | last quarter = 2023-10-01 QUARTER
                2024-01-03 | They met last Wednesday .                  | last Wednesday = 2023-12-27 DAY
                2024-12-30 | They meet on Jan. 3 .                      | Jan. 3 = 2025-01-03 DAY
                2024-12-30 | They meet next Friday .                    | next Friday = 2025-01-03 DAY
                2024-12-30 | They meet next month .                     | next month = 2025-01-01 MONTH
                2024-12-30 | They met in January .                      | January = 2024-01-01 MONTH
                2024-12-30 | They meet next year .                      | next year = 2025-01-01 YEAR
                2024-12-30 | They meet this weekend .                   | this weekend = 2025-01-04 WEEK
                2024-12-30 | They meet next week .                      | next week = 2025-01-06 WEEK
                2025-01-01 | They met on Tuesday .                      | Tuesday = 2024-12-31 DAY
                2025-01-01 | They met on Wednesday .                    | Wednesday = 2025-01-01 DAY
                2025-01-01 | They met last week .                       | last week = 2024-12-23 WEEK
                2025-01-01 | They met earlier this week .               | earlier this week = 2024-12-30 WEEK
                """)
        void aroundYearBoundaries(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                2024-03-01 | They met on February 29 .                  | February 29 = 2024-02-29 DAY
                2024-03-01 | They met yesterday .                       | yesterday = 2024-02-29 DAY
                2024-03-01 | They met on Thursday .                     | Thursday = 2024-02-29 DAY
                2024-03-01 | They met three days ago .                  | three days ago = 2024-02-27 DAY
                2024-03-01 | They met last week .                       | last week = 2024-02-19 WEEK
                2025-03-01 | They met on February 29 .                  | February 29 = 2024-02-29 DAY
                2023-03-10 | They met on Feb. 29 .                      | Feb. 29 = 2020-02-29 DAY
                2023-03-10 | They met on 29 February 2024 .             | 29 February 2024 = 2024-02-29 DAY
                2023-03-10 | They met on 29 February 2023 .             | February 2023 = 2023-02-01 MONTH
                2024-03-31 | They met one month ago .                   | one month ago = 2024-02-01 MONTH
                2024-02-29 | They met a year ago .                      | a year ago = 2023-01-01 YEAR
                2024-02-29 | They met a week ago .                      | a week ago = 2024-02-19 WEEK
                2024-02-29 | They met on 29/02/2024 .                   | 29/02/2024 = 2024-02-29 DAY
                2023-03-01 | They met on 29/02/2023 .                   | -
                """)
        void leapYears(String published, String sentence, String expected) {
            assertThat(render(published, sentence)).isEqualTo(expected);
        }
    }

    @Test
    void findsEveryMentionInTokenOrderWithoutOverlap() {
        String sentence = "On Tuesday , two days after talks in Paris on May 12 , 2024 , Pashinyan said the deal "
                + "agreed in late April would hold until 2030 .";
        assertThat(render("2024-05-15", sentence)).isEqualTo("Tuesday = 2024-05-14 DAY; May 12 , 2024 = 2024-05-12 DAY; "
                + "late April = 2024-04-25 MONTH; 2030 = 2030-01-01 YEAR");
        List<DateMention> mentions = find("2024-05-15", sentence);
        for (int k = 1; k < mentions.size(); k++) {
            assertThat(mentions.get(k).start()).isGreaterThanOrEqualTo(mentions.get(k - 1).end());
        }
    }

    @Test
    void longestMatchWins() {
        assertThat(render("2024-05-15", "on May 12 , 2024")).isEqualTo("May 12 , 2024 = 2024-05-12 DAY");
        assertThat(render("2024-05-15", "in late May 2022")).isEqualTo("late May 2022 = 2022-05-25 MONTH");
        assertThat(render("2024-05-15", "the day before yesterday")).isEqualTo("the day before yesterday = 2024-05-13 DAY");
        assertThat(render("2024-05-15", "on Friday , 10 May 2024")).isEqualTo("Friday , 10 May 2024 = 2024-05-10 DAY");
    }

    @Test
    void statesHowEachDateWasResolved() {
        assertThat(only("2024-01-03", "on Friday").rule()).isEqualTo("weekday on or before publication: Friday");
        assertThat(only("2024-05-15", "last Tuesday").rule()).isEqualTo("last weekday: most recent Tuesday before publication");
        assertThat(only("2024-05-15", "next Tuesday").rule()).isEqualTo("next weekday: first Tuesday after publication");
        assertThat(only("2024-01-03", "in December").rule())
                .isEqualTo("month without year: most recent December not after publication");
        assertThat(only("2024-05-15", "in late May").rule())
                .isEqualTo("month without year: most recent May not after publication, late = the 25th");
        assertThat(only("2024-05-15", "in mid-May").rule()).endsWith(", mid = the 15th");
        assertThat(only("2024-05-15", "in early May").rule()).endsWith(", early = the 5th");
        assertThat(only("2024-05-15", "on March 12").rule())
                .isEqualTo("day without year: latest March 12 at most 7 days after publication");
        assertThat(only("2024-05-15", "in the spring of 2023").rule())
                .isEqualTo("season and year: the spring from March 2023, its middle month April 2023");
        assertThat(only("2024-05-15", "late 2023").rule()).isEqualTo("year: 2023, late = its fourth quarter");
        assertThat(only("2024-05-15", "overnight").rule()).isEqualTo("overnight: the day before publication");
        assertThat(only("2024-05-15", "On 25/03/2024").rule())
                .isEqualTo("numeric date: day/month/year, the only valid reading");
    }

    @Test
    void marksDatesThatNeededThePublicationDateAsRelative() {
        for (String s : List.of("yesterday", "on Friday", "next Tuesday", "in May", "on March 12", "last year",
                "three days ago", "the third quarter", "last summer", "in May last year", "the fourth quarter of last year")) {
            assertThat(only("2024-05-15", s).relative()).as(s).isTrue();
        }
        for (String s : List.of("12 March 2024", "March 12 , 2024", "2024-03-12", "in 2020", "May 2024",
                "the first quarter of 2024", "in the spring of 2023", "late 2023", "on Tuesday , 14 May 2024")) {
            assertThat(only("2024-05-15", s).relative()).as(s).isFalse();
        }
    }

    @Test
    void nextNamesDatesAfterPublication() {
        for (String s : List.of("next Tuesday", "next week", "next month", "next year", "next May", "tomorrow",
                "next winter", "the day after tomorrow")) {
            assertThat(only("2024-05-15", s).date()).as(s).isAfter(LocalDate.parse("2024-05-15"));
        }
    }

    @Test
    void ignoresCase() {
        assertThat(render("2024-05-15", "ON TUESDAY")).isEqualTo("TUESDAY = 2024-05-14 DAY");
        assertThat(render("2024-05-15", "IN MAY 2024")).isEqualTo("MAY 2024 = 2024-05-01 MONTH");
        assertThat(render("2024-05-15", "Last Week")).isEqualTo("Last Week = 2024-05-06 WEEK");
        assertThat(render("2024-05-15", "in JUNE")).isEqualTo("JUNE = 2023-06-01 MONTH");
        assertThat(render("2024-05-15", "in september")).isEqualTo("september = 2023-09-01 MONTH");
    }

    @Test
    void readsTypographicApostrophes() {
        assertThat(render("2024-05-15", "2019 \u2019s election")).isEqualTo("2019 = 2019-01-01 YEAR");
    }

    @Test
    void findsNothingInAnEmptySentence() {
        assertThat(RESOLVER.find(List.of(), LocalDate.parse("2024-05-15"))).isEmpty();
    }

    @Test
    void rejectsANullTokenNamingIt() {
        List<String> tokens = new ArrayList<>(List.of("on", "Tuesday"));
        tokens.add(null);
        assertThatThrownBy(() -> RESOLVER.find(tokens, LocalDate.parse("2024-05-15")))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("token 2 of the sentence is null");
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String sentence = "On Tuesday , talks agreed in late April resumed ; they will run until 2030 .";
        String expected = render("2024-05-15", sentence);
        List<String> results = IntStream.range(0, 2000).parallel()
                .mapToObj(k -> render("2024-05-15", sentence))
                .toList();
        assertThat(results).containsOnly(expected);
    }

    @Nested
    class Nearest {
        // tokens: 0 On 1 Tuesday 2 , 3 Russia 4 said 5 it 6 attacked 7 Kharkiv 8 on 9 May 10 12 11 .
        private final List<DateMention> mentions = find("2024-05-15", "On Tuesday , Russia said it attacked Kharkiv on May 12 .");

        @Test
        void picksTheMentionClosestToTheTrigger() {
            assertThat(mentions).extracting(DateMention::start).containsExactly(1, 9);
            assertThat(DateResolver.nearest(mentions, 6)).map(DateMention::date).contains(LocalDate.parse("2024-05-12"));
            assertThat(DateResolver.nearest(mentions, 4)).map(DateMention::date).contains(LocalDate.parse("2024-05-14"));
        }

        @Test
        void aTriggerInsideAMentionIsAtDistanceZero() {
            assertThat(DateResolver.nearest(mentions, 10)).map(DateMention::start).contains(9);
            assertThat(mentions.get(1).distanceTo(10)).isZero();
            assertThat(mentions.get(1).distanceTo(8)).isEqualTo(1);
            assertThat(mentions.get(1).distanceTo(11)).isEqualTo(1);
        }

        @Test
        void onATiePrefersTheMentionAfterTheTrigger() {
            // Tuesday ends at 2, May 12 starts at 9: token 5 is 4 from both
            assertThat(mentions.get(0).distanceTo(5)).isEqualTo(mentions.get(1).distanceTo(5));
            assertThat(DateResolver.nearest(mentions, 5)).map(DateMention::start).contains(9);
        }

        @Test
        void isEmptyWithoutMentions() {
            assertThat(DateResolver.nearest(List.of(), 3)).isEmpty();
        }
    }

    @Test
    void aMentionSpansAtLeastOneToken() {
        assertThatThrownBy(() -> new DateMention(3, 3, LocalDate.parse("2024-05-15"), Precision.DAY, "r", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3, 3)");
    }

    /** The token shapes this class relies on, as CoreNLP's tokenizer (no models) really gives them. */
    @Nested
    class OnCoreNlpTokens {
        private static StanfordCoreNLP pipeline;

        private List<String> tokenize(String text) {
            synchronized (OnCoreNlpTokens.class) {
                if (pipeline == null) {
                    Properties p = new Properties();
                    p.setProperty("annotators", "tokenize");
                    pipeline = new StanfordCoreNLP(p);
                }
            }
            Annotation a = new Annotation(text);
            pipeline.annotate(a);
            return a.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
        }

        private String render(String published, String text) {
            List<String> tokens = tokenize(text);
            return RESOLVER.find(tokens, LocalDate.parse(published)).stream()
                    .map(m -> String.join(" ", tokens.subList(m.start(), m.end())) + " = " + m.date() + " " + m.precision())
                    .collect(Collectors.joining("; "));
        }

        @Test
        void readsAbbreviationsHyphensAndPossessives() {
            assertThat(render("2024-10-02", "Talks resumed in mid-May and on Sept. 27, 2024, after 2019's vote."))
                    .isEqualTo("mid-May = 2024-05-15 MONTH; Sept. 27 , 2024 = 2024-09-27 DAY; 2019 = 2019-01-01 YEAR");
            assertThat(render("2024-10-02", "On 2024-03-12 and 12/03/2024, 2,000 troops arrived in late-May."))
                    .isEqualTo("2024-03-12 = 2024-03-12 DAY; late - May = 2024-05-25 MONTH");
            assertThat(render("2024-10-02", "Tuesday\u2019s vote came after the Jan. 6 attack in 2019\u20132020."))
                    .isEqualTo("Tuesday = 2024-10-01 DAY; Jan. 6 = 2024-01-06 DAY; 2019 = 2019-01-01 YEAR; "
                            + "2020 = 2020-01-01 YEAR");
        }
    }
}
