package org.fieldbook.offline;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes every socket in the test JVM fail, and remembers who tried: java.net's Socket,
 * ServerSocket and DatagramSocket through their factories, and NIO channels (HttpClient and
 * friends) through {@link OfflineSelectorProvider}. Installed once per JVM by {@link OfflineExtension}.
 */
public final class NetworkAttempts {
    private static final List<String> ATTEMPTS = new ArrayList<>();
    private static boolean installed;

    private NetworkAttempts() {
    }

    /** Installs the failing factories; a second call does nothing (the JDK allows one factory per JVM). */
    @SuppressWarnings("deprecation")
    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Socket.setSocketImplFactory(() -> {
                throw refused("java.net.Socket");
            });
            ServerSocket.setSocketFactory(() -> {
                throw refused("java.net.ServerSocket");
            });
            DatagramSocket.setDatagramSocketImplFactory(() -> {
                throw refused("java.net.DatagramSocket");
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot install the offline guard", e);
        }
        installed = true;
    }

    /** Records an attempt and gives the exception that refuses it. */
    static synchronized OfflineViolation refused(String what) {
        StringWriter trace = new StringWriter();
        new Throwable(what).printStackTrace(new PrintWriter(trace));
        ATTEMPTS.add(trace.toString());
        return new OfflineViolation("Fieldbook is offline: a test tried to open a " + what);
    }

    /** The attempts since the last call, each with the stack that made it; clears them. */
    public static synchronized List<String> drain() {
        List<String> all = List.copyOf(ATTEMPTS);
        ATTEMPTS.clear();
        return all;
    }

    /** Thrown where a socket would have been opened. */
    public static final class OfflineViolation extends SecurityException {
        private static final long serialVersionUID = 1L;

        OfflineViolation(String message) {
            super(message);
        }

        /** The same refusal, as the IOException a caller of a socket method expects. */
        SocketException asSocketException() {
            SocketException e = new SocketException(getMessage());
            e.initCause(this);
            return e;
        }
    }
}
