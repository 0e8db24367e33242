package org.fieldbook.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.model.Figure;
import org.fieldbook.model.Measure;
import org.fieldbook.model.MineScope;

/**
 * Which figure goes where: stockpiles of antipersonnel mines on the line, destruction (done
 * or planned) as bars, and everything that has no date or counts other things (mines held
 * abroad, totals of all mine types) in the list beside the plot.
 */
public record ChartPlan(List<Figure> stockpile, List<Figure> bars, List<Figure> aside) {

    public static ChartPlan of(List<Figure> figures) {
        List<Figure> stockpile = new ArrayList<>();
        List<Figure> bars = new ArrayList<>();
        List<Figure> aside = new ArrayList<>();
        for (Figure figure : figures) {
            boolean onTimeAxis = figure.period() != null && figure.mines() == MineScope.ANTIPERSONNEL
                    && figure.measure() != Measure.HELD_ABROAD;
            if (!onTimeAxis) {
                aside.add(figure);
            } else if (figure.measure() == Measure.STOCKPILED) {
                stockpile.add(figure);
            } else {
                bars.add(figure);
            }
        }
        stockpile.sort(Comparator.comparingDouble(f -> f.period().middle()));
        return new ChartPlan(List.copyOf(stockpile), List.copyOf(bars), List.copyOf(aside));
    }

    public boolean hasTimeAxis() {
        return !stockpile.isEmpty() || !bars.isEmpty();
    }

    /** The first year the time axis shows. */
    int firstYear() {
        return (int) Math.floor(onAxis().mapToDouble(f -> f.period().start()).min().orElse(0));
    }

    /** The year after the last one the time axis shows. */
    int endYear() {
        return (int) Math.ceil(onAxis().mapToDouble(f -> f.period().end()).max().orElse(1));
    }

    long largest() {
        return onAxis().mapToLong(Figure::value).max().orElse(1);
    }

    long smallest() {
        return onAxis().mapToLong(Figure::value).min().orElse(1);
    }

    private Stream<Figure> onAxis() {
        return Stream.concat(stockpile.stream(), bars.stream());
    }
}
