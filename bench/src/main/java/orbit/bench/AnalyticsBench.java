package orbit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import orbit.analytics.Alerts;
import orbit.analytics.Direction;
import orbit.analytics.Domain;
import orbit.analytics.Measure;
import orbit.analytics.Period;
import orbit.analytics.Pole;
import orbit.analytics.Relations;
import orbit.analytics.Valence;
import orbit.analytics.Window;
import orbit.store.EventStore;

/**
 * The analysis commands' own code over a large store (made by {@link ImportBench} with
 * {@code --keep}, or by {@link StoreReplicator}): one dyad's monthly series (directed and both
 * directions, with the share's second query and every month filled), every dyad's monthly series,
 * partner concentration, alignment and alerts. Each is timed beside the baseline of a bare
 * aggregate in the same process on the same store (the count and Goldstein sum per month of
 * {@link ImportBench}'s query phase), so the figures are ratios too. Median of {@code --runs} after
 * one warm-up run.
 *
 * <pre>java -cp 'bench/target/orbit-bench.jar:bench/target/lib/*' orbit.bench.AnalyticsBench --store FILE [--runs 5]</pre>
 */
public final class AnalyticsBench {
    private final Figures figures = new Figures();
    private final int runs;

    private AnalyticsBench(int runs) {
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, "--store FILE [--runs 5]");
        Path store = Path.of(a.value("--store", ""));
        if (!Files.exists(store)) {
            System.err.println("no store at '" + store + "'; make one with bench/run.sh ROWS --keep --phases import");
            System.exit(2);
        }
        new AnalyticsBench((int) a.longValue("--runs", 5)).run(store);
    }

    private void run(Path file) throws Exception {
        try (EventStore store = EventStore.open(file)) {
            Connection c = store.connection();
            Relations relations = new Relations(store);
            figures.put("store events", ImportBench.query1(c, "SELECT count(*) FROM events"));
            for (String[] d : ImportBench.probeDyads(c).values()) {
                String name = d[0] + "-" + d[1] + " (" + d[2] + " events)";
                double bare = median(() -> bareDyad(c, d[0], d[1]));
                double directed = median(() -> relations.dyad(d[0], d[1], Direction.DIRECTED, Window.monthly()).periods().size());
                double both = median(() -> relations.dyad(d[0], d[1], Direction.BOTH, Window.monthly()).periods().size());
                figures.put("dyad " + name + ": bare monthly aggregate s", bare);
                figures.put("dyad " + name + ": orbit dyad --directed s", directed);
                figures.put("dyad " + name + ": orbit dyad --both s", both);
                figures.put("dyad " + name + ": ratio directed / bare", directed / bare);
            }
            double bareAll = median(() -> bareAll(c));
            long[] cells = {0};
            double all = median(() -> {
                cells[0] = relations.allDyads(Window.monthly(), cell -> { });
                return cells[0];
            });
            figures.put("all dyads: bare monthly aggregate, fetched s", bareAll);
            figures.put("all dyads: Relations.allDyads (" + cells[0] + " cells) s", all);
            figures.put("all dyads: ratio", all / bareAll);
            figures.put("partners ARM by year s", median(() -> relations.partners("ARM", null, Valence.COOPERATION,
                    new Window(Period.YEAR, null, null, null, 5)).periods().size()));
            figures.put("partners ARM by year, security channel s", median(() -> relations.partners("ARM", Domain.SECURITY, Valence.ALL,
                    new Window(Period.YEAR, null, null, null, 5)).periods().size()));
            figures.put("alignment ARM RUS vs EU+FRA+DEU monthly s", median(() -> relations.alignment("ARM", new Pole("RUS", List.of()),
                    new Pole("EU", List.of("FRA", "DEU")), Measure.GOLDSTEIN, Window.monthly()).periods().size()));
            figures.put("alerts all dyads, 4-week baseline s", median(() -> new Alerts(store)
                    .find(new Alerts.Query(null, 4, null, Valence.ALL, null)).alerts().size()));
            figures.put("alerts all dyads, 52-week baseline s", median(() -> new Alerts(store)
                    .find(new Alerts.Query(null, 52, null, Valence.ALL, null)).alerts().size()));
        }
        figures.print("analytics over " + file, 70);
    }

    /** Median seconds of {@code runs} runs after a warm-up; the result is consumed so the work cannot be skipped. */
    private double median(Supplier<Number> work) {
        double[] t = new double[runs];
        long sink = 0;
        for (int r = -1; r < runs; r++) {
            long t0 = System.nanoTime();
            sink += work.get().longValue();
            if (r >= 0) {
                t[r] = Figures.secs(System.nanoTime() - t0);
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.err.println(sink);
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    private static int bareDyad(Connection c, String a, String b) {
        try (PreparedStatement ps = c.prepareStatement(ImportBench.DYAD_SERIES)) {
            ps.setString(1, a);
            ps.setString(2, b);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                    rs.getLong(2);
                    rs.getDouble(3);
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long bareAll(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(ImportBench.ALL_SERIES)) {
            long n = 0;
            while (rs.next()) {
                rs.getString(1);
                rs.getString(2);
                rs.getObject(3);
                rs.getLong(4);
                rs.getDouble(5);
                n++;
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
