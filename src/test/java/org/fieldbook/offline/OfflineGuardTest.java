package org.fieldbook.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guard itself must work, or the silence of every other test proves nothing: each way
 * of opening a socket is refused and recorded (the records are cleared here, so that these
 * deliberate attempts do not fail this class).
 */
class OfflineGuardTest {

    @AfterEach
    void forgetTheseDeliberateAttempts() {
        NetworkAttempts.drain();
    }

    @Test
    void aPlainSocketIsRefusedAndRecorded() {
        assertThatThrownBy(() -> new Socket("127.0.0.1", 9)).hasMessageContaining("offline");
        assertThat(NetworkAttempts.drain()).singleElement().asString().contains("aPlainSocketIsRefusedAndRecorded");
    }

    @Test
    void serverAndDatagramSocketsAreRefused() {
        assertThatThrownBy(() -> new ServerSocket(0)).hasMessageContaining("offline");
        assertThatThrownBy(DatagramSocket::new).hasMessageContaining("offline");
        assertThat(NetworkAttempts.drain()).hasSize(2);
    }

    @Test
    void nioChannelsAndTheHttpClientAreRefused() {
        assertThatThrownBy(() -> SocketChannel.open(new InetSocketAddress("127.0.0.1", 9)))
                .hasMessageContaining("offline");
        assertThatThrownBy(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build(),
                        HttpResponse.BodyHandlers.discarding()))
                .isNotNull();
        assertThat(NetworkAttempts.drain()).isNotEmpty();
    }
}
