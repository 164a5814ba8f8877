package io.mediamon.app.bench.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mediamon.app.UserError;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * News sites on this machine for the feeds bench: each on a loopback address of its own (127.0.0.2, 127.0.0.3, ...),
 * so that ingest's one-request-per-second-per-host limit applies per site as it does on the internet. Each site has
 * RSS feeds (ETag, 304 when unchanged) whose items link to article pages on the same site. Slow sites answer every
 * request after a delay; failing sites answer every request with 503.
 */
final class LocalNewsSites implements AutoCloseable {
  /** Items a feed lists, newest first, as real feeds list their latest. */
  private static final int ITEMS_PER_FEED = 20;
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** A site's feed, with the items it lists now. */
  static final class Feed {
    final int site;
    final URI url;
    final boolean failing;
    private final Deque<String> items = new ArrayDeque<>(); // rendered <item> elements, newest first
    private int version;
    private int published;

    private Feed(int site, URI url, boolean failing) {
      this.site = site;
      this.url = url;
      this.failing = failing;
    }
  }

  private final List<HttpServer> servers = new ArrayList<>();
  private final List<Feed> feeds = new ArrayList<>();
  private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "bench-news-site");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * @param slowSites how many of the sites answer after {@code slowDelay}
   * @param failingSites how many further sites answer 503 to everything
   */
  LocalNewsSites(int sites, int feedsPerSite, int slowSites, Duration slowDelay, int failingSites) throws IOException {
    for (int site = 0; site < sites; site++) {
      boolean slow = site < slowSites;
      boolean failing = !slow && site < slowSites + failingSites;
      String address = "127.0.0." + (site + 2);
      HttpServer server;
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
      } catch (BindException e) {
        throw new UserError("the feeds bench serves each site on a loopback address of its own and cannot bind "
            + address + " (" + e.getMessage() + "); on macOS add the aliases first: sudo ifconfig lo0 alias "
            + address);
      }
      server.setExecutor(handlers);
      int port = server.getAddress().getPort();
      List<Feed> siteFeeds = new ArrayList<>();
      for (int f = 0; f < feedsPerSite; f++) {
        Feed feed = new Feed(site, URI.create("http://" + address + ":" + port + "/feeds/" + f + ".xml"), failing);
        siteFeeds.add(feed);
        feeds.add(feed);
      }
      server.createContext("/", exchange -> {
        try {
          if (slow) {
            Thread.sleep(slowDelay.toMillis());
          }
          if (failing) {
            respond(exchange, 503, "text/plain", "down for maintenance", null);
          } else {
            serve(exchange, siteFeeds);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          exchange.close();
        }
      });
      server.start();
      servers.add(server);
    }
  }

  List<Feed> feeds() {
    return List.copyOf(feeds);
  }

  /**
   * Puts a new item at the top of the feed, linking to a new article page on the feed's site.
   *
   * @return the item's link
   */
  URI publish(Feed feed, Instant at) {
    synchronized (feed) {
      int number = ++feed.published;
      String path = "/articles/" + feed.url.getPath().replaceAll("\\D", "") + "/" + number + ".html";
      URI link = feed.url.resolve(path);
      feed.items.addFirst("<item><title>Story " + number + " of feed " + feed.url.getPath() + "</title><link>" + link
          + "</link><guid>" + link + "</guid><pubDate>" + RFC_1123.format(at) + "</pubDate><description>Story "
          + number + ".</description></item>");
      while (feed.items.size() > ITEMS_PER_FEED) {
        feed.items.removeLast();
      }
      feed.version++;
      return link;
    }
  }

  private static void serve(HttpExchange exchange, List<Feed> siteFeeds) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.startsWith("/feeds/")) {
      int number = Integer.parseInt(path.replaceAll("\\D", ""));
      Feed feed = siteFeeds.get(number);
      String etag;
      String body;
      synchronized (feed) {
        etag = "\"v" + feed.version + "\"";
        body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed " + path
            + "</title><link>" + feed.url + "</link><description>bench</description>" + String.join("", feed.items)
            + "</channel></rss>";
      }
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        respond(exchange, 304, null, "", etag);
      } else {
        respond(exchange, 200, "application/rss+xml", body, etag);
      }
    } else if (path.startsWith("/articles/")) {
      respond(exchange, 200, "text/html; charset=UTF-8", "<html><head><title>" + path + "</title></head><body>"
          + "<article><h1>Story at " + path + "</h1><p>The council met on Tuesday and agreed the budget, officials "
          + "said.</p><p>It takes effect next month.</p></article></body></html>", null);
    } else {
      respond(exchange, 404, "text/plain", "not found", null);
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, String body, String etag)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    if (etag != null) {
      exchange.getResponseHeaders().set("ETag", etag);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    handlers.shutdownNow();
  }
}
