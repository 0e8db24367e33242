package org.fieldbook.bench;

import javafx.animation.AnimationTimer;

/**
 * The longest gap between two pulses of the JavaFX thread: an {@link AnimationTimer} asks
 * for a pulse every frame (about 16 ms apart when idle), so a longer gap is time the FX
 * thread spent on something else. Beside it, the most processor time the FX thread used
 * between two pulses: on a machine busy with other programs a gap also holds the time the
 * thread waited for a processor, the busy time does not. Started and read on the FX thread.
 */
final class FrameGaps extends AnimationTimer {
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile long lastWall;
    private long last;
    private long lastCpu;
    private long longestBusy;
    private long longest;
    private long overFifty;

    @Override
    public void handle(long now) {
        long cpu = threads.getCurrentThreadCpuTime();
        if (lastCpu != 0) {
            longestBusy = Math.max(longestBusy, cpu - lastCpu);
        }
        lastCpu = cpu;
        if (last != 0) {
            long gap = now - last;
            longest = Math.max(longest, gap);
            if (gap > 50_000_000L) {
                overFifty++;
            }
        }
        last = now;
        lastWall = System.nanoTime();
    }

    /** Milliseconds since the last pulse (any thread may ask). */
    double millisSinceLastPulse() {
        long seen = lastWall;
        return seen == 0 ? 0 : (System.nanoTime() - seen) / 1e6;
    }

    /** Starts a new phase: forgets the gaps seen so far. */
    void reset() {
        last = 0;
        lastCpu = 0;
        longest = 0;
        longestBusy = 0;
        overFifty = 0;
    }

    double longestMillis() {
        return longest / 1e6;
    }

    /** The most processor time the FX thread spent between two pulses, in ms. */
    double longestBusyMillis() {
        return longestBusy / 1e6;
    }

    long gapsOverFiftyMillis() {
        return overFifty;
    }
}
