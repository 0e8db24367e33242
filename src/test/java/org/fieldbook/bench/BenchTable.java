package org.fieldbook.bench;

import java.util.Locale;
import java.util.Map;

/** The results as a Markdown table: what was measured, median, p95 (or the pair compared), target, met or not. */
final class BenchTable {
    private final StringBuilder out = new StringBuilder();

    private BenchTable() {
    }

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> results) {
        BenchTable table = new BenchTable();
        table.out.append(String.format(Locale.ROOT, "Corpus: %,d generated profiles (%.0f MiB of text), %s%s%n",
                num(results.get("profiles")).intValue(), num(results.get("corpusBytes")).doubleValue() / (1 << 20),
                results.get("date"), Boolean.TRUE.equals(results.get("quick")) ? ", QUICK SMOKE RUN (not figures)" : ""));
        table.out.append("Machine: ").append(results.get("machine")).append("\n");
        table.out.append("Load average as each step started: ").append(results.get("loadAverageAtSteps")).append("\n\n");
        table.out.append("| measure | median | p95 / other | target | met |\n|---|---|---|---|---|\n");
        if (results.get("import") instanceof Map<?, ?> imp) {
            Map<String, Object> i = (Map<String, Object>) imp;
            double overall = num(i.get("overallPerSecond")).doubleValue();
            table.row("import throughput, profiles/s (chunks of " + i.get("chunk") + "; overall " + fmt(overall) + ")",
                    fmt(i.get("medianPerSecond")), "slowest 5%: " + fmt(i.get("p95SlowestPerSecond")), ">= 400 overall",
                    overall >= 400);
            table.row("import processor time, ms per profile (all threads; load-independent)",
                    fmt(i.get("cpuMsPerProfile")), "= " + fmt(1000 / num(i.get("cpuMsPerProfile")).doubleValue())
                            + " profiles per CPU-second", "", null);
            table.row("figures files imported after the profiles, s", fmt(i.get("figuresSeconds")),
                    String.format(Locale.ROOT, "%,d files", num(i.get("figuresFiles")).longValue()), "", null);
            table.row("library size on disk, MiB", fmt(num(i.get("libraryBytes")).doubleValue() / (1 << 20)), "", "", null);
        }
        if (results.get("search") instanceof Map<?, ?> search) {
            search.forEach((kind, value) -> {
                Map<String, Object> s = (Map<String, Object>) value;
                double p95 = num(s.get("p95Ms")).doubleValue();
                table.row("search top 20 + snippets, " + kind + ", ms", fmt(s.get("p50Ms")), fmt(p95), "p95 <= 50",
                        p95 <= 50);
            });
        }
        if (results.get("searchCpu") instanceof Map<?, ?> cpu) {
            cpu.forEach((kind, value) -> {
                Map<String, Object> s = (Map<String, Object>) value;
                table.row("search processor time, " + kind + ", ms (load-independent)", fmt(s.get("cpuP50Ms")),
                        fmt(s.get("cpuP95Ms")), "", null);
            });
        }
        if (results.get("lookup") instanceof Map<?, ?> look) {
            Map<String, Object> l = (Map<String, Object>) look;
            double p95 = num(l.get("p95Us")).doubleValue();
            table.row("mine-name lookup per keystroke, 2,000 entries, \u00b5s", fmt2(num(l.get("p50Us")).doubleValue()),
                    fmt2(p95) + " (max " + fmt(l.get("maxUs")) + ")", "p95 < 2,000", p95 < 2_000);
        }
        if (results.get("window") instanceof Map<?, ?> win) {
            Map<String, Object> w = (Map<String, Object>) win;
            double ratio = num(w.get("firstFrameRatio")).doubleValue();
            table.row("first frame, ms (Fieldbook; bare window beside), " + w.get("display"), fmt(w.get("firstFrameMs")),
                    "bare " + fmt(w.get("bareFirstFrameMs")) + ", ratio " + fmt2(ratio), "ratio <= 1.3", ratio <= 1.3);
            table.row("library listed in the tree, ms from process start", fmt(w.get("libraryListedMs")), "", "", null);
            double rss = num(w.get("rssRatio")).doubleValue();
            table.row("peak RSS, MiB (Fieldbook; bare window beside)", fmt(w.get("rssMib")),
                    "bare " + fmt(w.get("bareRssMib")) + ", ratio " + fmt2(rss), "ratio <= 1.5", rss <= 1.5);
        }
        if (results.get("stall") instanceof Map<?, ?> st) {
            Map<String, Object> s = (Map<String, Object>) st;
            for (String phase : new String[] {"open", "searchAsYouType", "browseTree", "import"}) {
                double gap = num(s.get(phase + "MaxGapMs")).doubleValue();
                table.row("longest FX-thread stall, ms: " + phase, fmt(gap),
                        s.get(phase + "GapsOver50Ms") + " gaps over 50 ms; most FX processor time between pulses "
                                + fmt(s.get(phase + "MaxBusyMs")), "<= 50", gap <= 50);
            }
        }
        if (results.get("chart") instanceof Map<?, ?> ch) {
            Map<String, Object> c = (Map<String, Object>) ch;
            double p95 = num(c.get("p95Ms")).doubleValue();
            table.row("chart PNG export 1920x1080 @2x (to a file), ms", fmt(c.get("p50Ms")),
                    fmt(p95) + " (max " + fmt(c.get("maxMs")) + ")", "p95 < 500", p95 < 500);
        }
        return table.out.toString();
    }

    private void row(String measure, String median, String other, String target, Boolean met) {
        out.append("| ").append(measure).append(" | ").append(median).append(" | ").append(other).append(" | ")
                .append(target).append(" | ").append(met == null ? "" : met ? "yes" : "NO").append(" |\n");
    }

    private static Number num(Object value) {
        return value instanceof Number n ? n : Double.NaN;
    }

    private static String fmt(Object value) {
        double v = num(value).doubleValue();
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
