package orbit.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.OrbitException;

/**
 * A filter over stored events; null fields do not filter. Turned into SQL with bound parameters only.
 *
 * @param actor      entity id on either side
 * @param dyadSource entity id of the source of a directed dyad
 * @param dyadTarget entity id of the target of a directed dyad
 * @param undirected whether the dyad also matches target to source
 * @param from       first day, inclusive
 * @param to         last day, inclusive
 * @param roots      CAMEO roots ("19"); empty for all
 * @param quadClass  1 to 4
 * @param dataset    gdelt, icews, plover, orbit
 * @param limit      at most this many events, 0 for all
 * @param partners   with {@code actor}: only events between the actor and one of these, either way
 *                   round; empty for any
 */
public record EventQuery(String actor, String dyadSource, String dyadTarget, boolean undirected, LocalDate from, LocalDate to,
        List<String> roots, Integer quadClass, String dataset, long limit, List<String> partners) {

    public EventQuery {
        roots = roots == null ? List.of() : List.copyOf(roots);
        partners = partners == null ? List.of() : List.copyOf(partners);
        if (!partners.isEmpty() && actor == null) {
            throw new IllegalArgumentException("partners filter events of an actor; give the actor");
        }
    }

    /** A query of events with any partner. */
    public EventQuery(String actor, String dyadSource, String dyadTarget, boolean undirected, LocalDate from, LocalDate to,
            List<String> roots, Integer quadClass, String dataset, long limit) {
        this(actor, dyadSource, dyadTarget, undirected, from, to, roots, quadClass, dataset, limit, List.of());
    }

    /** The datasets events come from, as {@code dataset} names them. */
    public static final List<String> DATASETS = List.of("gdelt", "icews", "plover", "orbit");

    /** A CAMEO root as written by a user ("1", "01", " 19") in its stored form ("01"); a USER error naming the range otherwise. */
    public static String root(String text) {
        String x = text.strip();
        if (!x.matches("\\d{1,2}") || Integer.parseInt(x) < 1 || Integer.parseInt(x) > 20) {
            throw OrbitException.user("'%s' is not a CAMEO root; roots run from 01 to 20", text);
        }
        return String.format(java.util.Locale.ROOT, "%02d", Integer.parseInt(x));
    }

    /** SOURCE:TARGET ("ARM:RUS") as its two ids, stripped; a USER error otherwise. */
    public static String[] dyad(String text) {
        String[] parts = text.split(":");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw OrbitException.user("'%s' is not of the form SOURCE:TARGET, such as ARM:RUS", text);
        }
        return new String[] {parts[0].strip(), parts[1].strip()};
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, false, null, null, List.of(), null, null, 0);
    }

    /** The WHERE clause (possibly empty) and its parameters, in order, then the limit's if there is one. */
    Sql where() {
        List<String> c = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        if (actor != null && partners.isEmpty()) {
            c.add("(source_entity = ? OR target_entity = ?)");
            p.add(actor);
            p.add(actor);
        } else if (actor != null) {
            String marks = String.join(", ", partners.stream().map(x -> "?").toList());
            c.add("((source_entity = ? AND target_entity IN (" + marks + ")) OR (target_entity = ? AND source_entity IN (" + marks + ")))");
            p.add(actor);
            p.addAll(partners);
            p.add(actor);
            p.addAll(partners);
        }
        if (dyadSource != null && dyadTarget != null) {
            if (undirected) {
                c.add("((source_entity = ? AND target_entity = ?) OR (source_entity = ? AND target_entity = ?))");
                p.addAll(List.of(dyadSource, dyadTarget, dyadTarget, dyadSource));
            } else {
                c.add("source_entity = ? AND target_entity = ?");
                p.addAll(List.of(dyadSource, dyadTarget));
            }
        }
        if (from != null) {
            c.add("date >= ?");
            p.add(from);
        }
        if (to != null) {
            c.add("date <= ?");
            p.add(to);
        }
        if (!roots.isEmpty()) {
            c.add("root IN (" + String.join(", ", roots.stream().map(r -> "?").toList()) + ")");
            p.addAll(roots);
        }
        if (quadClass != null) {
            c.add("quad_class = ?");
            p.add(quadClass);
        }
        if (dataset != null) {
            c.add("dataset = ?");
            p.add(dataset);
        }
        if (limit > 0) {
            p.add(limit);
        }
        return new Sql(c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c), p, limit > 0);
    }

    /**
     * A WHERE clause with its bound parameters; when {@code limited}, the last parameter is the
     * LIMIT, so {@link #limit()} must follow the clause (and any ORDER BY) in the statement.
     */
    record Sql(String text, List<Object> params, boolean limited) {
        String limit() {
            return limited ? " LIMIT ?" : "";
        }

        /** The parameters of the WHERE clause alone, for statements without the LIMIT. */
        List<Object> whereParams() {
            return limited ? params.subList(0, params.size() - 1) : params;
        }
    }
}
