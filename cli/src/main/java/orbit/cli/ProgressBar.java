package orbit.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (so pipes and logs
 * stay clean) and at most five times a second. Not thread-safe.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Whether this process writes to a terminal (and progress bars make sense). */
    static boolean terminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** Progress in bytes. */
    void update(String label, long done, long total) {
        draw(label, done, total, mb(done) + " / " + mb(total));
    }

    /** Progress in counted things ("12 / 40 files"). */
    void count(String label, long done, long total, String unit) {
        draw(label, done, total, done + " / " + total + " " + unit);
    }

    private void draw(String label, long done, long total, String amounts) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double f = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
        int fill = (int) Math.round(f * WIDTH);
        String name = label.length() > 40 ? "…" + label.substring(label.length() - 39) : label;
        err.printf("\r[%s%s] %3d%%  %s  %s\u001b[K", "#".repeat(fill), " ".repeat(WIDTH - fill), Math.round(f * 100),
                amounts, name);
        err.flush();
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    @Override
    public void close() {
        if (enabled && drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
