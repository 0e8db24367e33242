package org.fieldbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up and memory of the window, beside the floor a JavaFX program cannot beat (one
 * Stage, one Label: {@link BareWindow}), measured alternately in one run. Each process
 * prints its {@code startup:} trace lines ({@code -Dfieldbook.startup.trace=true}); the time
 * to the first frame is read from them, and the peak resident memory ({@code VmHWM}) once the
 * window has shown its content (Fieldbook: the library listed in the tree) and settled.
 */
final class WindowBench {
    private static final long SETTLE_MILLIS = 1_500;
    private static final long TIMEOUT_SECONDS = 120;

    private final Path library;
    private final List<String> jvmOptions;
    private final Map<String, String> env;
    private final Path home;

    /** @param fxOptions how JavaFX runs: {@link ChildJava#HEADLESS_FX} or nothing (a DISPLAY in {@code env}) */
    WindowBench(Path library, List<String> fxOptions, Map<String, String> env, Path home) {
        this.library = library;
        List<String> options = new ArrayList<>(fxOptions);
        options.add("-Dfieldbook.startup.trace=true");
        this.jvmOptions = List.copyOf(options);
        this.env = env;
        this.home = home;
    }

    /** One warm-up start of each (the operating system's file cache), then {@code runs} alternating starts; medians and ratios. */
    Map<String, Object> run(int runs) throws IOException, InterruptedException {
        if (runs > 1) {
            start(true);
            start(false);
        }
        List<Double> bareFrame = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        List<Double> frame = new ArrayList<>();
        List<Double> listed = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Map<String, Double> bare = start(true);
            bareFrame.add(bare.get("first-frame"));
            bareRss.add(bare.get("rss"));
            Map<String, Double> fieldbook = start(false);
            frame.add(fieldbook.get("first-frame"));
            listed.add(fieldbook.get("library-listed"));
            rss.add(fieldbook.get("rss"));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("runs", runs);
        result.put("bareFirstFrameMs", Stats.median(bareFrame));
        result.put("firstFrameMs", Stats.median(frame));
        result.put("firstFrameRatio", Stats.median(frame) / Stats.median(bareFrame));
        result.put("libraryListedMs", Stats.median(listed));
        result.put("bareRssMib", Stats.median(bareRss));
        result.put("rssMib", Stats.median(rss));
        result.put("rssRatio", Stats.median(rss) / Stats.median(bareRss));
        return result;
    }

    /** Starts one window; its trace times in ms and, under "rss", its peak memory in MiB. */
    private Map<String, Double> start(boolean bare) throws IOException, InterruptedException {
        String last = bare ? "first-frame" : "library-listed";
        Map<String, String> environment = new HashMap<>(env);
        environment.put("HOME", home.toString());
        environment.put("XDG_DATA_HOME", home.resolve("data").toString());
        Files.createDirectories(home);
        ProcessBuilder builder = bare
                ? ChildJava.command(jvmOptions, BareWindow.class.getName(), List.of(), environment)
                : ChildJava.command(LauncherOptions.before(jvmOptions), "org.fieldbook.Launcher",
                List.of("--library", library.toString()), environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Map<String, Double> times = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> readTrace(process, times, last, shown), "trace-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!shown.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException((bare ? "the bare window" : "Fieldbook") + " never printed startup: " + last);
            }
            Thread.sleep(SETTLE_MILLIS);
            times.put("rss", ChildJava.peakRssMib(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        return times;
    }

    /** Reads the child's output to its end (so it never blocks on a full pipe), noting trace lines. */
    private static void readTrace(Process process, Map<String, Double> times, String last,
                                  java.util.concurrent.CountDownLatch shown) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 4 && parts[0].equals("startup:")) {
                    times.put(parts[1], Double.valueOf(parts[2]));
                    if (parts[1].equals(last)) {
                        shown.countDown();
                    }
                }
            }
        } catch (IOException e) {
            // the process was ended: nothing more to read
        }
    }
}
