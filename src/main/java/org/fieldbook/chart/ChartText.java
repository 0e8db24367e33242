package org.fieldbook.chart;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.Markers;
import org.fieldbook.model.MineScope;
import org.fieldbook.model.Period;

/**
 * The words of the chart: title, caption, labels, values and tooltips. They come from the
 * window's strings ({@code org/fieldbook/ui/messages.properties}, keys {@code chart.*}) so
 * that an exported chart says exactly what the window shows; read as a resource bundle, not
 * through the ui package, because the command line draws charts without any window.
 */
public final class ChartText {
    private static final String BUNDLE = "org.fieldbook.ui.messages";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    public ChartText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public static ChartText english() {
        return new ChartText(Locale.ENGLISH);
    }

    /** The string for {@code key} with its arguments filled in (one quoting rule: write ’, not '). */
    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public String title(FigureSet set) {
        return get("chart.title", set.country());
    }

    /** "Landmine Monitor, Russian Federation: Mine Ban Policy, last updated 17 November 2021; footnotes [23]-[26]". */
    public String caption(FigureSet set) {
        String source = set.lastUpdated() == null
                ? get("chart.caption.undated", set.country(), set.profileType(), String.valueOf(set.year()))
                : get("chart.caption", set.country(), set.profileType(), LONG_DATE.format(set.lastUpdated()));
        List<Integer> numbers = set.footnoteNumbers();
        if (!numbers.isEmpty()) {
            source += "; " + get(numbers.size() == 1 ? "chart.caption.footnote" : "chart.caption.footnotes",
                    Markers.runs(numbers));
        }
        return set.isExtracted() ? source + ". " + get("chart.caption.extracted") : source;
    }

    /** A count of mines as people say it: "26.5 million", "464,000". */
    public String value(long value) {
        if (value >= 1_000_000 && value % 10_000 == 0) {
            return get("chart.value.million", BigDecimal.valueOf(value, 6).stripTrailingZeros().toPlainString());
        }
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The value with its qualifier: "about 19.5 million", "at least 464,000". */
    public String qualifiedValue(Figure figure) {
        return get("chart.qualified." + figure.qualifier().code(), value(figure.value()));
    }

    public String measure(Figure figure) {
        return get("chart.measure." + figure.measure().code());
    }

    /** "2000", "November 2004", "2005–2015", or "no date given". */
    public String period(Period period) {
        if (period == null) {
            return get("chart.period.undated");
        }
        if (period.isSpan()) {
            return period.from() + "\u2013" + period.to();
        }
        return period.month() == 0 ? String.valueOf(period.from())
                : Month.of(period.month()).getDisplayName(TextStyle.FULL, locale) + " " + period.from();
    }

    /** The facts of a figure on one line: "Destroyed · 2010 · all mine types · [24]". */
    public String facts(Figure figure) {
        StringJoiner line = new StringJoiner(" \u00b7 ");
        line.add(measure(figure));
        if (figure.place() != null) {
            line.add(figure.place());
        }
        if (figure.period() != null || figure.place() == null) {
            line.add(period(figure.period()));
        }
        if (figure.mines() == MineScope.ALL_TYPES) {
            line.add(get("chart.mines.all-types"));
        }
        // the footnote is kept on the line of the word before it
        return figure.footnote() == null ? line.toString() : line + "\u00a0\u00b7\u00a0[" + figure.footnote() + "]";
    }

    /** Everything a point says about where it comes from, for its tooltip. */
    public String tooltip(Figure figure, FigureSet set) {
        StringJoiner text = new StringJoiner("\n");
        text.add(qualifiedValue(figure) + " " + get("chart.mines." + figure.mines().code()));
        String how = String.join(" \u00b7 ", measure(figure), figure.place() == null ? period(figure.period())
                        : figure.place() + (figure.period() == null ? "" : ", " + period(figure.period())),
                get("chart.qualifier." + figure.qualifier().code()), get("chart.kind." + figure.kind().code()));
        text.add(figure.origin() == FigureOrigin.EXTRACTED ? how + " \u00b7 " + get("chart.origin.extracted") : how);
        if (figure.derivation() != null) {
            text.add(get("chart.tooltip.derivation", figure.derivation()));
        }
        text.add("\u201c" + figure.sentence() + "\u201d");
        text.add(figure.footnote() == null ? get("chart.tooltip.noFootnote")
                : get("chart.tooltip.footnote", figure.footnote(),
                        set.footnoteText(figure.footnote()).orElse(get("chart.tooltip.footnoteMissing"))));
        return text.toString();
    }
}
