package orbit.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, so that a report is one file that opens with no network: lines (broken
 * where a value is undefined), bars around zero, and vertical markers for changepoints.
 * Stateless and thread-safe.
 */
final class Svg {
    private Svg() {}

    static final String[] COLOURS = {"#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d68910", "#17a2b8", "#6d4c41", "#7f8c8d"};

    /** One series: a name, a value per label (NaN for none), its colour, drawn as bars or a line. */
    record Series(String name, double[] values, String colour, boolean bars) {}

    /** A vertical mark before the label at {@code index}, with a short caption. */
    record Marker(int index, String caption) {}

    private static final int WIDTH = 880;
    private static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 46;

    static String chart(List<String> labels, List<Series> series, List<Marker> markers, String yTitle) {
        int n = labels.size();
        double lo = 0;
        double hi = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double[] ticks = ticks(lo, hi);
        lo = Math.min(lo, ticks[0]);
        hi = Math.max(hi, ticks[ticks.length - 1]);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double step = n == 0 ? plotW : plotW / n;
        final double yLo = lo;
        final double ySpan = hi - lo;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - (v - yLo) / ySpan * plotH;
        java.util.function.IntToDoubleFunction x = i -> LEFT + step * (i + 0.5);

        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" class=\"chart\">", WIDTH, HEIGHT));
        for (double t : ticks) {
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>", LEFT, WIDTH - RIGHT,
                    y.applyAsDouble(t), y.applyAsDouble(t), t == 0 ? "zero" : "grid"));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>", LEFT - 6,
                    y.applyAsDouble(t) + 4, number(t)));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" class=\"axis\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>",
                TOP + (int) plotH / 2, TOP + (int) plotH / 2, Html.escape(yTitle)));
        int every = Math.max(1, (int) Math.ceil(n / 16.0));
        for (int i = 0; i < n; i += every) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>", x.applyAsDouble(i),
                    HEIGHT - BOTTOM + 16, Html.escape(labels.get(i))));
        }
        List<Series> bars = series.stream().filter(Series::bars).toList();
        for (int k = 0; k < bars.size(); k++) {
            Series s = bars.get(k);
            double w = step * 0.8 / bars.size();
            for (int i = 0; i < n; i++) {
                double v = s.values()[i];
                if (!Double.isFinite(v) || v == 0) {
                    continue;
                }
                double x0 = x.applyAsDouble(i) - step * 0.4 + k * w;
                double y0 = y.applyAsDouble(Math.max(v, 0));
                double h = Math.abs(y.applyAsDouble(v) - y.applyAsDouble(0));
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" opacity=\"0.75\"><title>%s %s: %s</title></rect>",
                        x0, y0, Math.max(w - 1, 1), h, s.colour(), Html.escape(s.name()), Html.escape(labels.get(i)), number(v)));
            }
        }
        for (Series s : series) {
            if (s.bars()) {
                continue;
            }
            List<String> run = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                double v = i < n ? s.values()[i] : Double.NaN;
                if (Double.isFinite(v)) {
                    run.add(String.format(Locale.ROOT, "%.1f,%.1f", x.applyAsDouble(i), y.applyAsDouble(v)));
                    b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>%s %s: %s</title></circle>",
                            x.applyAsDouble(i), y.applyAsDouble(v), s.colour(), Html.escape(s.name()), Html.escape(labels.get(i)), number(v)));
                } else if (!run.isEmpty()) {
                    if (run.size() > 1) {
                        b.append("<polyline fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2\" points=\"")
                                .append(String.join(" ", run)).append("\"/>");
                    }
                    run.clear();
                }
            }
        }
        for (Marker m : markers) {
            double mx = LEFT + step * m.index();
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%.1f\" class=\"marker\"/>", mx, mx, TOP, TOP + plotH));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"marker-label\">%s</text>", mx + 3, TOP + 10,
                    Html.escape(m.caption())));
        }
        int lx = LEFT;
        for (Series s : series) {
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", lx, HEIGHT - 16, s.colour()));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", lx + 14, HEIGHT - 7, Html.escape(s.name())));
            lx += 24 + 7 * s.name().length();
        }
        return b.append("</svg>").toString();
    }

    /** About five round tick values covering [lo, hi]. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 4;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = raw / mag <= 1 ? mag : raw / mag <= 2 ? 2 * mag : raw / mag <= 5 ? 5 * mag : 10 * mag;
        double first = Math.floor(lo / unit) * unit;
        double last = Math.ceil(hi / unit) * unit;
        int count = (int) Math.round((last - first) / unit) + 1;
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = first + i * unit;
        }
        return t;
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%d", (long) Math.rint(v));
        }
        return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
