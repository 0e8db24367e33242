package org.fieldbook;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;

/**
 * With {@code -Dfieldbook.startup.trace=true}, prints how long after the process started a
 * scene was first laid out for painting: {@code startup: LABEL N ms}. Used by the
 * start-up benchmark; silent otherwise.
 */
public final class StartupTrace {
    static final String PROPERTY = "fieldbook.startup.trace";

    private StartupTrace() {
    }

    /** Prints the time to the next pulse of {@code scene}, once, if tracing is on. */
    public static void onNextFrame(Scene scene, String label) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println("startup: " + label + " " + sinceProcessStart().toMillis() + " ms");
            System.out.flush();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    static Duration sinceProcessStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now());
    }
}
