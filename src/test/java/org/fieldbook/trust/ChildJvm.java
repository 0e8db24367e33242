package org.fieldbook.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real command-line main class ({@code org.fieldbook.Launcher}) in a child JVM on
 * the test class path, with its own home and data directory, as a second process would.
 */
public final class ChildJvm {
    private final Path home;
    private final List<String> jvmOptions = new ArrayList<>();

    public ChildJvm(Path home) {
        this.home = home;
    }

    /** Adds JVM options (system properties) for the child, e.g. to open its window on Monocle. */
    public ChildJvm withOptions(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** Options that let the child open its window headless, as the tests' own JVM does. */
    public ChildJvm headlessWindow() {
        return withOptions("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dtestfx.headless=true", "-Djava.awt.headless=true");
    }

    /** Starts {@code fieldbook ARGS}; its output goes to files under the home folder. */
    public Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a short-lived CLI: start fast (C1 only, serial GC), as a user's machine would not need either
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.fieldbook.Launcher");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().remove("DISPLAY");
        builder.redirectOutput(out(name).toFile()).redirectError(err(name).toFile());
        return builder.start();
    }

    /** Runs {@code fieldbook ARGS} to its end (at most a minute) and returns its exit status. */
    public int run(String name, String... args) throws IOException, InterruptedException {
        Process process = start(name, args);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish within a minute");
        }
        return process.exitValue();
    }

    public Path out(String name) {
        return home.resolve(name + ".out");
    }

    public Path err(String name) {
        return home.resolve(name + ".err");
    }

    public String errText(String name) throws IOException {
        return Files.readString(err(name), StandardCharsets.UTF_8);
    }

    public String outText(String name) throws IOException {
        return Files.readString(out(name), StandardCharsets.UTF_8);
    }

    /** The data directory the child uses (its log is there). */
    public Path dataDirectory() {
        return home.resolve("data").resolve("fieldbook");
    }
}
