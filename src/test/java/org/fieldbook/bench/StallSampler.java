package org.fieldbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the FX thread is while it stalls: every few milliseconds, if no pulse came for more
 * than 50 ms, the FX thread's stack is sampled and counted by its innermost Fieldbook or
 * JavaFX frames. Printed to standard error by {@code StallBench --diagnose}, so a stall can
 * be traced to its code (and told apart from a machine too busy to schedule the thread).
 */
final class StallSampler extends Thread {
    private final FrameGaps gaps;
    private final Thread fxThread;
    private final Map<String, Integer> samples = new HashMap<>();
    private volatile boolean running = true;

    StallSampler(FrameGaps gaps, Thread fxThread) {
        super("stall-sampler");
        setDaemon(true);
        this.gaps = gaps;
        this.fxThread = fxThread;
    }

    @Override
    public void run() {
        var threads = ManagementFactory.getThreadMXBean();
        while (running) {
            if (gaps.millisSinceLastPulse() > 50) {
                ThreadInfo info = threads.getThreadInfo(fxThread.getId(), 40);
                if (info != null && info.getThreadState() == State.RUNNABLE) {
                    synchronized (samples) {
                        samples.merge(where(info.getStackTrace()), 1, Integer::sum);
                    }
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String where(StackTraceElement[] stack) {
        StringBuilder where = new StringBuilder();
        int kept = 0;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (name.startsWith("org.fieldbook") || (kept == 0 && name.startsWith("javafx"))) {
                where.append(kept == 0 ? "" : " < ").append(name.substring(name.lastIndexOf('.') + 1))
                        .append('.').append(frame.getMethodName());
                if (++kept == 4) {
                    break;
                }
            }
        }
        return kept == 0 && stack.length > 0 ? stack[0].toString() : where.toString();
    }

    /** The most frequent stall stacks, most samples first. */
    String report() {
        running = false;
        synchronized (samples) {
            return samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .map(e -> String.format("%5d x 5 ms  %s", e.getValue(), e.getKey()))
                    .collect(Collectors.joining("\n"));
        }
    }
}
