package orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbit indicators} against a real store file in a temporary folder. */
class IndicatorsCommandIT {
    private static final String POLLS = """
            date,entity,partner,indicator,value,source
            2019-05,ARM,RUS,poll_relations_good_pct,88,Armenpress
            2019,ARM,RUS,poll_relations_good_pct,93,Azatutyun
            2023-12,ARM,RUS,poll_relations_good_pct,31,"OC Media, March 2024"
            2023-01,ARM,EU,trade_share_pct,15,Azatutyun
            """;

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("s.duckdb").toString();
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void importsThenReportsEverythingUnchangedTheSecondTime() throws Exception {
        Path polls = write("polls.csv", POLLS);
        Cli first = Cli.run("indicators", "import", "--db", db(), polls.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).endsWith("rows 4, new 4, unchanged 0, updated 0 into " + db() + "\n");

        Cli second = Cli.run("indicators", "import", "--db", db(), polls.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).endsWith("rows 4, new 0, unchanged 4, updated 0 into " + db() + "\n");
    }

    @Test
    void showPrintsTheObservationsAndTheMeansPerYear() throws Exception {
        Cli.run("indicators", "import", "--db", db(), write("polls.csv", POLLS).toString());

        Cli raw = Cli.run("indicators", "show", "ARM", "--db", db(), "--partner", "RUS", "--format", "csv");
        assertThat(raw.exit()).isZero();
        assertThat(raw.out()).isEqualTo("""
                # entity: ARM
                date,indicator,partner,value,source
                2019-01-01,poll_relations_good_pct,RUS,93.0,Azatutyun
                2019-05-01,poll_relations_good_pct,RUS,88.0,Armenpress
                2023-12-01,poll_relations_good_pct,RUS,31.0,"OC Media, March 2024"
                """);

        Cli yearly = Cli.run("indicators", "show", "ARM", "--db", db(), "--indicator", "poll_relations_good_pct", "--by", "year");
        assertThat(yearly.exit()).isZero();
        assertThat(yearly.out()).isEqualTo("""
                entity: ARM
                by: year
                period  indicator                partner   mean  observations   min   max  sources
                2019    poll_relations_good_pct  RUS      90.50             2  88.0  93.0  Armenpress; Azatutyun
                2023    poll_relations_good_pct  RUS      31.00             1  31.0  31.0  OC Media, March 2024
                """);

        Cli json = Cli.run("indicators", "show", "ARM", "--db", db(), "--partner", "EU", "--by", "quarter", "--format", "json");
        assertThat(json.out().replaceAll("\\s+", "")).isEqualTo("{\"entity\":\"ARM\",\"by\":\"quarter\",\"rows\":[{\"period\":\"2023-Q1\","
                + "\"indicator\":\"trade_share_pct\",\"partner\":\"EU\",\"mean\":15.0,\"observations\":1,\"min\":15.0,\"max\":15.0,"
                + "\"sources\":[\"Azatutyun\"]}]}");
    }

    @Test
    void listSaysWhatIsStoredPerIndicatorAndPartner() throws Exception {
        Cli.run("indicators", "import", "--db", db(), write("polls.csv", POLLS).toString());
        Cli list = Cli.run("indicators", "list", "--db", db(), "--entity", "ARM");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).isEqualTo("""
                indicator                entity  partner  observations  first       last
                poll_relations_good_pct  ARM     RUS                 3  2019-01-01  2023-12-01
                trade_share_pct          ARM     EU                  1  2023-01-01  2023-01-01
                """);
    }

    @Test
    void aBadFileExitsWithTwoListsEveryProblemAndImportsNothing() throws Exception {
        Path good = write("polls.csv", POLLS);
        Path bad = write("bad.csv", """
                date,entity,partner,indicator,value,source
                2024,ARM,RUS,poll_relations_good_pct,35,TASS
                2024-09,ARN,RUS,poll_relations_good_pct,n/a,TASS
                """);
        Cli r = Cli.run("indicators", "import", "--db", db(), good.toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(
                "orbit: line 3 of " + bad + ": entity 'ARN' is not a known entity id; did you mean ARM? (`orbit entities` lists the known ids)\n"
                + "orbit: line 3 of " + bad + ": value 'n/a' is not a number; write a number such as 31.5 or leave the line out\n"
                + "orbit: nothing was imported; fix the lines above and run the import again\n");

        Cli list = Cli.run("indicators", "list", "--db", db());
        assertThat(list.out()).isEqualTo("indicator  entity  partner  observations  first  last\n");
        assertThat(list.err()).isEqualTo("orbit: no indicators stored; add some with `orbit indicators import FILE.csv`\n");
    }

    @Test
    void theSampleFileImportsCleanly() {
        Path sample = Path.of("..", "samples", "indicators", "armenia.csv").toAbsolutePath().normalize();
        Cli r = Cli.run("indicators", "import", "--db", db(), sample.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("new 55, unchanged 0, updated 0");
    }

    @Test
    void unknownEntityFormatAndPeriodAreUsageErrors() throws Exception {
        Cli.run("indicators", "import", "--db", db(), write("polls.csv", POLLS).toString());
        Cli entity = Cli.run("indicators", "show", "ARN", "--db", db());
        assertThat(entity.exit()).isEqualTo(2);
        assertThat(entity.err()).isEqualTo("orbit: ARN is not an entity; did you mean ARM?\n");
        Cli format = Cli.run("indicators", "list", "--db", db(), "--format", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("orbit: 'xml' is not an output format here; use table, csv or json\n");
        Cli period = Cli.run("indicators", "show", "ARM", "--db", db(), "--by", "decade");
        assertThat(period.exit()).isEqualTo(2);
        assertThat(period.err()).isEqualTo("orbit: 'decade' is not a period; use week, month, quarter or year\n");
        Cli date = Cli.run("indicators", "show", "ARM", "--db", db(), "--from", "2020-13-01");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).isEqualTo("orbit: --from 2020-13-01 is not a date; write YYYY-MM-DD, such as 2023-09-19\n");
        Cli none = Cli.run("indicators");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("orbit: indicators needs a subcommand: import, list or show\n");
    }
}
