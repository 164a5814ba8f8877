package io.mediamon.ingest.badinput;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.http.ArticlePushServer;
import io.mediamon.ingest.http.ArticleSink;
import io.mediamon.ingest.http.PushLimits;
import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that cost the push endpoint time or connections rather than send bad bytes: each is cut off or answered
 * with a reason, and good clients around them are served meanwhile.
 */
class HostilePushClientsTest {
  private static final String TOKEN = "hostile-token";
  private static final Duration HEADER_TIMEOUT = Duration.ofMillis(800);
  private static final Duration BODY_TIMEOUT = Duration.ofMillis(1500);
  private static final Duration IDLE_TIMEOUT = Duration.ofMillis(600);

  private final List<RawArticle> stored = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService trickle = Executors.newScheduledThreadPool(2);
  private ArticlePushServer server;

  private void start(PushLimits limits, ArticleSink sink) throws IOException {
    server = new ArticlePushServer("127.0.0.1", 0, TOKEN, limits, sink, new ArticleFileReader("push", Clock.systemUTC()));
  }

  private static PushLimits limits() {
    return PushLimits.defaults(64 * 1024).withTimeouts(HEADER_TIMEOUT, BODY_TIMEOUT, IDLE_TIMEOUT);
  }

  @AfterEach
  void stop() throws IOException {
    trickle.shutdownNow();
    for (Socket socket : sockets) {
      socket.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void clientsTricklingHeadersNeitherStallHealthNorPushesAndAreCutOffAtTheHeaderTimeout() throws Exception {
    start(limits().withThreads(2), stored::addAll);
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Socket socket = open();
      slow.add(socket);
      write(socket, "POST /articles HTTP/1.1\r\nHost: x\r\n");
      // One header line every 200 ms: never idle for the idle timeout, so only the header deadline stops them.
      trickle.scheduleAtFixedRate(() -> quietly(socket, "X-Slow: 1\r\n"), 200, 200, TimeUnit.MILLISECONDS);
    }

    assertEquals(200, get("/health").statusCode());
    assertEquals(202, push(article("during-slowloris")).statusCode());
    assertEquals(1, stored.size());
    for (Socket socket : slow) {
      await().atMost(Duration.ofSeconds(5)).until(() -> closedByServer(socket));
    }
  }

  @Test
  void aBodyThatStopsArrivingIs408AfterTheIdleTimeoutAndNothingIsStored() throws Exception {
    start(limits(), stored::addAll);
    Socket socket = open();
    write(socket, "POST /articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
        + "\r\nContent-Length: 500\r\n\r\n{\"body\": \"Half a bo");

    String response = readAll(socket);
    assertTrue(response.startsWith("HTTP/1.1 408"), response);
    assertTrue(response.contains("ingest.http.idle-timeout-ms"), response);
    assertEquals(202, push(article("after-stalled-body")).statusCode());
    assertEquals(List.of("https://example.org/after-stalled-body"), urls());
  }

  @Test
  void aBodyTrickledSlowerThanTheBodyTimeoutIs408AndNothingIsStored() throws Exception {
    start(limits(), stored::addAll);
    Socket socket = open();
    write(socket, "POST /articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
        + "\r\nContent-Length: 5000\r\n\r\n{\"body\": \"");
    // Under the idle timeout each time, so only the whole-body deadline stops it.
    trickle.scheduleAtFixedRate(() -> quietly(socket, "x"), 100, 100, TimeUnit.MILLISECONDS);

    String response = readAll(socket);
    assertTrue(response.startsWith("HTTP/1.1 408"), response);
    assertTrue(response.contains("ingest.http.body-timeout-ms"), response);
    assertEquals(202, push(article("after-slow-body")).statusCode());
    assertEquals(List.of("https://example.org/after-slow-body"), urls());
  }

  @Test
  void headersOverTheLimitAre431() throws Exception {
    start(limits(), stored::addAll);
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/articles"))
        .header("Authorization", "Bearer " + TOKEN).header("X-Padding", "p".repeat(16 * 1024))
        .POST(HttpRequest.BodyPublishers.ofString(article("padded"))).build(), HttpResponse.BodyHandlers.ofString());

    assertEquals(431, response.statusCode());
    assertTrue(stored.isEmpty());
    assertEquals(202, push(article("after-padding")).statusCode());
  }

  @Test
  void twoHundredConcurrentClientsAreAllStoredOnceEachWhileSlowClientsHang() throws Exception {
    // Timeouts of a real deployment: two hundred clients starting at once on a small machine take longer than the
    // other tests' sub-second deadlines to be read.
    start(PushLimits.defaults(64 * 1024), stored::addAll);
    for (int i = 0; i < 8; i++) {
      Socket socket = open();
      write(socket, "POST /articles HTTP/1.1\r\nHost: x\r\n");
    }
    ExecutorService clients = Executors.newFixedThreadPool(200);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String body = article("concurrent-" + i);
      statuses.add(clients.submit(() -> {
        go.await();
        // A fresh client per caller: 200 connections, not a few multiplexed ones.
        HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return own.send(HttpRequest.newBuilder(uri("/articles")).timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode();
      }));
    }
    go.countDown();
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    long accepted = 0;
    for (Future<Integer> status : statuses) {
      int code = status.get(60, TimeUnit.SECONDS);
      seen.add(code);
      accepted += code == 202 ? 1 : 0;
      // Under load a client may be told to come back (503 with Retry-After), never refused for good or dropped.
      assertTrue(code == 202 || code == 503, "status " + code);
    }
    clients.shutdown();
    assertEquals(accepted, stored.size());
    assertEquals(accepted, stored.stream().map(RawArticle::getUrl).distinct().count());
    assertTrue(accepted >= 100, "only " + accepted + " of 200 accepted; statuses " + seen);
  }

  @Test
  void whenEveryStoreSlotIsBusyTheNextClientGets503WithRetryAfterAndIsServedLater() throws Exception {
    CountDownLatch kafkaBack = new CountDownLatch(1);
    start(limits().withThreads(1), articles -> {
      try {
        kafkaBack.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      stored.addAll(articles);
    });
    // One storing, sixteen queued (16 per thread): the eighteenth is told to retry.
    List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      waiting.add(client.sendAsync(pushRequest(article("queued-" + i)), HttpResponse.BodyHandlers.ofString()));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      HttpResponse<String> busy = push(article("probe"));
      return busy.statusCode() == 503 && busy.headers().firstValue("Retry-After").isPresent()
          && busy.body().contains("busy");
    });
    kafkaBack.countDown();
    for (CompletableFuture<HttpResponse<String>> response : waiting) {
      assertEquals(202, response.get(30, TimeUnit.SECONDS).statusCode());
    }
    assertEquals(202, push(article("after-busy")).statusCode());
  }

  @Test
  void aStoreSlowerThanTheIdleTimeoutIsStillAnswered() throws Exception {
    start(limits(), articles -> {
      try {
        Thread.sleep(IDLE_TIMEOUT.multipliedBy(3).toMillis()); // stands for a slow Kafka acknowledgement
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      stored.addAll(articles);
    });
    assertEquals(202, push(article("slow-ack")).statusCode());
    assertEquals(1, stored.size());
  }

  private Socket open() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(10_000);
    sockets.add(socket);
    return socket;
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void quietly(Socket socket, String text) {
    try {
      write(socket, text);
    } catch (IOException e) {
      // The server closed it: what the tests wait for.
    }
  }

  /** Whether the server has closed the connection: a read sees the end of the stream or a reset. */
  private static boolean closedByServer(Socket socket) throws IOException {
    socket.setSoTimeout(100);
    try {
      InputStream in = socket.getInputStream();
      while (true) {
        if (in.read() < 0) {
          return true;
        }
      }
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true;
    }
  }

  private static String readAll(Socket socket) throws IOException {
    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest pushRequest(String body) {
    return HttpRequest.newBuilder(uri("/articles")).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private HttpResponse<String> push(String body) throws Exception {
    return client.send(pushRequest(body), HttpResponse.BodyHandlers.ofString());
  }

  private List<String> urls() {
    return stored.stream().map(RawArticle::getUrl).toList();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String article(String name) {
    return "{\"url\": \"https://example.org/" + name + "\", \"title\": \"" + name + "\", \"body\": \"Body of " + name
        + ".\"}";
  }
}
