package io.mediamon.ingest.feed;

import io.mediamon.net.PrivateAddressGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrivateAddressGuardTest {
  private final PrivateAddressGuard guard = PrivateAddressGuard.publicOnly();

  private static String kind(String literal) throws Exception {
    return PrivateAddressGuard.privateKind(InetAddress.getByName(literal));
  }

  @Test
  void namesEachKindOfNonPublicAddress() throws Exception {
    assertEquals("loopback", kind("127.0.0.1"));
    assertEquals("loopback", kind("::1"));
    assertEquals("private", kind("10.1.2.3"));
    assertEquals("private", kind("172.16.0.1"));
    assertEquals("private", kind("192.168.1.1"));
    assertEquals("link-local", kind("169.254.169.254"));
    assertEquals("link-local", kind("fe80::1"));
    assertEquals("carrier-grade NAT", kind("100.64.0.1"));
    assertEquals("unique-local", kind("fd00::1"));
    assertEquals("wildcard", kind("0.0.0.0"));
    assertEquals("multicast", kind("224.0.0.1"));
    assertEquals("private", kind("::ffff:10.0.0.1"));
  }

  @Test
  void publicAddressesPass() throws Exception {
    assertNull(kind("93.184.216.34"));
    assertNull(kind("100.128.0.1"));
    assertNull(kind("2606:2800:220:1:248:1893:25c8:1946"));
  }

  @Test
  void refusesAPrivateHostUnlessItIsTheFeedsOwnOrAllowed() {
    URI metadata = URI.create("http://169.254.169.254/latest/meta-data/");
    String refusal = guard.refusal(metadata, "news.example");
    assertTrue(refusal.startsWith("refusing http://169.254.169.254/latest/meta-data/: 169.254.169.254 is "
        + "169.254.169.254, a link-local address"), refusal);
    assertTrue(refusal.contains("ingest.feeds.allow-private-addresses=true"), refusal);
    assertNull(guard.refusal(URI.create("http://127.0.0.1:8080/story"), "127.0.0.1"), "the feed's own host");
    assertNull(PrivateAddressGuard.allowAll().refusal(metadata, null));
  }

  @Test
  void aRedirectFromTheFeedsHostToAnotherLoopbackNameIsRefused() throws Exception {
    try (TestHttpServer server = new TestHttpServer()) {
      int port = server.uri("/").getPort();
      server.handle("/feed", exchange -> {
        exchange.getResponseHeaders().set("Location", "http://localhost:" + port + "/admin");
        TestHttpServer.respond(exchange, 302, null, new byte[0]);
      });
      server.serve("/admin", "text/plain", "secret");
      SafeFetcher fetcher = new SafeFetcher(FetchLimits.DEFAULT,
          new HostRateLimiter(Duration.ZERO, Clock.systemUTC()), guard);

      FetchResult result = fetcher.get(server.uri("/feed"), null, null, "127.0.0.1");

      FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
      assertTrue(failed.reason().contains("a loopback address"), failed.reason());
      assertEquals(1, server.requests.get(), "the admin page was never requested");
    }
  }
}
