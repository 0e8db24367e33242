package org.fieldbook.offline;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The NIO side of the guard, named by the system property
 * {@code java.nio.channels.spi.SelectorProvider} in the surefire configuration: socket and
 * datagram channels fail; pipes and selectors (used without a network) come from the JDK's
 * own provider.
 */
public final class OfflineSelectorProvider extends SelectorProvider {
    private final SelectorProvider jdk = jdkProvider();

    private static SelectorProvider jdkProvider() {
        try {
            // exported to the tests by surefire's argLine (--add-exports java.base/sun.nio.ch=ALL-UNNAMED)
            return (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the JDK's selector provider", e);
        }
    }

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
        throw NetworkAttempts.refused("java.nio DatagramChannel").asSocketException();
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
        throw NetworkAttempts.refused("java.nio DatagramChannel").asSocketException();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        throw NetworkAttempts.refused("java.nio ServerSocketChannel").asSocketException();
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        throw NetworkAttempts.refused("java.nio SocketChannel").asSocketException();
    }

    @Override
    public Pipe openPipe() throws IOException {
        return jdk.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        return jdk.openSelector();
    }
}
