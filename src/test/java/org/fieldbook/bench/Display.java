package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the measured windows are shown: a private Xvfb X server (real GTK windows, as a
 * user's desktop runs them; needs the xvfb and libgtk-3-0 packages) or Monocle's headless
 * platform (no display at all; what the smoke test uses). "auto" takes Xvfb when it is
 * installed.
 */
final class Display implements AutoCloseable {
    private final String name;
    private final List<String> jvmOptions;
    private final Map<String, String> env;
    private final Process server;

    private Display(String name, List<String> jvmOptions, Map<String, String> env, Process server) {
        this.name = name;
        this.jvmOptions = jvmOptions;
        this.env = env;
        this.server = server;
    }

    static Display choose(String wanted) throws IOException, InterruptedException {
        boolean xvfb = wanted.equals("xvfb") || (wanted.equals("auto") && Files.isExecutable(Path.of("/usr/bin/Xvfb")));
        if (!xvfb) {
            return new Display("monocle-headless", ChildJava.HEADLESS_FX, Map.of(), null);
        }
        String display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
        Process server = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1_000);
        if (!server.isAlive()) {
            throw new IllegalStateException("Xvfb did not start on " + display);
        }
        return new Display("xvfb", List.of(), Map.of("DISPLAY", display), server);
    }

    String name() {
        return name;
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    Map<String, String> env() {
        return env;
    }

    @Override
    public void close() {
        if (server != null) {
            server.destroy();
        }
    }
}
