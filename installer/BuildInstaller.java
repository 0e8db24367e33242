import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Fieldbook's installer for the operating system it runs on: a trimmed runtime (jlink)
 * of the JDK modules Fieldbook uses plus JavaFX and its native libraries, an app image
 * (jpackage) whose runtime carries a start-up archive (CDS) trained on Fieldbook, then the
 * .deb, .msi or .dmg. Everything goes under target/installer/.
 *
 * <p>Run by {@code ./mvnw -Pinstaller package} once the jar and target/lib exist; by hand, in
 * the project root: {@code java installer/BuildInstaller.java --version=0.1.0
 * [--app-version=1.0.0] [--image-only=true]}. One source file run by {@code java}, so that
 * Windows and macOS builders need no shell.
 *
 * <p>Why JavaFX goes into the runtime instead of the class path, as under java -jar: Java 17
 * uses an AppCDS archive of class-path jars only at the absolute path, and with the jar
 * modification times, it was made with. Installed in /opt/fieldbook the jars have neither, and
 * the JVM prints a warning on every start. Classes in the runtime image are checked by the
 * image's size alone, so the runtime's default archive, trained here on Fieldbook's window and
 * commands, serves the JDK's and JavaFX's classes wherever Fieldbook is installed.
 */
public final class BuildInstaller {
    static final int WINDOW_SECONDS = 180;

    final Os os = Os.current();
    final Path root = Path.of("").toAbsolutePath();
    final Path target = root.resolve("target");
    final Path work = target.resolve("installer");
    final Path input = work.resolve("input");
    final Path runtime = work.resolve("runtime");
    final Path training = work.resolve("training");
    final String version;
    final String appVersion;
    final boolean imageOnly;

    BuildInstaller(Map<String, String> options) {
        version = options.get("version");
        String given = options.getOrDefault("app-version", "");
        appVersion = given.isBlank() ? version.replaceFirst("[^0-9.].*$", "") : given;
        imageOnly = Boolean.parseBoolean(options.getOrDefault("image-only", "false"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.matches("--(version|app-version|image-only)=.*")) {
                fail(2, "unknown argument " + arg + "\nusage: java installer/BuildInstaller.java --version=V "
                        + "[--app-version=V] [--image-only=true]");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        if (options.getOrDefault("version", "").isBlank()) {
            fail(2, "--version=V is required (./mvnw -Pinstaller package passes the pom's version)");
        }
        new BuildInstaller(options).run();
    }

    void run() throws Exception {
        preflight();
        long started = System.nanoTime();
        deleteTree(work);
        List<Path> javafx = stage();
        String modules = step("jdeps: modules used", () -> modulesUsed(javafx));
        step("jlink: runtime of " + modules, () -> link(javafx, modules));
        Path image = step("jpackage: app image", this::appImage);
        step("CDS: start-up archive trained on the commands and the window", () -> trainArchive(image));
        System.out.printf("app image: %s (%d MB)%n", root.relativize(image), sizeOf(image) >> 20);
        if (!imageOnly) {
            Path installer = step("jpackage: " + os.installerType, () -> installer(image));
            System.out.printf("installer: %s (%d MB)%n", root.relativize(installer), Files.size(installer) >> 20);
        }
        System.out.printf("done in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** Names everything missing at once, with what brings it. */
    void preflight() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("jdeps", "jlink", "jpackage")) {
            if (ToolProvider.findFirst(tool).isEmpty()) {
                missing.add(tool + ": a full JDK 17 or newer (Debian: apt-get install openjdk-17-jdk-headless)");
            }
        }
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jmods)) {
            missing.add(jmods + ", which jlink needs (Debian: apt-get install openjdk-17-jdk-headless)");
        }
        if (!Files.isRegularFile(target.resolve("fieldbook.jar")) || !Files.isDirectory(target.resolve("lib"))) {
            missing.add("target/fieldbook.jar and target/lib: run ./mvnw package first (the installer profile does)");
        }
        if (!imageOnly) {
            os.installerTools.forEach((tool, source) -> {
                if (!onPath(tool)) {
                    missing.add(tool + ": " + source);
                }
            });
        }
        if (os == Os.MAC && appVersion.matches("0*(\\..*)?")) {
            missing.add("a version macOS accepts (its first number above 0): pass -Dinstaller.appVersion=1.0.0; "
                    + "the app's --version still shows " + version);
        }
        if (!missing.isEmpty()) {
            fail(2, "cannot build the installer; missing:\n  " + String.join("\n  ", missing));
        }
        if (os == Os.LINUX && !hasDisplay() && !onPath("Xvfb")) {
            System.out.println("warning: no display and no Xvfb (apt-get install xvfb): the start-up archive will "
                    + "cover the commands only, not the window");
        }
    }

    /** The app's jars without JavaFX, its notices and SQLite's native library; returns JavaFX's jars. */
    List<Path> stage() throws IOException {
        Files.createDirectories(input.resolve("lib"));
        Files.copy(target.resolve("fieldbook.jar"), input.resolve("fieldbook.jar"));
        List<Path> javafx = new ArrayList<>();
        for (Path jar : list(target.resolve("lib"))) {
            String name = jar.getFileName().toString();
            if (!name.startsWith("javafx-")) {
                Files.copy(jar, input.resolve("lib").resolve(name));
            } else if (hasEntry(jar, "module-info.class")) {
                javafx.add(jar); // this system's jars; the ones without a classifier are empty
            }
        }
        for (String notice : List.of("LICENSE", "NOTICE")) {
            Files.copy(root.resolve(notice), input.resolve(notice));
        }
        list(input.resolve("lib")).stream().filter(jar -> jar.getFileName().toString().startsWith("sqlite-jdbc-"))
                .findFirst().ifPresent(this::unpackSqliteNative);
        return javafx;
    }

    /**
     * sqlite-jdbc otherwise writes its native library to the temporary folder on every start,
     * which fails where /tmp is mounted noexec; the launcher's options point it here instead.
     */
    void unpackSqliteNative(Path jar) {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipFile zip = new ZipFile(jar.toFile())) {
            String folder = (String) loader.loadClass("org.sqlite.util.OSInfo")
                    .getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
            String prefix = "org/sqlite/native/" + folder + "/";
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory())
                    .collect(Collectors.toList())) {
                String file = entry.getName().substring(prefix.length());
                copy(zip, entry, Files.createDirectories(input.resolve("native")).resolve(file));
                Files.writeString(work.resolve("sqlite.args"), "--java-options \"-Dorg.sqlite.lib.path=$APPDIR/native\"\n"
                        + "--java-options \"-Dorg.sqlite.lib.name=" + file + "\"\n");
            }
        } catch (IOException | ReflectiveOperationException e) {
            System.out.println("warning: SQLite's native library stays in its jar (" + e + "): sqlite-jdbc will "
                    + "unpack it at every start");
        }
    }

    /** The modules the app's jars use, as jdeps finds them. */
    String modulesUsed(List<Path> javafx) throws IOException {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "--module-path", pathOf(javafx), input.resolve("fieldbook.jar").toString()));
        list(input.resolve("lib")).forEach(jar -> args.add(jar.toString()));
        String out = tool("jdeps", true, args).strip();
        String modules = out.lines().reduce((first, last) -> last).orElse("");
        if (!modules.matches("[a-z0-9.,]+")) {
            fail(1, "jdeps gave no module list:\n" + out);
        }
        Set<String> all = new TreeSet<>(List.of(modules.split(",")));
        all.add("javafx.controls"); // the window, should its use ever move out of sight of jdeps
        return String.join(",", all);
    }

    void link(List<Path> javafx, String modules) throws IOException {
        // JavaFX's native libraries leave its modules for the runtime's library folder, where
        // JavaFX loads them from instead of unpacking copies into ~/.openjfx/cache.
        tool("jlink", false, List.of("--module-path", pathOf(javafx), "--add-modules", modules,
                "--exclude-resources=regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib)",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString()));
        StringBuilder opens = new StringBuilder();
        for (Path jar : javafx) {
            // javafx-graphics-21.0.11-linux.jar holds the module javafx.graphics
            String name = jar.getFileName().toString();
            String module = "javafx." + name.substring("javafx-".length(), name.indexOf('-', "javafx-".length()));
            Set<String> packages = new TreeSet<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : zip.stream().collect(Collectors.toList())) {
                    String path = entry.getName();
                    if (path.matches("[^/]+\\.(so|dll|dylib)")) {
                        copy(zip, entry, runtime.resolve(os.nativeFolder).resolve(path));
                    } else if (path.endsWith(".class") && path.contains("/") && !path.startsWith("META-INF/")) {
                        packages.add(path.substring(0, path.lastIndexOf('/')).replace('/', '.'));
                    }
                }
            }
            // ControlsFX and ReactFX reach into JavaFX's internals; opening every package to
            // the class path keeps the installed app as permissive as java -jar.
            packages.forEach(p -> opens.append("--java-options \"--add-opens=").append(module).append('/').append(p)
                    .append("=ALL-UNNAMED\"\n"));
        }
        Files.writeString(work.resolve("javafx-opens.args"), opens);
    }

    /** installer/java-options (one option a line, # for comments) as jpackage --java-options arguments. */
    private Path writeJavaOptions() throws IOException {
        StringBuilder options = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("installer/java-options"))) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                options.append("--java-options \"").append(line.strip()).append("\"\n");
            }
        }
        Path file = work.resolve("java-options.args");
        Files.writeString(file, options);
        return file;
    }

    Path appImage() throws IOException {
        Path images = work.resolve("image");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "@installer/common.args",
                "@installer/app-image.args", "@installer/" + os.folder + "/app-image.args",
                "@" + work.resolve("javafx-opens.args"), "--input", input.toString(),
                "--runtime-image", runtime.toString(), "--app-version", appVersion, "--dest", images.toString()));
        if (Files.exists(work.resolve("sqlite.args"))) {
            args.add("@" + work.resolve("sqlite.args"));
        }
        args.add("@" + writeJavaOptions());
        tool("jpackage", false, args);
        return images.resolve(os.imageName);
    }

    /**
     * Records the classes that {@code --version}, {@code list} (which also fills a new library)
     * and the window until its library shows load, and dumps the runtime's default CDS archive
     * from them. Then the launcher must start with -Xshare:on, which fails on an unusable archive.
     */
    void trainArchive(Path image) throws Exception {
        Files.createDirectories(training);
        String launcher = image.resolve(os.launcher).toString();
        String library = training.resolve("library.sqlite").toString();
        expect("version", trainingEnv("version"), launcher, "--version");
        expect("list", trainingEnv("list"), launcher, "--library", library, "list");
        trainWindow(launcher, library);
        Set<String> classes = new LinkedHashSet<>();
        for (String run : List.of("version", "list", "window")) {
            Path list = training.resolve(run + ".classlist");
            if (Files.exists(list)) {
                classes.addAll(Files.readAllLines(list));
            }
        }
        Files.write(training.resolve("fieldbook.classlist"), classes);
        Path java = image.resolve(os.runtime).resolve("bin").resolve(os == Os.WINDOWS ? "java.exe" : "java");
        // the class-path classes in the list are skipped, with a warning each in dump.log
        expect("dump", Map.of(), java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=fieldbook.classlist");
        Map<String, String> check = trainingEnv(null);
        check.put("JAVA_TOOL_OPTIONS", check.get("JAVA_TOOL_OPTIONS") + " -Xshare:on");
        expect("check", check, launcher, "--version");
        System.out.printf("trained on %d classes; the archive keeps those of the runtime%n",
                classes.stream().filter(line -> !line.startsWith("#") && !line.startsWith("@")).count());
    }

    /** Opens the window (on Xvfb where there is no display) and stops it once its library shows. */
    void trainWindow(String launcher, String library) throws Exception {
        Map<String, String> env = trainingEnv("window");
        Process xvfb = null;
        if (os == Os.LINUX && !hasDisplay()) {
            if (!onPath("Xvfb")) {
                return;
            }
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectError(training.resolve("xvfb.log").toFile()).start();
            env.put("DISPLAY", ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(),
                    StandardCharsets.UTF_8)).readLine().strip());
        }
        try {
            Path log = training.resolve("window.log");
            ProcessBuilder builder = new ProcessBuilder(launcher, "--library", library).directory(training.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process app = builder.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
            boolean shown = false;
            while (!shown && app.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                shown = Files.readString(log, StandardCharsets.UTF_8).contains("startup: library-shown");
            }
            app.destroy(); // an orderly shutdown, which completes the class list
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            if (!shown) {
                System.out.println("warning: the window did not show its library within " + WINDOW_SECONDS
                        + " s; the archive has what loaded until then (see " + root.relativize(log) + ")");
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * A home and data folder of the build's own, so that runs never touch the builder's library,
     * settings or log; {@code run} names the class list to record, if any. user.home is given
     * relative to the training folder, the runs' working folder, to keep spaces out of the options.
     */
    Map<String, String> trainingEnv(String run) throws IOException {
        Path home = Files.createDirectories(training.resolve("home"));
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "USERPROFILE", home.toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(), "APPDATA", home.resolve("AppData").toString()));
        env.put("JAVA_TOOL_OPTIONS", "-Duser.home=home -Dfieldbook.startup.trace=true"
                + (run == null ? "" : " -XX:DumpLoadedClassList=" + run + ".classlist"));
        return env;
    }

    Path installer(Path image) throws IOException {
        Path dest = work.resolve("package");
        tool("jpackage", false, List.of("@installer/common.args", "@installer/" + os.folder + "/package.args",
                "--app-image", image.toString(), "--app-version", appVersion, "--dest", dest.toString()));
        return list(dest).get(0);
    }

    /** Runs a command in the training folder, with no display, and fails unless it exits 0. */
    void expect(String run, Map<String, String> env, String... command) throws Exception {
        Path log = training.resolve(run + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(training.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        if (process.isAlive() || process.exitValue() != 0) {
            fail(1, String.join(" ", command) + " failed; see " + root.relativize(log));
        }
    }

    static String tool(String name, boolean capture, List<String> args) {
        StringWriter text = new StringWriter();
        PrintWriter out = capture ? new PrintWriter(text) : new PrintWriter(System.out, true);
        int status = ToolProvider.findFirst(name).orElseThrow()
                .run(out, new PrintWriter(System.err, true), args.toArray(String[]::new));
        out.flush();
        if (status != 0) {
            fail(1, name + " failed (exit " + status + ")" + (capture ? ":\n" + text : ""));
        }
        return text.toString();
    }

    interface Step<T> {
        T run() throws Exception;
    }

    interface VoidStep {
        void run() throws Exception;
    }

    static <T> T step(String title, Step<T> step) throws Exception {
        System.out.println("== " + title);
        long started = System.nanoTime();
        T result = step.run();
        System.out.printf("   %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        return result;
    }

    static void step(String title, VoidStep step) throws Exception {
        step(title, () -> {
            step.run();
            return null;
        });
    }

    static void copy(ZipFile zip, ZipEntry entry, Path to) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, to);
        }
    }

    static boolean hasEntry(Path jar, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(entry) != null;
        }
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    static String pathOf(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    static boolean hasDisplay() {
        return !System.getenv().getOrDefault("DISPLAY", "").isBlank()
                || !System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .map(Path::of).anyMatch(d -> Files.isExecutable(d.resolve(tool)) || Files.isExecutable(d.resolve(tool + ".exe")));
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    p.toFile().setWritable(true); // Windows keeps read-only files (classes.jsa is one)
                    Files.delete(p);
                }
            }
        }
    }

    static void fail(int status, String message) {
        System.err.println("BuildInstaller: " + message);
        System.exit(status);
    }

    /** What differs between the systems: folders, names, and the installer's tools. */
    enum Os {
        LINUX("linux", "deb", "Fieldbook", "bin/Fieldbook", "lib/runtime", "lib",
                Map.of("fakeroot", "apt-get install fakeroot", "dpkg-deb", "apt-get install dpkg")),
        WINDOWS("windows", "msi", "Fieldbook", "Fieldbook.exe", "runtime", "bin",
                Map.of("candle", "WiX Toolset 3, its bin folder on the PATH (installer/README.md)",
                        "light", "WiX Toolset 3, its bin folder on the PATH (installer/README.md)")),
        MAC("macos", "dmg", "Fieldbook.app", "Contents/MacOS/Fieldbook", "Contents/runtime/Contents/Home", "lib",
                Map.of("hdiutil", "part of macOS", "codesign", "the Xcode command line tools (xcode-select --install)"));

        final String folder;
        final String installerType;
        final String imageName;
        final String launcher;
        final String runtime;
        final String nativeFolder;
        final Map<String, String> installerTools;

        Os(String folder, String installerType, String imageName, String launcher, String runtime, String nativeFolder,
                Map<String, String> installerTools) {
            this.folder = folder;
            this.installerType = installerType;
            this.imageName = imageName;
            this.launcher = launcher;
            this.runtime = runtime;
            this.nativeFolder = nativeFolder;
            this.installerTools = installerTools;
        }

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }
    }
}
