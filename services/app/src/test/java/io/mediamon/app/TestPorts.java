package io.mediamon.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Random;

/**
 * Free ports for a broker, a launcher process or an endpoint that binds them later, chosen under Linux's ephemeral
 * range (32768 and up).
 *
 * <p>Why not {@code new ServerSocket(0)}: it hands out a port of the ephemeral range, from which every outgoing
 * connection also takes its local port, so between the check and the bind (a process starting, a broker restarting
 * while its clients reconnect) any connection of the test JVM can take it. A launcher test failed in CI that way
 * ("port ... is in use").
 */
final class TestPorts {
  private static final int FIRST = 20_000;
  private static final int LAST = 32_000;
  private static final int ATTEMPTS = 500;
  private static final Random RANDOM = new Random();

  private TestPorts() {}

  /** {@code count} distinct free ports. */
  static int[] free(int count) {
    int[] ports = new int[count];
    for (int i = 0; i < count; i++) {
      ports[i] = freeRun(1, ports, i);
    }
    return ports;
  }

  /** A free port whose next one is free too (a run's embedded broker takes the port, its controller the next). */
  static int freePair() {
    return freeRun(2, new int[0], 0);
  }

  /** The first of {@code length} free consecutive ports, none among the {@code taken} first of {@code chosen}. */
  private static int freeRun(int length, int[] chosen, int taken) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int first = FIRST + RANDOM.nextInt(LAST - FIRST - length);
      if (overlaps(first, length, chosen, taken)) {
        continue;
      }
      if (allFree(first, length)) {
        return first;
      }
    }
    throw new IllegalStateException("no " + length + " free consecutive port(s) between " + FIRST + " and " + LAST);
  }

  private static boolean overlaps(int first, int length, int[] chosen, int taken) {
    for (int i = 0; i < taken; i++) {
      if (chosen[i] >= first && chosen[i] < first + length) {
        return true;
      }
    }
    return false;
  }

  private static boolean allFree(int first, int length) {
    ServerSocket[] held = new ServerSocket[length];
    try {
      for (int i = 0; i < length; i++) {
        held[i] = new ServerSocket();
        // As the services and run's own port check bind: address reuse on (a port in TIME_WAIT is free to them).
        held[i].setReuseAddress(true);
        held[i].bind(new InetSocketAddress(first + i)); // the wildcard address: busy on any interface is busy
      }
      return true;
    } catch (IOException busy) {
      return false;
    } finally {
      for (ServerSocket socket : held) {
        closeQuietly(socket);
      }
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    if (socket == null) {
      return;
    }
    try {
      socket.close();
    } catch (IOException e) {
      // nothing was accepted on it: closing cannot lose anything
    }
  }
}
