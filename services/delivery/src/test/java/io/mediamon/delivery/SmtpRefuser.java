package io.mediamon.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** An SMTP server that greets every connection with 554 (no service) and hangs up, counting the connections. */
final class SmtpRefuser implements AutoCloseable {
  private final ServerSocket socket;
  final AtomicInteger connections = new AtomicInteger();

  SmtpRefuser() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "smtp-refuser");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        OutputStream out = client.getOutputStream();
        out.write("554 5.3.2 smtp-refuser does not accept mail\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // closed, or the client left first
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
