package org.fieldbook.chart;

import java.util.ArrayList;
import java.util.List;

/** The chart's value axis: linear from zero, or logarithmic by powers of ten. */
public final class ValueAxis {
    private final boolean log;
    private final double low;
    private final double high;
    private final List<Long> ticks;

    private ValueAxis(boolean log, double low, double high, List<Long> ticks) {
        this.log = log;
        this.low = low;
        this.high = high;
        this.ticks = List.copyOf(ticks);
    }

    /** An axis from zero to a round number above {@code max}, with four to eight ticks. */
    public static ValueAxis linear(long max) {
        double step = niceStep(Math.max(max, 1) / 5.0);
        long top = (long) (Math.ceil(max * 1.04 / step) * step);
        List<Long> ticks = new ArrayList<>();
        for (long value = 0; value <= top; value += (long) step) {
            ticks.add(value);
        }
        return new ValueAxis(false, 0, top, ticks);
    }

    /** An axis by powers of ten, from the power at or below {@code min} to the one above {@code max}. */
    public static ValueAxis log(long min, long max) {
        int from = (int) Math.floor(Math.log10(Math.max(min, 1)));
        int to = Math.max(from + 1, (int) Math.ceil(Math.log10(Math.max(max, 1)) + 1e-9));
        List<Long> ticks = new ArrayList<>();
        for (int power = from; power <= to; power++) {
            ticks.add((long) Math.pow(10, power));
        }
        return new ValueAxis(true, Math.pow(10, from), Math.pow(10, to), ticks);
    }

    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= factor * power) {
                return Math.max(1, factor * power);
            }
        }
        return 10 * power;
    }

    /** Where a value sits from the axis' start (0) to its end (1); values below the start sit on it. */
    public double fraction(double value) {
        if (log) {
            return (Math.log10(Math.max(value, low)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
        }
        return (value - low) / (high - low);
    }

    public boolean isLog() {
        return log;
    }

    public List<Long> ticks() {
        return ticks;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }
}
