package orbit.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import orbit.core.CameoCode;
import orbit.core.CameoTable;
import orbit.core.OrbitException;

/**
 * The policy domain of an event: diplomatic, security or economic, from its CAMEO code by the
 * longest matching prefix in {@code channels.tsv} (a code no prefix matches is diplomatic).
 */
public enum Domain {
    DIPLOMATIC, SECURITY, ECONOMIC;

    private static final Map<String, Domain> PREFIXES = load();

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The domain of a CAMEO code ("0312" is security). */
    public static Domain of(String cameo) {
        for (int n = cameo.length(); n >= 2; n--) {
            Domain d = PREFIXES.get(cameo.substring(0, n));
            if (d != null) {
                return d;
            }
        }
        return DIPLOMATIC;
    }

    public static Domain parse(String text) {
        for (Domain d : values()) {
            if (d.id().equalsIgnoreCase(text.strip())) {
                return d;
            }
        }
        throw OrbitException.user("'%s' is not a channel; use diplomatic, security, economic or all", text);
    }

    /**
     * Creates (once per connection) the temporary table {@code orbit_code_domain(cameo, domain)}
     * holding every code of the table with its domain, for SQL to join on; codes not in it are
     * diplomatic ({@code coalesce(domain, 'diplomatic')}).
     */
    static void install(Connection conn, CameoTable cameo) {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS orbit_code_domain (cameo VARCHAR PRIMARY KEY, domain VARCHAR NOT NULL)");
            try (var rs = st.executeQuery("SELECT count(*) FROM orbit_code_domain")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO orbit_code_domain VALUES (?, ?)")) {
                for (CameoCode c : cameo.codes()) {
                    ps.setString(1, c.code());
                    ps.setString(2, of(c.code()).id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw OrbitException.external(e, "cannot prepare the code domains in the store: %s", e.getMessage());
        }
    }

    private static Map<String, Domain> load() {
        Map<String, Domain> m = new TreeMap<>();
        try (InputStream in = Domain.class.getResourceAsStream("channels.tsv")) {
            if (in == null) {
                throw new IllegalStateException("channels.tsv is missing from orbit-analytics");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                m.put(f[0], Domain.valueOf(f[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
