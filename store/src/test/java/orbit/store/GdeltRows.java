package orbit.store;

import java.util.Arrays;

/** Hand-made GDELT 2.0 rows for tests: 61 fields, every one set explicitly by the test. */
final class GdeltRows {
    private GdeltRows() {}

    /** A row with the given actors and code; the other fields hold plausible fixed values. */
    static String[] row(long id, String sqlDate, String a1Code, String a1Country, String a1Type, String a2Code, String a2Country,
            String a2Type, String eventCode, String goldstein, int quad) {
        String[] f = new String[61];
        Arrays.fill(f, "");
        f[0] = Long.toString(id);
        f[1] = sqlDate;
        f[2] = sqlDate.substring(0, 6);
        f[3] = sqlDate.substring(0, 4);
        int y = Integer.parseInt(sqlDate.substring(0, 4));
        int m = Integer.parseInt(sqlDate.substring(4, 6));
        int d = Integer.parseInt(sqlDate.substring(6, 8));
        f[4] = String.format(java.util.Locale.ROOT, "%.4f", y + ((m - 1) * 30 + d) / 365.0);
        f[5] = a1Code;
        f[6] = a1Code.isEmpty() ? "" : "NAME " + a1Code;
        f[7] = a1Country;
        f[12] = a1Type;
        f[15] = a2Code;
        f[16] = a2Code.isEmpty() ? "" : "NAME " + a2Code;
        f[17] = a2Country;
        f[22] = a2Type;
        f[25] = "1";
        f[26] = eventCode;
        f[27] = eventCode.length() > 3 ? eventCode.substring(0, 3) : eventCode;
        f[28] = eventCode.substring(0, 2);
        f[29] = Integer.toString(quad);
        f[30] = goldstein;
        f[31] = "4";
        f[32] = "1";
        f[33] = "4";
        f[34] = "-2.5";
        for (int g : new int[] {35, 43}) {
            f[g] = "0";
        }
        f[51] = "4";
        f[52] = "Yerevan, Yerevan, Armenia";
        f[53] = "AM";
        f[54] = "AM11";
        f[55] = "12345";
        f[56] = "40.1811";
        f[57] = "44.5136";
        f[58] = "-2214662";
        f[59] = "20250807220000";
        f[60] = "https://example.org/news/" + id;
        return f;
    }

    static String line(String[] fields) {
        return String.join("\t", fields);
    }

    /** Three good rows about Armenia: ARM GOV visits RUS, AZE MIL attacks ARM, a NATO statement. */
    static String threeGoodRows() {
        String a = line(row(1000001, "20240115", "ARMGOV", "ARM", "GOV", "RUSGOV", "RUS", "GOV", "042", "1.9", 1));
        String b = line(row(1000002, "20220913", "AZEMIL", "AZE", "MIL", "ARM", "ARM", "", "190", "-10.0", 4));
        String[] nato = row(1000003, "20230301", "NAT", "", "", "ARMGOV", "ARM", "GOV", "010", "0.0", 1);
        nato[8] = "NAT";
        String c = line(nato);
        return a + "\n" + b + "\n" + c + "\n";
    }
}
